import { randomInt } from 'node:crypto';
import { READABLE_ALPHABET } from '@ssc/domain/reference';
import { expect, openLanding, test, uniqueResidentId } from '../support/fixtures.ts';

// Guessing a reference's ID number is stopped per reference (ten misses an hour, from any
// address), and the person stopped is told the true wait from Retry-After, not "a few minutes".
const MISSES_PER_REFERENCE = 10;

/** A reference in the real format that no application has: its misses are this test's alone. */
function unusedReference(): string {
  const group = () =>
    Array.from({ length: 4 }, () => READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)]).join(
      '',
    );
  return `${group()}-${group()}-${group()}`;
}

test('after ten wrong ID numbers for one reference, tracking says how long to wait', async ({
  page,
  m,
  language,
  checkPage,
}) => {
  const reference = unusedReference();
  await openLanding(page, language);
  await page.getByRole('link', { name: m('landing.track.link') }).click();
  await page.getByLabel(m('tracking.reference')).fill(reference);
  for (let i = 0; i < MISSES_PER_REFERENCE; i++) {
    await page.getByLabel(m('tracking.idNumber')).fill(uniqueResidentId());
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/tracking'));
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    expect((await answered).status()).toBe(404);
    await expect(page.getByText(m('tracking.notFound.title'))).toBeVisible();
  }
  await page.getByLabel(m('tracking.idNumber')).fill(uniqueResidentId());
  const limited = page.waitForResponse((r) => r.url().endsWith('/api/v1/tracking'));
  await page.getByRole('button', { name: m('tracking.submit') }).click();
  const response = await limited;
  expect(response.status()).toBe(429);
  // The window is an hour from the first miss; the page says what the header says, rounded up.
  const seconds = Number(response.headers()['retry-after']);
  expect(seconds).toBeGreaterThan(50 * 60);
  const minutes = Math.ceil(seconds / 60);
  await expect(page.getByText(m('tracking.tooManyWait', { minutes }))).toBeVisible();
  await expect(page.getByText(m('tracking.notFound.title'))).toBeHidden();
  await checkPage('tracking (limited)');
});
