import { chromium, defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium, probeChromium } from './e2e/support/chromium.ts';
import { tagsLeftOut, viewports } from './e2e/support/placement.ts';

const port = Number(process.env.E2E_PORT ?? 3100);

// The same Chromium that `pnpm test:e2e` checked before starting: PLAYWRIGHT_CHROMIUM_EXECUTABLE,
// else Debian's `chromium`, else Playwright's own. With none, Playwright's own error stands.
const { found } = findChromium({
  env: process.env,
  playwrightExecutable: () => chromium.executablePath(),
  probe: probeChromium,
});
const launchOptions = found ? { executablePath: found.executablePath, args: chromiumArgs } : {};

const phone = {
  viewport: viewports.phone,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
const desktop = { viewport: viewports.desktop };

export default defineConfig({
  testDir: './e2e/tests',
  fullyParallel: false,
  // A `.only` left in a spec would make CI run one journey and pass: refused there, as Vitest does.
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions,
    // Recording a trace costs every test about a sixth of its time (measured on staff.spec.ts:
    // 124 s with, 106 s without; docs/testing.md), so it is recorded on request: E2E_TRACE=1.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
  },
  // A test's tags say which of these it needs (e2e/support/placement.ts); untagged, all four.
  projects: [
    {
      name: 'zh-CN phone',
      use: { ...phone, locale: 'zh-CN' },
      metadata: { language: 'zh-CN' },
      grepInvert: tagsLeftOut('phone', 'zh-CN'),
    },
    {
      name: 'zh-CN desktop',
      use: { ...desktop, locale: 'zh-CN' },
      metadata: { language: 'zh-CN' },
      grepInvert: tagsLeftOut('desktop', 'zh-CN'),
    },
    {
      name: 'en phone',
      use: { ...phone, locale: 'en-GB' },
      metadata: { language: 'en' },
      grepInvert: tagsLeftOut('phone', 'en'),
    },
    {
      name: 'en desktop',
      use: { ...desktop, locale: 'en-GB' },
      metadata: { language: 'en' },
      grepInvert: tagsLeftOut('desktop', 'en'),
    },
  ],
  webServer: {
    command: 'pnpm exec tsx e2e/support/server.ts',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
    stdout: 'pipe',
  },
});
