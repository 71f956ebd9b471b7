import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures.ts';
import { setNow } from '../support/clock.ts';
import { approveFiled, fileApplication, freshCardholderId, STAFF } from '../support/staff.ts';
import { approvedApplicant, freeSlots } from '../support/visit.ts';

// docs/rules.md §5.1: once approved, the applicant books the one visit to the centre, in the
// browser that filed. All four projects: the slot picker's layout is what a phone must fit.

test('an approved applicant books a visit, sees what to bring, moves it, tracks it and cancels it', async ({
  page,
  m,
  language,
  checkPage,
  baseURL,
}) => {
  const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });

  // Before approval there is nothing to book, and the page says when there will be.
  await page.goto('/visit');
  await expect(page.getByText(m('visit.notYet', { status: m('status.SUBMITTED') }))).toBeVisible();
  await checkPage('visit: not yet approved');

  await approveFiled(baseURL!, filed);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: m('visit.title') })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: m('visit.hoursHeading'), exact: true }),
  ).toBeVisible();
  await expect(page.getByText(m('visit.timeZone')).first()).toBeVisible();
  await checkPage('visit: slot picker');

  // The first day with free times is chosen; its first time asks for one confirmation.
  const days = page.locator('.visit-day');
  await expect(days).toHaveCount(14);
  await page.locator('.visit-slot').first().click();
  const confirm = page.getByRole('button', { name: m('visit.confirm') });
  await expect(page.getByRole('heading', { name: m('visit.confirmHeading') })).toBeVisible();
  await checkPage('visit: confirm');
  // A double click books once (the server also answers a resend with the same booking).
  await confirm.dblclick();
  await expect(page.getByText(m('visit.booked.heading'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: m('visit.bookedTitle') })).toBeVisible();
  const firstWhen = await page.getByTestId('visit-when').textContent();
  // What to bring, from the case's materials: the card and the cardholder's ID, the proof.
  await expect(page.getByText(m('visitBring.CARD'))).toBeVisible();
  await expect(page.getByText(m('visitBring.CARDHOLDER_ID'))).toBeVisible();
  await expect(page.getByText(m('visitBring.ABROAD_PROOF'))).toBeVisible();
  await checkPage('visit: booked');

  // "Add to calendar": the visit at the centre's hour, in China Standard Time.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: m('visit.calendar') }).click(),
  ]);
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}/);
  expect(ics.replace(/\r\n /g, '')).toContain(m('visitBring.CARD').replace(/,/g, '\\,'));

  // Move it to the last free time of another day.
  await page.getByRole('button', { name: m('visit.move') }).click();
  await expect(page.getByRole('heading', { name: m('visit.moveHeading') })).toBeVisible();
  const otherDay = page.locator('.visit-day:not(.visit-day--closed)').nth(1);
  await otherDay.click();
  await expect(otherDay).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.visit-slot').last().click();
  await page.getByRole('button', { name: m('visit.confirmMove') }).click();
  await expect(page.getByText(m('visit.booked.moved'))).toBeVisible();
  const movedWhen = await page.getByTestId('visit-when').textContent();
  expect(movedWhen).not.toBe(firstWhen);

  // Tracking, without sign-in, shows the visit's time and centre.
  await page.goto('/track');
  await page.getByLabel(m('tracking.reference')).fill(filed.reference);
  await page.getByLabel(m('tracking.idNumber')).fill(filed.idNumber);
  await page.getByRole('button', { name: m('tracking.submit') }).click();
  await expect(page.getByTestId('tracking-visit')).toContainText(movedWhen!);
  await checkPage('tracking: visit booked');
  await page.getByRole('link', { name: m('visit.trackSee') }).click();

  // Cancel, after one confirmation; the picker offers booking again.
  await page.getByRole('button', { name: m('visit.cancel') }).click();
  await checkPage('visit: cancel?');
  await page.getByRole('button', { name: m('visit.cancelConfirm') }).click();
  await expect(page.getByText(m('visit.cancelled'))).toBeVisible();
  await expect(page.locator('.visit-slot').first()).toBeVisible();
  await checkPage('visit: cancelled');
});

test('a time taken by others between listing and booking is said, with the fresh list', async ({
  page,
  browser,
  m,
  language,
  checkPage,
  baseURL,
}) => {
  // A centre of one place a slot, where only this journey books (e2e/support/server.ts).
  const centre = 'SH-MINHANG';
  const filed = await fileApplication(page, { idNumber: freshCardholderId(), language, centre });
  await approveFiled(baseURL!, filed, STAFF.admin);
  await page.goto('/visit');

  // The last free time of the last day that has one: the one the applicant is about to take.
  await page.locator('.visit-day:not(.visit-day--closed)').last().click();
  await page.locator('.visit-slot').last().click();
  await expect(page.getByRole('heading', { name: m('visit.confirmHeading') })).toBeVisible();
  const { slots } = await freeSlots(page, filed);
  const wanted = slots[slots.length - 1]!;

  // Meanwhile another approved applicant takes it (or the other projects' journey already has).
  const other = await approvedApplicant(browser, {
    baseURL: baseURL!,
    language,
    viewport: page.viewportSize()!,
    centre,
  });
  try {
    const res = await other.page.request.put(`/api/v1/applications/${other.filed.id}/visit`, {
      headers: { origin: new URL(baseURL!).origin },
      data: { start: wanted.start },
    });
    expect([201, 409], await res.text()).toContain(res.status());

    await page.getByRole('button', { name: m('visit.confirm') }).click();
    await expect(page.getByText(m('visit.slotTaken'))).toBeVisible();
    // The list is the fresh one: that time is not offered any more; others are.
    await expect(page.locator('.visit-slot').first()).toBeVisible();
    expect((await freeSlots(page, filed)).slots.map((slot) => slot.start)).not.toContain(
      wanted.start,
    );
    await expect(page.getByRole('heading', { level: 1, name: m('visit.title') })).toBeVisible();
    await checkPage('visit: the time was taken');
  } finally {
    await other.page.context().close();
  }
});

test('inside 2 hours the visit can no longer be moved, and the page says whom to call (in large text)', async ({
  page,
  m,
  language,
  checkPage,
  baseURL,
}) => {
  const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
  await approveFiled(baseURL!, filed);
  await page.goto('/visit');
  // 大字模式: the times one per row, 60 px targets, on each state of the page.
  await page.getByRole('button', { name: m('ui.largeText') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await checkPage('visit: slot picker (large text)');
  await page.locator('.visit-slot').first().click();
  await checkPage('visit: confirm (large text)');
  await page.getByRole('button', { name: m('visit.confirm') }).click();
  await expect(page.getByText(m('visit.booked.heading'))).toBeVisible();
  await checkPage('visit: booked (large text)');

  // An hour before the visit, the page opened earlier still offers the move; the service refuses.
  const application = (await (
    await page.request.get(`/api/v1/applications/${filed.id}`)
  ).json()) as {
    visit: { start: string };
  };
  await setNow(page, new Date(Date.parse(application.visit.start) - 60 * 60_000));
  await page.getByRole('button', { name: m('visit.move') }).click();
  await page.locator('.visit-slot').last().click();
  await page.getByRole('button', { name: m('visit.confirmMove') }).click();
  await expect(page.getByText(m('visit.tooLate'))).toBeVisible();
  await expect(page.getByRole('button', { name: m('visit.move') })).toHaveCount(0);
  await checkPage('visit: too late to change (large text)');

  // Opened again, the page says so at once, and offers neither move nor cancel.
  await page.reload();
  await expect(page.getByText(m('visit.tooLate'))).toBeVisible();
  await expect(page.getByRole('button', { name: m('visit.cancel') })).toHaveCount(0);
});
