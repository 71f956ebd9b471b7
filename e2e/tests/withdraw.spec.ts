import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { approveFiled, fileApplication, freshCardholderId } from '../support/staff.ts';

// The applicant withdraws their own application from the browser they applied with (its
// HttpOnly cookie is the access token). Phones, in zh-CN and en.

test(
  'a sent application is withdrawn after the page says what that means',
  { tag: placement.phones },
  async ({ page, m, language, checkPage }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    // As after the wizard's last page: the confirmation page offers the withdrawal.
    await page.evaluate(
      (reference) =>
        window.sessionStorage.setItem('ssc.submitted', JSON.stringify({ reference, centre: null })),
      filed.reference,
    );
    await page.goto('/apply/submitted');
    await page.getByRole('link', { name: m('apply.withdraw.link') }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.withdraw.title') }),
    ).toBeVisible();
    await expect(
      page.getByText(m('apply.withdraw.reference', { reference: filed.reference })),
    ).toBeVisible();
    await expect(page.getByText(m('apply.withdraw.means.card'))).toBeVisible();
    await expect(page.getByText(m('apply.withdraw.means.final'))).toBeVisible();
    await checkPage('withdraw: what it means');

    // By keyboard: the confirmation is a real button that Enter presses.
    const confirm = page.getByRole('button', { name: m('apply.withdraw.confirm') });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.withdraw.doneTitle') }),
    ).toBeVisible();
    await expect(
      page.getByText(m('apply.withdraw.doneBody', { reference: filed.reference })),
    ).toBeVisible();
    await checkPage('withdraw: done');

    // Tracking (reference + ID number) now says withdrawn.
    const tracked = await page.request.post('/api/v1/tracking', {
      data: { reference: filed.reference, idNumber: filed.idNumber },
    });
    expect(((await tracked.json()) as { status: string }).status).toBe('WITHDRAWN');

    // Coming back to the page does not offer it again.
    await page.goto('/apply/withdraw');
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.withdraw.doneTitle') }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: m('apply.withdraw.confirm') })).toHaveCount(0);
  },
);

test(
  'an approved application cannot be withdrawn, and the page says why',
  { tag: placement.phones },
  async ({ page, m, language, checkPage, baseURL }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    await approveFiled(baseURL!, filed);

    await page.goto('/apply/withdraw');
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.withdraw.title') }),
    ).toBeVisible();
    await expect(
      page.getByText(m('apply.withdraw.tooLate', { status: m('status.CERTIFICATE_READY') })),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: m('apply.withdraw.confirm') })).toHaveCount(0);
    await checkPage('withdraw: too late');
  },
);
