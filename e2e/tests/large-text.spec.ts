import { expect, test, uniqueResidentId } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { Wizard } from '../support/wizard.ts';

// 大字模式 (large text) on every citizen page, on a phone, in both languages: checkPage measures
// what the mode promises (24 px text, 60 px targets, 7:1 contrast, one control per row) on each.
// A phone layout in each language is enough.
test.describe('large text on every citizen page', { tag: placement.phones }, () => {
  test('an agent turns it on, it stays on, and every page of the journey keeps its promise', async ({
    page,
    m,
    language,
    checkPage,
  }) => {
    // Fifteen pages, each scanned twice by axe: more than one ordinary journey's time.
    test.slow();
    await page.goto('/');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const toggle = page.getByRole('button', { name: m('ui.largeText') });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const before = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    expect(parseFloat(before)).toBeLessThan(
      parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize)),
    );
    // Remembered: a reload (or the next visit) opens in large text.
    await page.reload();
    await expect(page.getByRole('button', { name: m('ui.largeText') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await checkPage('landing (large text)');

    const w = new Wizard(page, m, language);
    await page.getByRole('link', { name: m('landing.start') }).click();
    await w.expectPage('wizard.who.title');
    await checkPage('who (large text)');
    await w.who('AGENT_LIVING');
    await w.expectPage('apply.reason.title');
    await checkPage('reason (large text)');
    await w.reason('LONG_TERM_ABROAD');
    await w.expectPage('apply.cardholder.title');
    await checkPage('cardholder (large text)');
    const idNumber = uniqueResidentId();
    await w.cardholder({ idNumber });
    await w.expectPage('wizard.agent.title');
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(page.getByRole('heading', { name: m('ui.errorSummary.title') })).toBeVisible();
    await checkPage('agent with errors (large text)');
    await w.agent(uniqueResidentId(), 'CHILD');
    await w.expectPage('wizard.needs.title');
    await checkPage('what you will need (large text)');
    await w.toUploads();
    await w.upload(['CARDHOLDER_ID_FRONT']);
    await checkPage('documents (large text)');
    await w.upload([
      'CARDHOLDER_ID_BACK',
      'CARD_FRONT',
      'CARD_BACK',
      'ABROAD_PROOF',
      'AGENT_ID_FRONT',
      'AGENT_ID_BACK',
      'ENTRUSTMENT_CERTIFICATE',
    ]);
    await w.continue();
    await w.expectPage('wizard.declarations.expenses');
    await checkPage('expenses (large text)');
    await page.getByLabel(m('wizard.declarations.expenses.yes')).check();
    await w.continue();
    await w.expectPage('apply.declarations.centre');
    await checkPage('centre (large text)');
    await w.centre();
    await w.expectPage('wizard.consequences.title');
    await checkPage('consequences (large text)');
    await w.acknowledge();
    await checkPage('check answers (large text)');
    const reference = await w.submit();
    await checkPage('submitted (large text)');

    await page.getByRole('link', { name: m('apply.withdraw.link') }).click();
    await w.expectPage('apply.withdraw.title');
    await checkPage('withdraw (large text)');

    await page.goto('/track');
    await page.getByLabel(m('tracking.reference')).fill(reference);
    await page.getByLabel(m('tracking.idNumber')).fill(idNumber);
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    await expect(page.getByText(m('status.SUBMITTED')).first()).toBeVisible();
    await checkPage('tracking result (large text)');

    // A serial that is not on record: the verify page's answer for a certificate not issued here.
    await page.goto('/verify/SSC-NOT-ISSUED-HERE');
    await expect(page.getByRole('heading', { level: 1, name: m('verify.title') })).toBeVisible();
    await expect(page.getByText(m('verify.notFound'))).toBeVisible();
    await checkPage('verify (large text)');

    await page.goto('/no-such-page');
    await checkPage('not found (large text)');
  });

  test('a stop page keeps it too, and turning it off restores the ordinary size', async ({
    page,
    m,
    language,
    checkPage,
  }) => {
    const w = new Wizard(page, m, language);
    await w.start();
    await page.getByRole('button', { name: m('ui.largeText') }).click();
    await w.who('SELF');
    await w.reason('SETTLED_ABROAD');
    await w.cardholder({ idNumber: uniqueResidentId() });
    await w.expectPage('wizard.needs.title');
    await w.toUploads();
    await w.upload(['CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK', 'CARD_FRONT', 'CARD_BACK']);
    await w.upload(['ABROAD_PROOF']);
    await w.continue();
    await w.expenses(false);
    await w.expectStop('EXPENSES_NOT_SETTLED', 'Guide §III.1');
    await checkPage('stop (large text)');

    const toggle = page.getByRole('button', { name: m('ui.largeText') });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).not.toHaveAttribute('data-text-size', 'large');
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-text-size', 'large');
  });
});
