import type { Browser, Page } from '@playwright/test';
import { expect, test, type Language } from '../support/fixtures.ts';
import { setNow } from '../support/clock.ts';
import { placement } from '../support/placement.ts';
import { signInAsStaff, STAFF } from '../support/staff.ts';
import { approvedApplicant, bookVisit } from '../support/visit.ts';

// docs/rules.md §5.1: at the counter, staff see the day's bookings and record who came. The
// server's clock is moved to the visit's day for these browsers only (e2e/support/clock.ts):
// arrival is recorded on the day, a no-show once the slot has begun.

const minutes = 60_000;
const chinaTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An approved applicant, in a browser of their own at the page's size, with the first free slot booked. */
async function bookedBeside(page: Page, browser: Browser, language: Language, baseURL: string) {
  const applicant = await approvedApplicant(browser, {
    baseURL,
    language,
    viewport: page.viewportSize()!,
  });
  const visit = await bookVisit(applicant.page, applicant.filed);
  return { applicant, reference: applicant.filed.reference, visit };
}

test(
  "the counter sees the day's bookings and records an arrival; a no-show before its time is refused",
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    const { applicant, reference, visit } = await bookedBeside(page, browser, language, baseURL!);

    // Half an hour before the visit, on its day: today's list is the one shown.
    await setNow(page, new Date(Date.parse(visit.start) - 30 * minutes));
    await signInAsStaff(page, language, STAFF.huangpu, m);
    await page.getByRole('link', { name: m('staff.nav.visits') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.visits.title') }),
    ).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row).toContainText(m('staff.visits.status.BOOKED'));
    await checkPage('staff visits: the day');

    await row.getByRole('button', { name: m('staff.visits.noShowFor', { reference }) }).click();
    await expect(
      page.getByText(
        m('staff.visits.notDueNoShow', { time: chinaTime.format(new Date(visit.start)) }),
      ),
    ).toBeVisible();
    await expect(row).toContainText(m('staff.visits.status.BOOKED'));
    await checkPage('staff visits: a no-show refused');

    await row.getByRole('button', { name: m('staff.visits.arrivedFor', { reference }) }).click();
    await expect(page.getByText(m('staff.visits.done.ARRIVED', { reference }))).toBeVisible();
    await expect(row).toContainText(m('staff.visits.status.ARRIVED'));
    await expect(row.getByRole('button')).toHaveCount(0);
    await checkPage('staff visits: arrived');

    // The applicant's page says the centre has recorded the visit.
    await applicant.page.goto('/visit');
    await expect(applicant.page.getByText(m('visit.arrived'))).toBeVisible();
    await applicant.page.context().close();
  },
);

test(
  'a no-show recorded at the counter frees the place, and the applicant is told and books again',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    const { applicant, reference, visit } = await bookedBeside(page, browser, language, baseURL!);

    // Ten minutes into the visit's slot, nobody has come.
    const later = new Date(Date.parse(visit.start) + 10 * minutes);
    await setNow(page, later);
    await signInAsStaff(page, language, STAFF.huangpu, m);
    await page.goto('/staff/visits');
    const row = page.getByRole('row').filter({ hasText: reference });
    await row.getByRole('button', { name: m('staff.visits.noShowFor', { reference }) }).click();
    await expect(page.getByText(m('staff.visits.done.NO_SHOW', { reference }))).toBeVisible();
    await expect(row).toContainText(m('staff.visits.status.NO_SHOW'));
    await checkPage('staff visits: no-show');

    // The applicant, at the same moment, is told and offered the times to come.
    await setNow(applicant.page, later);
    await applicant.page.goto('/visit');
    await expect(applicant.page.getByTestId('visit-missed')).toContainText(
      chinaTime.format(new Date(visit.start)),
    );
    await checkPage('visit: missed', applicant.page);
    await applicant.page.locator('.visit-slot').first().click();
    await applicant.page.getByRole('button', { name: m('visit.confirm') }).click();
    await expect(applicant.page.getByText(m('visit.booked.heading'))).toBeVisible();
    await applicant.page.context().close();
  },
);
