import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export type ChromiumSource = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' | 'system' | 'playwright';

export interface FoundChromium {
  source: ChromiumSource;
  executablePath: string;
  /** What `--version` printed. */
  version: string;
}

/** What the finder may look at; injectable so every branch is tested without a browser. */
export interface ChromiumSearch {
  env: NodeJS.ProcessEnv;
  /** Where Playwright keeps (or would keep) its own downloaded Chromium. */
  playwrightExecutable: () => string;
  /** The version the executable prints, or why it could not be started. */
  probe: (executable: string) => { ok: true; version: string } | { ok: false; reason: string };
}

export type ChromiumSearchResult =
  { found: FoundChromium; tried: string[] } | { found: null; tried: string[] };

/**
 * A Chromium that really starts, looked for in this order: the executable the environment
 * names, Debian's `chromium` on PATH, Playwright's own download. A file that exists but does
 * not answer `--version` (a broken install, a wrong architecture) does not count.
 */
export function findChromium(search: ChromiumSearch): ChromiumSearchResult {
  const candidates: { source: ChromiumSource; executablePath: string | undefined; what: string }[] =
    [
      {
        source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE',
        executablePath: search.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined,
        what: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE',
      },
      {
        source: 'system',
        executablePath: findOnPath('chromium', search.env.PATH),
        what: '`chromium` on PATH',
      },
      {
        source: 'playwright',
        executablePath: search.playwrightExecutable(),
        what: "Playwright's own Chromium",
      },
    ];
  const tried: string[] = [];
  for (const candidate of candidates) {
    if (!candidate.executablePath) {
      tried.push(`${candidate.what}: none`);
      continue;
    }
    const probed = search.probe(candidate.executablePath);
    if (probed.ok) {
      return {
        found: {
          source: candidate.source,
          executablePath: candidate.executablePath,
          version: probed.version,
        },
        tried,
      };
    }
    tried.push(`${candidate.what}: ${candidate.executablePath} ${probed.reason}`);
  }
  return { found: null, tried };
}

function findOnPath(name: string, searchPath: string | undefined): string | undefined {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Starts the executable with `--version`: the cheapest proof that it runs on this machine. */
export function probeChromium(
  executable: string,
): { ok: true; version: string } | { ok: false; reason: string } {
  try {
    const version = execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    return version ? { ok: true, version } : { ok: false, reason: 'printed no version' };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'does not exist' : 'did not answer `--version`',
    };
  }
}

/** The one message `npm test` stops with when no browser can be had. */
export function noChromiumMessage(tried: string[]): string {
  return [
    'No usable Chromium for the browser journeys, and `playwright install chromium` could not fetch one.',
    ...tried.map((line) => `  - ${line}`),
    'Install one, then run the tests again:',
    '  - on Debian or Ubuntu: apt-get install chromium fonts-noto-cjk',
    "  - anywhere else: npx playwright install chromium (Playwright's own build)",
    '  - or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium that runs here.',
  ].join('\n');
}

/** Launch options for the found Chromium, shared by the Playwright config. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these Chromium keeps calling home, which a closed network answers with refusals.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
