import { test } from '@playwright/test';

/**
 * The headers our own page's fetches carry. An applicant change sent with the application
 * cookie must come from the service's own origin (docs/security.md, "Accounts and sessions"),
 * and Playwright's request context, unlike the browser, sends no Origin: helpers that act in
 * place of the wizard say where they come from, as the browser would.
 */
export function fromOurPage(): Record<string, string> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('the Playwright project has no baseURL');
  return { origin: new URL(baseURL).origin };
}
