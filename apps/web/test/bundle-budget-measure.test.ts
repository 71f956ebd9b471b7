import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureEntryBudget } from '../scripts/bundle-budget.ts';

// A hand-made dist: the measurement must follow static imports and skip lazy chunks.
const dist = mkdtempSync(join(tmpdir(), 'web-budget-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function writeAsset(name: string, text: string): number {
  writeFileSync(join(dist, 'assets', name), text);
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

describe('measureEntryBudget', () => {
  it('counts the entry, its static imports and their CSS, but not lazy chunks', () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    mkdirSync(join(dist, '.vite'), { recursive: true });
    const entry = writeAsset('index.js', 'import "./shared.js";'.repeat(50));
    const shared = writeAsset('shared.js', 'export const shared = 1;'.repeat(30));
    writeAsset('staff.js', 'export const staff = "x";'.repeat(4000));
    const css = writeAsset('index.css', 'body{margin:0}'.repeat(20));
    writeAsset('staff.css', '.staff{color:red}'.repeat(2000));
    writeFileSync(
      join(dist, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: ['src/staff.tsx'],
          css: ['assets/index.css'],
        },
        '_shared.js': { file: 'assets/shared.js', imports: [] },
        'src/staff.tsx': {
          file: 'assets/staff.js',
          src: 'src/staff.tsx',
          isDynamicEntry: true,
          imports: ['_shared.js'],
          css: ['assets/staff.css'],
        },
      }),
    );

    const budget = measureEntryBudget(dist);

    expect(budget.files).toEqual(['assets/index.js', 'assets/shared.js', 'assets/index.css']);
    expect(budget.jsBytesGzip).toBe(entry + shared);
    expect(budget.cssBytesGzip).toBe(css);
  });

  it('tells the developer to build first when there is no manifest', () => {
    expect(() => measureEntryBudget(join(dist, 'missing'))).toThrow(/run the build first/);
  });
});
