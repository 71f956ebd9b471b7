import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures.ts';
import { approveFiled, fileApplication, freshCardholderId } from '../support/staff.ts';

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
