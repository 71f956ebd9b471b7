import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, openLanding, test, uniqueResidentId } from '../support/fixtures.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const image = path.join(fixtures, 'id-card.png');
const proof = path.join(fixtures, 'proof.pdf');

const centre = {
  id: 'SH-HUANGPU',
  zh: '黄浦区社会保障卡服务网点（演示）',
  en: 'Huangpu District Social Security Card Service Point (demo)',
};

// The three journeys of the walking skeleton, one after the other on the same application:
// a cardholder settling abroad files, a reviewer approves, the cardholder tracks it to pickup.
test.describe.serial('cancel a card: file, approve, track', () => {
  const idNumber = uniqueResidentId();
  // docs/rules.md §3.6: one open application per card, so every run files for a card of its own.
  const cardNumber = `A${Date.now().toString().slice(-8)}${Math.floor(Math.random() * 10)}`;
  let reference = '';

  test('a cardholder settling abroad files the application', async ({
    page,
    m,
    language,
    checkPage,
  }) => {
    // Every page of the wizard, each measured (axe, targets, width): more than one minute's work
    // on a 2-core machine, whatever the network.
    test.slow();
    await openLanding(page, language);
    await expect(page.getByRole('heading', { level: 1, name: m('landing.title') })).toBeVisible();
    await checkPage('landing');
    await page
      .getByRole('link', { name: m('landing.start') })
      .or(page.getByRole('button', { name: m('landing.start') }))
      .click();

    // Who is filing (asked first)
    await expect(
      page.getByRole('heading', { level: 1, name: m('wizard.who.title') }),
    ).toBeVisible();
    await page.getByLabel(m('wizard.who.SELF'), { exact: true }).check();
    await page.getByRole('button', { name: m('ui.continue') }).click();

    // Reason
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.reason.title') }),
    ).toBeVisible();
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(page.getByRole('heading', { name: m('ui.errorSummary.title') })).toBeVisible();
    await checkPage('reason (with errors)');
    await page.getByLabel(m('reason.SETTLED_ABROAD'), { exact: true }).check();
    await page.getByRole('button', { name: m('ui.continue') }).click();

    // Cardholder
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.cardholder.title') }),
    ).toBeVisible();
    await page
      .getByLabel(m('apply.cardholder.name'))
      .fill(language === 'en' ? 'Zhang San' : '张三');
    await page.getByLabel(m('apply.cardholder.idType')).selectOption('RESIDENT_ID');
    // A mistyped check digit is caught before anything is sent.
    const wrong = idNumber.slice(0, 17) + (idNumber.endsWith('1') ? '2' : '1');
    await page.getByLabel(m('apply.cardholder.idNumber')).fill(wrong);
    await page.getByLabel(m('apply.cardholder.cardNumber')).fill(cardNumber);
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(page.getByRole('link', { name: m('error.idNumber.checkDigit') })).toBeVisible();
    await checkPage('cardholder (with errors)');
    await page.getByLabel(m('apply.cardholder.idNumber')).fill(idNumber);
    await page.getByRole('button', { name: m('ui.continue') }).click();

    // What you will need, before any upload (Guide §II.1)
    await expect(
      page.getByRole('heading', { level: 1, name: m('wizard.needs.title') }),
    ).toBeVisible();
    await page.getByRole('link', { name: m('wizard.needs.continue') }).click();

    // Documents: exactly the ones this case needs.
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.documents.title') }),
    ).toBeVisible();
    // The draft is kept on the server: a reload loses nothing.
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.documents.title') }),
    ).toBeVisible();
    const needed = [
      'CARDHOLDER_ID_FRONT',
      'CARDHOLDER_ID_BACK',
      'CARD_FRONT',
      'CARD_BACK',
      'ABROAD_PROOF',
    ];
    for (const kind of needed) {
      const label = m(`documentKind.${kind}`);
      await page
        .getByLabel(label, { exact: true })
        .setInputFiles(kind === 'ABROAD_PROOF' ? proof : image);
      await expect(
        page.getByText(m('apply.documents.uploaded', { document: label })),
      ).toBeAttached();
    }
    await checkPage('documents');
    await page.getByRole('button', { name: m('ui.continue') }).click();

    // Expenses settled and centre, then the consequences (Guide §I, §II.2, §III)
    // One question per page: the expenses, then the centre.
    await expect(
      page.getByRole('heading', { level: 1, name: m('wizard.declarations.expenses') }),
    ).toBeVisible();
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(page.getByRole('link', { name: m('wizard.error.expensesSettled') })).toBeVisible();
    await checkPage('expenses (with errors)');
    await page.getByLabel(m('wizard.declarations.expenses.yes')).check();
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.declarations.centre') }),
    ).toBeVisible();
    await page.getByLabel(language === 'en' ? centre.en : centre.zh).check();
    await checkPage('centre');
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('wizard.consequences.title') }),
    ).toBeVisible();
    await page.getByLabel(m('wizard.consequences.acknowledge')).check();
    await page.getByRole('button', { name: m('ui.continue') }).click();

    // Check your answers, with a change link per answer
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.check.title') }),
    ).toBeVisible();
    await expect(page.getByText(idNumber)).toBeVisible();
    await expect(
      page.getByRole('link', { name: new RegExp(m('ui.change')) }).first(),
    ).toBeVisible();
    await checkPage('check answers');
    await page.getByRole('button', { name: m('apply.check.submit') }).click();

    // Confirmation
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.submitted.title') }),
    ).toBeVisible();
    const shown = await page.getByTestId('reference').textContent();
    reference = (shown ?? '').trim();
    expect(reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await checkPage('submitted');
  });

  test('a reviewer at the chosen centre approves it', async ({ page, m, language, checkPage }) => {
    expect(reference, 'the filing journey must run first').not.toBe('');
    await page.goto('/staff/sign-in');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.signIn.title') }),
    ).toBeVisible();
    await checkPage('staff sign-in');
    await page.getByLabel(m('staff.signIn.username')).fill('reviewer.huangpu');
    await page.getByLabel(m('staff.signIn.password')).fill('wrong password');
    await page.getByRole('button', { name: m('staff.signIn.submit') }).click();
    await expect(page.getByText(m('staff.signIn.failed')).first()).toBeVisible();
    await page.getByLabel(m('staff.signIn.password')).fill('Demo-Huangpu-2026');
    await page.getByRole('button', { name: m('staff.signIn.submit') }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.queue.title') }),
    ).toBeVisible();
    await checkPage('staff queue');
    // Oldest first: with the other journeys' filings the queue runs to several pages, so the
    // reviewer looks the reference up, as they would for a caller at the counter.
    await page.getByLabel(m('staff.queue.search')).fill(reference);
    await page.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await page.getByRole('link', { name: reference }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.application.heading', { reference }) }),
    ).toBeVisible();
    await expect(page.getByText(idNumber).first()).toBeVisible();
    await checkPage('staff application');
    // Claim, accept every scan, confirm the expenses, approve (staff.spec.ts covers the rest).
    await page.getByRole('button', { name: m('staff.claim.submit'), exact: true }).click();
    await expect(page.getByTestId('application-status')).toHaveText(m('status.UNDER_REVIEW'));
    const cards = page.locator('article[data-document-id]');
    const accepted = page.getByText(m('staff.document.decision.ACCEPTED'), { exact: true });
    const total = await cards.count();
    expect(total).toBe(5);
    // The reviewer sees every scan: each photo is decoded in the page, the PDF drawn by pdf.js.
    const photos = cards.locator('img');
    await expect(photos).toHaveCount(4);
    for (const photo of await photos.all()) {
      await photo.scrollIntoViewIfNeeded();
      await expect
        .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
    await expect(cards.getByText(m('staff.pdf.page', { page: 1, pages: 1 }))).toBeVisible();
    await expect(cards.locator('canvas')).toHaveCount(1);
    for (let index = 0; index < total; index += 1) {
      await cards
        .nth(index)
        .getByRole('button', { name: new RegExp(`^${m('staff.document.accept')} `) })
        .click();
      await expect(accepted).toHaveCount(index + 1);
    }
    const expenses = page.locator('#decision-expenses');
    await expenses.getByLabel(m('staff.expenses.settled')).check();
    await expenses.getByRole('button', { name: m('staff.expenses.submit') }).click();
    await expect(page.getByText(m('staff.expenses.confirmed'))).toBeVisible();
    await page.getByRole('button', { name: m('staff.approve.submit'), exact: true }).click();
    await expect(page.getByText(m('staff.approve.done'))).toBeVisible();
    await checkPage('staff application (approved)');
  });

  test('the cardholder tracks it to "ready for pickup"', async ({
    page,
    m,
    language,
    checkPage,
  }) => {
    expect(reference, 'the filing journey must run first').not.toBe('');
    await openLanding(page, language);
    await page.getByRole('link', { name: m('landing.track.link') }).click();
    await expect(page.getByRole('heading', { level: 1, name: m('tracking.title') })).toBeVisible();
    await checkPage('tracking');
    await page.getByLabel(m('tracking.reference')).fill(reference);
    await page.getByLabel(m('tracking.idNumber')).fill(uniqueResidentId());
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    await expect(page.getByText(m('tracking.notFound.title'))).toBeVisible();
    await page.getByLabel(m('tracking.idNumber')).fill(idNumber);
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    await expect(page.getByText(m('tracking.result.pickupHeading'))).toBeVisible();
    await expect(page.getByText(m('status.CERTIFICATE_READY')).first()).toBeVisible();
    await expect(page.getByText(language === 'en' ? centre.en : centre.zh).first()).toBeVisible();
    // No personal data on the tracking page.
    await expect(page.getByText(idNumber)).toHaveCount(0);
    await checkPage('tracking result');
  });
});
