// Runs before the browser journeys: finds a Chromium that starts, tries Playwright's own
// download when there is none, and otherwise stops before any journey with what to install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { findChromium, noChromiumMessage, probeChromium, type ChromiumSearch } from './chromium.ts';

const search: ChromiumSearch = {
  env: process.env,
  playwrightExecutable: () => chromium.executablePath(),
  probe: probeChromium,
};

let result = findChromium(search);
if (!result.found) {
  console.warn(
    'No usable Chromium found; trying `playwright install chromium`:\n' +
      result.tried.map((line) => `  - ${line}`).join('\n'),
  );
  const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  // Its output is kept back: a failed download prints a stack trace per attempt, which would
  // bury the one message below that says what to install.
  const install = spawnSync(process.execPath, [playwrightCli, 'install', 'chromium'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (install.status === 0) {
    console.warn("Fetched Playwright's own Chromium.");
    result = findChromium(search);
  }
}

if (!result.found) {
  console.error(noChromiumMessage(result.tried));
  process.exit(1);
}
// A named executable that does not start is worth a word: the run uses another one.
if (
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE &&
  result.found.source !== 'PLAYWRIGHT_CHROMIUM_EXECUTABLE'
) {
  console.warn(`Passed over ${result.tried[0]}`);
}
console.log(
  `Browser journeys use ${result.found.version} (${result.found.executablePath}, ${result.found.source})`,
);
