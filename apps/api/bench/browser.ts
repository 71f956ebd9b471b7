import { chromium, type Browser } from '@playwright/test';
import {
  chromiumArgs,
  findChromium,
  noChromiumMessage,
  probeChromium,
} from '../../../e2e/support/chromium.ts';
import { uiZhCn } from '@ssc/web/i18n/ui-zh-cn';
import { uiWizardZhCn } from '@ssc/web/i18n/ui-wizard-zh-cn';

/** Network and CPU as Lighthouse's mobile preset and the older, slower "2017" phone. */
export const PHONE_PROFILES = {
  'Lighthouse mobile': { latencyMs: 150, downKbps: 1638.4, upKbps: 675, cpuSlowdown: 4 },
  '2017 baseline': { latencyMs: 400, downKbps: 400, upKbps: 400, cpuSlowdown: 4 },
} as const;
export type PhoneProfile = keyof typeof PHONE_PROFILES;

/** "start": the landing page until its button has opened the wizard. "wizard": its first step answered. */
export type Journey = 'start' | 'wizard';

const text = (key: string) => {
  const value = uiZhCn[key] ?? uiWizardZhCn[key];
  if (value === undefined) throw new Error(`no zh-CN text for ${key}`);
  return value;
};

/**
 * The Chromium the browser journeys use, found the same way (e2e/support/chromium.ts). Called
 * before the bench seeds or starts anything: without a browser it stops at once with the same
 * message as the journeys' check, instead of a launch error and a stack trace minutes later.
 */
export function requireChromium(): string {
  const { found, tried } = findChromium({
    env: process.env,
    playwrightExecutable: () => chromium.executablePath(),
    probe: probeChromium,
  });
  if (!found) {
    console.error(noChromiumMessage(tried));
    process.exit(1);
  }
  return found.executablePath;
}

export async function openBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * Milliseconds from navigation until the page is usable: its primary button clicked and the
 * next step on screen. A fresh context each time, so the cache is cold; 360 px, zh-CN.
 */
export async function timeJourney(
  browser: Browser,
  baseUrl: string,
  profile: PhoneProfile | 'unthrottled',
  journey: Journey,
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    if (profile !== 'unthrottled') {
      const p = PHONE_PROFILES[profile];
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: p.latencyMs,
        downloadThroughput: (p.downKbps * 1024) / 8,
        uploadThroughput: (p.upKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpuSlowdown });
    }
    const started = performance.now();
    if (journey === 'start') {
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await page.getByRole('link', { name: text('landing.start') }).click();
    } else {
      await page.goto(`${baseUrl}/apply`, { waitUntil: 'commit' });
      await page.getByLabel(text('wizard.who.SELF'), { exact: true }).check();
      await page.getByRole('button', { name: text('ui.continue') }).click();
    }
    const next = journey === 'start' ? 'wizard.who.title' : 'apply.reason.title';
    await page.getByRole('heading', { level: 1, name: text(next) }).waitFor({ timeout: 60_000 });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}
