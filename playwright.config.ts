import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium where there is one (CI, these machines); Playwright's own browser elsewhere.
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : {};

const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
const desktop = { viewport: { width: 1280, height: 800 } };

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
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'zh-CN phone', use: { ...phone, locale: 'zh-CN' }, metadata: { language: 'zh-CN' } },
    {
      name: 'zh-CN desktop',
      use: { ...desktop, locale: 'zh-CN' },
      metadata: { language: 'zh-CN' },
    },
    { name: 'en phone', use: { ...phone, locale: 'en-GB' }, metadata: { language: 'en' } },
    { name: 'en desktop', use: { ...desktop, locale: 'en-GB' }, metadata: { language: 'en' } },
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
