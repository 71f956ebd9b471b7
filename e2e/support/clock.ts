import type { Page } from '@playwright/test';

/** Read by the e2e server only (e2e/support/server.ts): milliseconds to add to the real time. */
export const CLOCK_OFFSET_HEADER = 'x-e2e-clock-offset-ms';

/** The headers that make the e2e server see `at` as now (for an API context of one's own). */
export function clockHeaders(at: Date): Record<string, string> {
  return { [CLOCK_OFFSET_HEADER]: String(at.getTime() - Date.now()) };
}

/**
 * Moves this browser context to `at`: the page's own clock (the visit page judges from it
 * whether a booking may still change) and the server's, for this context's requests only, so
 * the journeys running beside it keep the real time.
 */
export async function setNow(page: Page, at: Date): Promise<void> {
  await page.context().setExtraHTTPHeaders(clockHeaders(at));
  await page.clock.setFixedTime(at);
}
