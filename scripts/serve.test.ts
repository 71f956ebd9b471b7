import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm start` migrates, seeds and serves one PGlite folder, DATA_DIR or `./data`, a path each
// step resolves against its own working folder. A step run inside a package (`pnpm --filter`,
// `pnpm -C`, `cd …`) would open an empty database of its own there: the server then answered
// every request with a missing table. So every step of `serve` runs at the repository's root.
const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  .scripts as Record<string, string>;

describe('npm start', () => {
  it('installs, then serves', () => {
    expect(scripts.start).toMatch(/install --frozen-lockfile && .* run serve$/);
  });

  it('migrates, seeds and starts the server in the one folder, the root', () => {
    const steps = scripts.serve!.split('&&').map((step) => step.trim());
    expect(steps).toEqual(expect.arrayContaining(['pnpm run db:migrate', 'pnpm run db:seed']));
    expect(steps.at(-1)).toMatch(/^node .*apps\/api\/dist\/server\.js$/);
    for (const step of steps) expect(step).not.toMatch(/--filter|\s-C\s|^cd\s|--dir/);
  });
});
