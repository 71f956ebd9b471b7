import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { signInAsStaff, STAFF } from '../support/staff.ts';

// The service ends a staff session after 30 minutes without a request (ADR 004); the page
// warns before that, offers to continue, and otherwise signs out and says why. The page's
// clock is Playwright's, so no test waits half an hour.

test(
  'an idle staff page warns, continues on request, and otherwise signs out and says why',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, m, language, checkPage }) => {
    await page.clock.install();
    await signInAsStaff(page, language, STAFF.huangpu, m);
    const queue = page.url();
    const dialog = page.getByRole('dialog', { name: m('staff.idle.heading') });
    await expect(dialog).toBeHidden();

    // 27 minutes without a request: the warning, with the keyboard inside it.
    await page.clock.fastForward('27:05');
    await expect(dialog).toBeVisible();
    const keepGoing = dialog.getByRole('button', { name: m('staff.idle.continue') });
    await expect(keepGoing).toBeFocused();
    await checkPage('staff: idle warning');
    // Continue asks the service, which renews the session; the warning goes.
    const renewed = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/staff/session') && r.request().method() === 'GET',
    );
    await page.keyboard.press('Enter');
    expect((await renewed).status()).toBe(200);
    await expect(dialog).toBeHidden();

    // Another 27 minutes: warned again; left unanswered, signed out a minute before the service
    // would, back at sign-in with the reason, and signing in returns to the page.
    await page.clock.fastForward('27:05');
    await expect(dialog).toBeVisible();
    const signedOut = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/staff/session') && r.request().method() === 'DELETE',
    );
    await page.clock.fastForward('02:00');
    expect((await signedOut).status()).toBe(204);
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.signIn.title') }),
    ).toBeVisible();
    await expect(page.getByText(m('staff.signIn.idle', { minutes: '30' }))).toBeVisible();
    await checkPage('staff sign-in after an idle sign-out');
    await page.getByLabel(m('staff.signIn.username')).fill(STAFF.huangpu[0]);
    await page.getByLabel(m('staff.signIn.password')).fill(STAFF.huangpu[1]);
    await page.getByRole('button', { name: m('staff.signIn.submit') }).click();
    await expect(page).toHaveURL(queue);
  },
);
