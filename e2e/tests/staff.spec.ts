import { fileURLToPath } from 'node:url';
import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import {
  fileApplication,
  freshCardholderId,
  signInAsStaff,
  STAFF,
  staffApi,
} from '../support/staff.ts';
import { centre } from '../support/wizard.ts';

// A sharp photo of an ID card, to replace the scan a reviewer found blurred.
const replacementPhoto = fileURLToPath(new URL('../fixtures/id-card-photo.jpg', import.meta.url));

// The back office from review to pickup, with a certificate a bank can verify.

test(
  'return for correction → replace and resubmit → approve → verify → pickup → collected',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    test.setTimeout(180_000);
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });

    // The reviewer works in a browser of their own.
    const staffContext = await browser.newContext({
      baseURL: baseURL!,
      viewport: page.viewportSize()!,
    });
    const staff = await staffContext.newPage();
    await signInAsStaff(staff, language, STAFF.huangpu, m);

    // Queue: search by reference, then claim from the list.
    await staff.getByLabel(m('staff.queue.search')).fill(filed.reference);
    await staff.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await expect(staff.getByRole('link', { name: filed.reference })).toBeVisible();
    await expect(staff.getByRole('row')).toHaveCount(2);
    await checkPage('staff queue (filtered)', staff);
    await staff
      .getByRole('button', { name: `${m('staff.claim.submit')} ${filed.reference}` })
      .click();
    await expect(
      staff.getByRole('heading', {
        level: 1,
        name: m('staff.application.heading', { reference: filed.reference }),
      }),
    ).toBeVisible();
    const status = staff.getByTestId('application-status');
    await expect(status).toHaveText(m('status.UNDER_REVIEW'));
    await expect(staff.getByText(filed.idNumber).first()).toBeVisible();
    await expect(staff.getByText('Shift+A')).toBeVisible();
    await checkPage('staff review', staff);
    // The declared ID number in monospace, grouped 6-8-4 for comparing digit by digit.
    const digits = staff.getByTestId('grouped-digits').first();
    await expect(digits.locator('.digits__group')).toHaveText([
      filed.idNumber.slice(0, 6),
      filed.idNumber.slice(6, 14),
      filed.idNumber.slice(14),
    ]);
    expect(await digits.evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(/mono/i);
    const width = staff.viewportSize()!.width;
    if (width >= 1280) {
      // The workstation: the scans take at least 60 % of the width, and with the last scan in
      // view the answers and decisions are still on screen beside it. Measured once every scan
      // is drawn: a PDF still being drawn is shorter, and the page may then end before the side
      // column does, which pushes that column up off the screen.
      await expect(staff.getByText(m('staff.pdf.loading'))).toHaveCount(0);
      await expect(staff.locator('.viewer__frame--pdf[aria-busy="true"]')).toHaveCount(0);
      await expect
        .poll(() =>
          staff
            .locator('img.viewer__image')
            .evaluateAll((images) =>
              images.every((image) => (image as HTMLImageElement).naturalWidth > 0),
            ),
        )
        .toBe(true);
      const evidence = (await staff.getByTestId('review-evidence').boundingBox())!;
      expect(evidence.width / width).toBeGreaterThanOrEqual(0.6);
      const frame = (await staff.locator('.viewer__frame').first().boundingBox())!;
      expect(frame.width / width).toBeGreaterThanOrEqual(0.6);
      await staff.locator('article[data-document-id]').last().scrollIntoViewIfNeeded();
      const side = (await staff.getByTestId('review-side').boundingBox())!;
      expect(side.y).toBeGreaterThanOrEqual(0);
      expect(side.y).toBeLessThan(staff.viewportSize()!.height / 2);
      await expect(staff.getByRole('button', { name: m('staff.return.submit') })).toBeAttached();
    }

    // Keyboard: r rejects the first document (reasons open with focus on the first one).
    const accepted = staff.getByText(m('staff.document.decision.ACCEPTED'), { exact: true });
    const cards = staff.locator('article[data-document-id]');
    const total = await cards.count();
    expect(total).toBeGreaterThan(1);
    await staff.locator('body').click({ position: { x: 1, y: 1 } });
    await staff.keyboard.press('r');
    await expect(staff.getByLabel(m('staff.reviewReason.BLURRED'))).toBeFocused();
    await staff.keyboard.press('Space');
    await staff.getByRole('button', { name: m('staff.document.confirmReject') }).click();
    await expect(
      staff.getByText(m('staff.document.decision.REJECTED'), { exact: true }),
    ).toBeVisible();
    // j moves to the next document, a accepts it; quick keystrokes queue up, none is lost.
    for (let index = 1; index < total; index += 1) {
      await staff.keyboard.press('j');
      await expect(cards.nth(index)).toBeFocused();
      await staff.keyboard.press('a');
    }
    await expect(accepted).toHaveCount(total - 1);
    await expect(staff.getByText(m('staff.error.decidedElsewhere'))).toHaveCount(0);
    await checkPage('staff review (documents decided)', staff);
    await staff.getByRole('button', { name: m('staff.return.submit') }).click();
    await expect(status).toHaveText(m('status.RETURNED_FOR_CORRECTION'));

    // The applicant sees what to correct and why, in their language.
    await page.goto('/track');
    await page.getByLabel(m('tracking.reference')).fill(filed.reference);
    await page.getByLabel(m('tracking.idNumber')).fill(filed.idNumber);
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    await expect(page.getByText(m('tracking.corrections.heading'))).toBeVisible();
    await expect(page.getByText(m('reviewReason.BLURRED'), { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: m('tracking.corrections.start') })).toBeVisible();
    await expect(page.getByText(filed.idNumber)).toHaveCount(0);
    await checkPage('tracking (corrections)');

    // The applicant follows the link into the wizard, which says what to correct and marks the scan.
    await page.getByRole('link', { name: m('tracking.corrections.start') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.documents.title') }),
    ).toBeVisible();
    const notice = page.getByTestId('correction-notice');
    await expect(
      notice.getByRole('heading', { name: m('apply.correction.heading') }),
    ).toBeVisible();
    await expect(notice.getByText(m('reviewReason.BLURRED'), { exact: false })).toBeVisible();
    // The file's own row (a list item holding no list), not the document around it.
    const rejectedRow = page
      .getByRole('listitem')
      .filter({ hasText: m('apply.correction.replaceFile', { reason: m('reviewReason.BLURRED') }) })
      .filter({ hasNot: page.getByRole('list') });
    await expect(rejectedRow).toHaveCount(1);
    await checkPage('documents (return for correction)');

    // "Replace" on that row opens the file chooser; the new scan takes the rejected one's place.
    const chooser = page.waitForEvent('filechooser');
    await rejectedRow.locator('label', { hasText: m('apply.upload.replace') }).click();
    await (await chooser).setFiles(replacementPhoto);
    await expect(notice.getByText(m('apply.correction.replaced'))).toBeVisible();
    await expect(rejectedRow).toHaveCount(0);
    const rejectedKind = (await notice.locator('li strong').first().textContent())!.trim();

    // On through the saved answers to the check page, which repeats the notice, and send again.
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('wizard.declarations.expenses') }),
    ).toBeVisible();
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.declarations.centre') }),
    ).toBeVisible();
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('wizard.consequences.title') }),
    ).toBeVisible();
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.check.title') }),
    ).toBeVisible();
    await expect(
      page.getByTestId('correction-notice').getByText(m('apply.correction.replaced')),
    ).toBeVisible();
    await checkPage('check answers (return for correction)');
    await page.getByRole('button', { name: m('apply.check.submit') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.submitted.title') }),
    ).toBeVisible();
    await expect(page.getByTestId('reference')).toHaveText(filed.reference);

    // Back to the reviewer: accept the new scan, confirm expenses, approve by keyboard.
    await staff.reload();
    await expect(status).toHaveText(/./);
    const claim = staff.getByRole('button', { name: m('staff.claim.submit'), exact: true });
    if (await claim.isVisible()) await claim.click();
    const acceptNew = staff.getByRole('button', {
      name: `${m('staff.document.accept')} ${rejectedKind}`,
    });
    // From here on each decision's answer is the fresh view: the page asks for nothing more.
    const viewReads: string[] = [];
    staff.on('request', (request) => {
      if (
        request.method() === 'GET' &&
        request.url().endsWith(`/api/v1/staff/applications/${filed.id}`)
      )
        viewReads.push(request.url());
    });
    await acceptNew.click();
    await expect(accepted).toHaveCount(total);
    const expenses = staff.locator('#decision-expenses');
    await expenses.getByLabel(m('staff.expenses.settled')).check();
    await expenses.getByRole('button', { name: m('staff.expenses.submit') }).click();
    await expect(staff.getByText(m('staff.expenses.confirmed'))).toBeVisible();
    await staff.keyboard.press('Shift+A');
    const approve = staff.getByRole('button', { name: m('staff.approve.submit'), exact: true });
    await expect(approve).toBeFocused();
    await staff.keyboard.press('Enter');
    await expect(status).toHaveText(m('status.CERTIFICATE_READY'));
    expect(viewReads, 'view reads after accept, expenses and approve').toEqual([]);
    const serial = (await staff.locator('.notice .reference-inline').first().textContent())!.trim();
    expect(serial.length).toBeGreaterThan(4);
    const certificate = await staff.request.get(
      (await staff.getByRole('link', { name: m('staff.certificate.open') }).getAttribute('href'))!,
    );
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()['content-type']).toContain('application/pdf');
    await checkPage('staff review (approved)', staff);

    // A bank checks the certificate: genuine, masked name only; a tampered serial is not.
    await page.goto(`/verify/${encodeURIComponent(serial)}`);
    await expect(page.getByText(m('verify.valid'))).toBeVisible();
    // The centre by its name, never its code.
    await expect(page.getByText(language === 'en' ? centre.en : centre.zh)).toBeVisible();
    await expect(page.getByText(centre.id)).toHaveCount(0);
    await expect(page.getByText(filed.name)).toHaveCount(0);
    await checkPage('verify (genuine)');
    const tampered = serial.slice(0, -1) + (serial.endsWith('A') ? 'B' : 'A');
    await page.goto(`/verify/${encodeURIComponent(tampered)}`);
    await expect(page.getByText(m('verify.notFound'))).toBeVisible();
    await checkPage('verify (not genuine)');

    // Pickup: an ID number that is neither the cardholder's nor an agent's is refused.
    const pickup = staff.locator('#decision-pickup');
    await pickup.getByLabel(m('staff.pickup.idNumber')).fill(freshCardholderId());
    await pickup.getByLabel(m('staff.pickup.originalsChecked')).check();
    await pickup.getByLabel(m('staff.pickup.cardHandedIn')).check();
    await pickup.getByRole('button', { name: m('staff.pickup.submit') }).click();
    await expect(staff.getByText(m('error.pickup.idMismatch')).first()).toBeVisible();
    await checkPage('staff pickup (mismatch)', staff);
    await pickup.getByLabel(m('staff.pickup.idNumber')).fill(filed.idNumber);
    await pickup.getByRole('button', { name: m('staff.pickup.submit') }).click();
    await expect(status).toHaveText(m('status.COLLECTED'));

    // Tracking shows it collected, with the electronic copy for the browser that filed it.
    await page.goto('/track');
    await page.getByLabel(m('tracking.reference')).fill(filed.reference);
    await page.getByLabel(m('tracking.idNumber')).fill(filed.idNumber);
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    await expect(page.getByText(m('tracking.collected.heading'))).toBeVisible();
    const copy = page.getByRole('link', { name: m('tracking.collected.copy') });
    await expect(copy).toBeVisible();
    const pdf = await page.request.get((await copy.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await checkPage('tracking (collected)');
    await staffContext.close();
  },
);

test(
  'staff of another centre cannot open the application',
  { tag: placement.zhCnDesktop },
  async ({ page, m, language }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    await signInAsStaff(page, language, STAFF.pudong, m);
    await page.getByLabel(m('staff.queue.search')).fill(filed.reference);
    await page.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await expect(page.getByText(m('staff.queue.empty'))).toBeVisible();
    await page.goto(`/staff/applications/${filed.id}`);
    await expect(page.getByText(m('staff.application.notFound'))).toBeVisible();
    await expect(page.getByText(filed.idNumber)).toHaveCount(0);
  },
);

test(
  'two staff deciding at once: one succeeds, the other is told',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    // Two reviewers at the same centre, each in a browser of their own.
    const otherContext = await browser.newContext({
      baseURL: baseURL!,
      viewport: page.viewportSize()!,
    });
    const first = await otherContext.newPage();
    const second = page;
    await signInAsStaff(first, language, STAFF.huangpu, m);
    await signInAsStaff(second, language, STAFF.supervisor, m);
    for (const staff of [first, second]) {
      await staff.goto(`/staff/applications/${filed.id}`);
      await expect(staff.getByTestId('application-status')).toHaveText(m('status.SUBMITTED'));
    }
    // Both saw the same version; the first claim wins, the second is told and sees the winner.
    await first.getByRole('button', { name: m('staff.claim.submit'), exact: true }).click();
    await expect(first.getByTestId('application-status')).toHaveText(m('status.UNDER_REVIEW'));
    await second.getByRole('button', { name: m('staff.claim.submit'), exact: true }).click();
    await expect(second.getByText(m('staff.error.decidedElsewhere'))).toBeVisible();
    await expect(second.getByTestId('application-status')).toHaveText(m('status.UNDER_REVIEW'));
    await checkPage('staff review (decided elsewhere)');
    await otherContext.close();
  },
);

test(
  'a supervisor reassigns, then refuses; the applicant reads why in their language',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    const context = await browser.newContext({ baseURL: baseURL!, viewport: page.viewportSize()! });
    const supervisor = await context.newPage();
    await signInAsStaff(supervisor, language, STAFF.supervisor, m);
    await supervisor.goto(`/staff/applications/${filed.id}`);
    const status = supervisor.getByTestId('application-status');
    await expect(status).toHaveText(m('status.SUBMITTED'));

    const reassign = supervisor.locator('#decision-reassign');
    const reviewer = reassign.locator('option', { hasText: 'Huangpu Reviewer' });
    await reassign
      .getByLabel(m('staff.reassign.to'))
      .selectOption((await reviewer.getAttribute('value'))!);
    await reassign.getByRole('button', { name: m('staff.reassign.submit') }).click();
    await expect(supervisor.getByText(m('staff.reassign.done'))).toBeVisible();
    await expect(
      reassign.getByText(m('staff.reassign.current', { name: '黄浦审核员 Huangpu Reviewer' })),
    ).toBeVisible();

    // A refusal needs a reason and an explanation.
    const refuse = supervisor.locator('#decision-reject');
    await refuse.getByRole('button', { name: m('staff.reject.submit') }).click();
    await expect(
      refuse.getByRole('link', { name: m('error.rejectionReason.required') }),
    ).toBeVisible();
    await refuse.getByLabel(m('rejectionReason.NO_STANDING')).check();
    await refuse.getByLabel(m('staff.reject.note')).fill('No letter of entrustment.');
    await refuse.getByRole('button', { name: m('staff.reject.submit') }).click();
    await expect(status).toHaveText(m('status.REJECTED'));
    await context.close();

    await page.goto('/track');
    await page.getByLabel(m('tracking.reference')).fill(filed.reference);
    await page.getByLabel(m('tracking.idNumber')).fill(filed.idNumber);
    await page.getByRole('button', { name: m('tracking.submit') }).click();
    await expect(page.getByText(m('tracking.rejected.heading'))).toBeVisible();
    await expect(page.getByText(m('rejectionReason.NO_STANDING'))).toBeVisible();
    await checkPage('tracking (refused)');
  },
);

test(
  'an account is locked after five failed sign-ins from a new device; a supervisor sets a new password',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, m, language, baseURL, checkPage }) => {
    // A dedicated account, so that no other journey's account is locked.
    const username = `locked.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
    const password = 'Correct-Horse-2026';
    const supervisor = await staffApi(baseURL!, STAFF.supervisor);
    const created = await supervisor.post('/api/v1/staff/users', {
      username,
      displayName: 'Locked Test',
      role: 'REVIEWER',
      password,
      currentPassword: STAFF.supervisor[1],
    });
    expect(created.status(), await created.text()).toBe(201);
    await supervisor.dispose();

    await page.goto('/staff/sign-in');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel(m('staff.signIn.username')).fill(username);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel(m('staff.signIn.password')).fill(`wrong-${attempt}`);
      await page.getByRole('button', { name: m('staff.signIn.submit') }).click();
      await expect(page.getByText(m('staff.signIn.failed')).first()).toBeVisible();
    }
    // Even the right password is refused now, from this browser, which the account never signed
    // in from: with the very answer a wrong password gets, which says how the lock works and
    // tells a stranger nothing about the account (ADR 004).
    await page.getByLabel(m('staff.signIn.password')).fill(password);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/session'));
    await page.getByRole('button', { name: m('staff.signIn.submit') }).click();
    expect((await refused).status()).toBe(401);
    await expect(page.getByText(m('staff.signIn.failed')).first()).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.signIn.title') }),
    ).toBeVisible();

    // The supervisor sets a new password, which lifts the lock (given to the person face to face).
    await signInAsStaff(page, language, STAFF.supervisor, m);
    await page.getByRole('link', { name: m('staff.nav.users'), exact: true }).click();
    await page.getByText(`${m('staff.users.reset')} ${username}`).click();
    const fresh = 'Battery-Staple-2026';
    await page.getByLabel(m('staff.users.resetFor', { name: username })).fill(fresh);
    await page.getByRole('button', { name: `${m('staff.users.resetSave')} ${username}` }).click();
    // Step-up: the supervisor confirms with their own password first (ADR 004).
    const stepUp = page.getByRole('dialog', { name: m('staff.stepUp.heading') });
    await expect(stepUp).toBeVisible();
    await expect(stepUp.getByLabel(m('staff.stepUp.password'))).toBeFocused();
    await checkPage('staff users (step-up)');
    await stepUp.getByLabel(m('staff.stepUp.password')).fill(STAFF.supervisor[1]);
    await stepUp.getByRole('button', { name: m('staff.stepUp.confirm') }).click();
    await expect(stepUp).toBeHidden();
    await expect(page.getByText(m('staff.users.resetDone', { name: username }))).toBeVisible();
    await checkPage('staff users (new password set)');
    await page.getByRole('button', { name: m('staff.signOut') }).click();
    await signInAsStaff(page, language, [username, fresh], m);
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.queue.title') }),
    ).toBeVisible();
  },
);

test(
  'supervisor pages: dashboard, audit trail with CSV, staff management',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, m, language, checkPage }) => {
    await signInAsStaff(page, language, STAFF.supervisor, m);
    await checkPage('staff queue');
    await page.getByRole('link', { name: m('staff.nav.dashboard'), exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.dashboard.title') }),
    ).toBeVisible();
    await expect(page.getByText(m('staff.dashboard.median')).first()).toBeVisible();
    await checkPage('staff dashboard');

    await page.getByRole('link', { name: m('staff.nav.audit'), exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.audit.title') }),
    ).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await checkPage('staff audit');
    const csvHref = await page
      .getByRole('link', { name: m('staff.audit.csv') })
      .getAttribute('href');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    await page.getByRole('link', { name: m('staff.nav.users'), exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.users.title') }),
    ).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'reviewer.huangpu' })).toBeVisible();
    await checkPage('staff users');
    // A password that is too short is caught before anything is sent.
    await page.getByLabel(m('staff.signIn.username')).fill('new.reviewer');
    await page.getByLabel(m('staff.users.displayName')).fill('New Reviewer');
    await page.getByLabel(m('staff.users.password')).fill('short');
    await page.getByRole('button', { name: m('staff.users.create'), exact: true }).click();
    await expect(page.getByRole('link', { name: m('error.password.tooShort') })).toBeVisible();
    await checkPage('staff users (with errors)');

    // Sign out ends the session: the queue sends back to sign-in.
    await page.getByRole('button', { name: m('staff.signOut') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.signIn.title') }),
    ).toBeVisible();
    await page.goto('/staff');
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.signIn.title') }),
    ).toBeVisible();
  },
);

test(
  'a staff member changes their own password: a common one is refused, the new one signs in',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, m, language, baseURL, checkPage }) => {
    const username = `own.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
    const first = 'Granite-Lantern-Otter';
    const supervisor = await staffApi(baseURL!, STAFF.supervisor);
    const created = await supervisor.post('/api/v1/staff/users', {
      username,
      displayName: 'Own Password',
      role: 'REVIEWER',
      password: first,
      currentPassword: STAFF.supervisor[1],
    });
    expect(created.status(), await created.text()).toBe(201);
    await supervisor.dispose();

    await signInAsStaff(page, language, [username, first], m);
    await page.getByRole('link', { name: m('staff.nav.password'), exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.password.title') }),
    ).toBeVisible();
    await checkPage('staff: change my password');
    const fill = async (current: string, next: string, repeat = next) => {
      await page.getByLabel(m('staff.password.current'), { exact: true }).fill(current);
      await page.getByLabel(m('staff.password.new'), { exact: true }).fill(next);
      await page.getByLabel(m('staff.password.repeat')).fill(repeat);
      await page.getByRole('button', { name: m('staff.password.save'), exact: true }).click();
    };
    // The page checks what it can before sending; the service refuses a common password.
    await fill(first, 'Velvet-Harbour-Kite', 'Velvet-Harbour-Kit');
    await expect(page.getByRole('link', { name: m('staff.password.mismatch') })).toBeVisible();
    await fill(first, 'qwerty123456');
    await expect(page.getByText(m('error.password.common')).first()).toBeVisible();
    await checkPage('staff: change my password (refused)');
    const next = 'Velvet-Harbour-Kite';
    await fill(first, next);
    await expect(page.getByText(m('staff.password.done'))).toBeVisible();

    await page.getByRole('button', { name: m('staff.signOut') }).click();
    await signInAsStaff(page, language, [username, next], m);
  },
);
