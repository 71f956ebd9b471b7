import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullPhases } from '../../scripts/suite.mjs';
import { findChromium, noChromiumMessage, probeChromium, type ChromiumSearch } from './chromium.ts';

let dir: string;
let answering: string;
let broken: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ssc-chromium-'));
  // Stand-ins: one answers --version as Chromium does, one exists but cannot start.
  answering = path.join(dir, 'answering', 'chromium');
  broken = path.join(dir, 'broken', 'chromium');
  for (const [file, body] of [
    [answering, 'echo "Chromium 150.0.1 built on Debian"'],
    [broken, 'echo "error while loading shared libraries" >&2; exit 127'],
  ] as const) {
    await mkdir(path.dirname(file));
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const search = (
  env: NodeJS.ProcessEnv,
  playwright = '/nowhere/ms-playwright/chrome',
): ChromiumSearch => ({
  env,
  playwrightExecutable: () => playwright,
  probe: probeChromium,
});

describe('findChromium', () => {
  it('takes PLAYWRIGHT_CHROMIUM_EXECUTABLE first when it starts', () => {
    const { found } = findChromium(
      search({ PLAYWRIGHT_CHROMIUM_EXECUTABLE: answering, PATH: path.dirname(broken) }),
    );
    expect(found).toEqual({
      source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE',
      executablePath: answering,
      version: 'Chromium 150.0.1 built on Debian',
    });
  });

  it('passes over a named executable that does not start, to chromium on PATH', () => {
    const result = findChromium(
      search({
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: broken,
        PATH: `/nonexistent:${path.dirname(answering)}`,
      }),
    );
    expect(result.found).toMatchObject({ source: 'system', executablePath: answering });
    expect(result.tried).toEqual([
      `PLAYWRIGHT_CHROMIUM_EXECUTABLE: ${broken} did not answer \`--version\``,
    ]);
  });

  it("falls back to Playwright's own Chromium when nothing else starts", () => {
    const { found } = findChromium(search({ PATH: path.dirname(broken) }, answering));
    expect(found).toMatchObject({ source: 'playwright', executablePath: answering });
  });

  it('finds nothing when no candidate starts, and says what it tried', () => {
    const result = findChromium(
      search({
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: '/nonexistent/chromium',
        PATH: path.dirname(broken),
      }),
    );
    expect(result.found).toBeNull();
    expect(result.tried).toEqual([
      'PLAYWRIGHT_CHROMIUM_EXECUTABLE: /nonexistent/chromium does not exist',
      `\`chromium\` on PATH: ${broken} did not answer \`--version\``,
      "Playwright's own Chromium: /nowhere/ms-playwright/chrome does not exist",
    ]);
  });
});

describe('the check before the browser journeys', () => {
  it('stops with both fixes when no Chromium starts and Playwright cannot fetch its own', async () => {
    const browsersPath = path.join(dir, 'ms-playwright');
    const script = fileURLToPath(new URL('./ensure-chromium.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx/esm'), script], {
      env: {
        HOME: dir,
        // Only the Node.js running this test: no system chromium is visible.
        PATH: path.dirname(process.execPath),
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: path.join(dir, 'bogus-chromium'),
        PLAYWRIGHT_BROWSERS_PATH: browsersPath,
        // A loopback port nothing listens on: the download fails here, never reaching out.
        PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(code).toBe(1);
    const tail = stderr.slice(stderr.indexOf('No usable Chromium for the browser journeys'));
    expect(tail.split('\n').slice(0, 3)).toEqual([
      noChromiumMessage([]).split('\n')[0],
      `  - PLAYWRIGHT_CHROMIUM_EXECUTABLE: ${path.join(dir, 'bogus-chromium')} does not exist`,
      '  - `chromium` on PATH: none',
    ]);
    expect(tail).toContain('apt-get install chromium fonts-noto-cjk');
    expect(tail).toContain('npx playwright install chromium');
    // Nothing but Playwright's bookkeeping was left behind: no browser arrived.
    const left = await readdir(browsersPath).catch(() => []);
    expect(left.filter((name) => !name.startsWith('.'))).toEqual([]);
  }, 120_000);
});

describe('the order of the suite', () => {
  it('checks the browser before every phase that uses one, and before anything slow', () => {
    const check = fullPhases.findIndex((phase) => phase.name === 'browser check');
    const users = fullPhases.filter((phase) => phase.needs?.includes('browser'));
    expect(check).toBe(0);
    expect(users.map((phase) => phase.name)).toEqual(['bench smoke', 'e2e']);
    for (const user of users) expect(fullPhases.indexOf(user)).toBeGreaterThan(check);
  });

  it('stops a run with no browser at the check: the message, no trace, nothing after it run', async () => {
    const suite = fileURLToPath(new URL('../../scripts/suite.mjs', import.meta.url));
    const child = spawn(process.execPath, [suite, 'full'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: {
        HOME: dir,
        // Node.js and the workspace's tools, as under pnpm; no system chromium is visible.
        PATH: [
          path.dirname(process.execPath),
          fileURLToPath(new URL('../../node_modules/.bin', import.meta.url)),
        ].join(path.delimiter),
        PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'ms-playwright-suite'),
        PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(code).toBe(1);
    expect(stderr).toContain('apt-get install chromium fonts-noto-cjk');
    expect(stderr).toContain('npx playwright install chromium');
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const table = stdout.slice(stdout.lastIndexOf('| phase'));
    expect(table).toMatch(/\| browser check +\| +[\d.]+ \| failed/);
    for (const phase of fullPhases.slice(1)) {
      expect(table).toMatch(new RegExp(`\\| ${phase.name} +\\| +— \\| not run`));
    }
  }, 120_000);
});
