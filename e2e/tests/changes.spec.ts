import { expect, test, uniqueResidentId } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { Wizard } from '../support/wizard.ts';

// A change made from the check page comes back to the check page: nobody walks the whole
// wizard again to correct one answer.
test(
  'a change from the check page returns there, with the new answer',
  { tag: placement.phones },
  async ({ page, m, language, checkPage }) => {
    const w = new Wizard(page, m, language);
    await w.start();
    await w.who('SELF');
    await w.reason('SETTLED_ABROAD');
    await w.cardholder({ idNumber: uniqueResidentId() });
    await w.toUploads();
    await w.upload(['CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK', 'CARD_FRONT', 'CARD_BACK']);
    await w.upload(['ABROAD_PROOF']);
    await w.continue();
    await w.expenses(true);
    await w.acknowledge();

    // One answer: the cardholder's name.
    const renamed = language === 'en' ? 'Zhang Sanfeng' : '张三丰';
    await page
      .getByRole('link', { name: `${m('ui.change')} ${m('apply.cardholder.name')}` })
      .click();
    await w.expectPage('apply.cardholder.title');
    await checkPage('cardholder (changing from the check page)');
    await page.getByLabel(m('apply.cardholder.name')).fill(renamed);
    await w.continue();
    await w.expectPage('apply.check.title');
    await expect(page.getByText(renamed, { exact: true })).toBeVisible();

    // The reason: straight back too, past the documents and declarations already answered.
    await page.getByRole('link', { name: `${m('ui.change')} ${m('apply.check.reason')}` }).click();
    await w.reason('LONG_TERM_ABROAD');
    await w.expectPage('apply.check.title');
    await expect(page.getByText(m('reason.LONG_TERM_ABROAD'), { exact: true })).toBeVisible();

    // The landing page in this browser offers to carry on with the draft, not to start again.
    await page.goto('/');
    await expect(page.getByRole('link', { name: m('landing.start') })).toHaveCount(0);
    await page.getByRole('link', { name: m('landing.continue') }).click();
    await w.expectPage('apply.check.title');
    await expect(page.getByText(renamed, { exact: true })).toBeVisible();

    // Without coming from the check page, "Continue" goes on to the next page as before.
    await page.goto('/apply/reason');
    await w.reason('LONG_TERM_ABROAD');
    await w.expectPage('apply.cardholder.title');

    // Once sent, the landing page offers a new application again.
    await page.goto('/apply/check');
    await w.submit();
    await page.goto('/');
    await expect(page.getByRole('link', { name: m('landing.continue') })).toHaveCount(0);
    await expect(page.getByRole('link', { name: m('landing.start') })).toBeVisible();
  },
);
