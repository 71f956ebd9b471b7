import { expect, test, uniqueResidentId, yearsAgo } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { Wizard } from '../support/wizard.ts';
import { fileApplication, signInAsStaff, STAFF } from '../support/staff.ts';

// One journey per reason and one per kind of filer, each with its stop page where
// there is one (docs/rules.md §2–§4). Filing journeys stop at the list of materials or at "check your
// answers" once the rule under test is shown; DEATH and GUARDIAN go on to submit.

const CARDHOLDER = ['CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK', 'CARD_FRONT', 'CARD_BACK'];
const AGENT_ID = ['AGENT_ID_FRONT', 'AGENT_ID_BACK'];
const adultId = () => uniqueResidentId();
const agentId = () => uniqueResidentId();
// docs/rules.md §3.2 (practice): under 18 a guardian files; under 16 the household register stands in.
// Between 6 and 15 years old on any run date (a month's margin below the 16th birthday).
const childId = () => uniqueResidentId({ bornFrom: yearsAgo(16, -31), bornTo: yearsAgo(6) });

test.describe('eligibility: one journey per reason', () => {
  test(
    'DEATH: a relative files with the death proof and submits',
    { tag: placement.phones },
    async ({ page, m, language, checkPage }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await checkPage('who is filing');
      await w.who('AFTER_DEATH');
      // Art. 26: a relative after a death is offered only DEATH and DISAPPEARANCE.
      await w.expectPage('apply.reason.title');
      await expect(page.getByRole('radio')).toHaveCount(2);
      await w.reason('DEATH');
      await w.cardholder({ idNumber: adultId() });
      await checkPage('agent details');
      await w.agent(agentId(), 'CHILD');
      // Art. 26/27: the proof of death replaces the entrustment.
      const needed = [...CARDHOLDER, ...AGENT_ID, 'DEATH_PROOF'];
      await w.expectNeeds(needed);
      await expect(page.getByRole('button', { name: m('wizard.needs.print') })).toBeVisible();
      await checkPage('what you will need');
      await w.toUploads();
      await w.upload(needed);
      await w.continue();
      await checkPage('expenses and centre');
      await w.expenses(true);
      await checkPage('consequences');
      await w.acknowledge();
      await expect(page.getByText(m('wizard.who.AFTER_DEATH'))).toBeVisible();
      await expect(page.getByText(m('relationship.CHILD'))).toBeVisible();
      await checkPage('check answers (agent after a death)');
      const reference = await w.submit();
      expect(reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    },
  );

  test(
    'DISAPPEARANCE: the cardholder is not offered it, and is pointed to a relative filing',
    { tag: placement.phones },
    async ({ page, m, language, checkPage }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.expectPage('apply.reason.title');
      // Art. 26: someone who said they are the cardholder is not asked whether they have died.
      await expect(page.getByLabel(m('reason.SETTLED_ABROAD'), { exact: true })).toBeVisible();
      await expect(page.getByLabel(m('reason.DEATH'), { exact: true })).toHaveCount(0);
      await expect(page.getByLabel(m('reason.DISAPPEARANCE'), { exact: true })).toHaveCount(0);
      await checkPage('reason (the cardholder files)');
      await page.getByRole('link', { name: m('wizard.reason.afterDeath') }).click();
      await w.who('AFTER_DEATH');
      await w.reason('DISAPPEARANCE');
      await w.cardholder({ idNumber: adultId() });
      await w.agent(agentId(), 'SPOUSE');
      await w.expectNeeds([...CARDHOLDER, ...AGENT_ID, 'DISAPPEARANCE_PROOF']);
    },
  );

  test(
    'SETTLED_ABROAD: expenses not settled stop the filing until they are',
    { tag: placement.phones },
    async ({ page, m, language, checkPage }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.reason('SETTLED_ABROAD');
      await w.cardholder({ idNumber: adultId() });
      const needed = [...CARDHOLDER, 'ABROAD_PROOF'];
      await w.expectNeeds(needed);
      await w.toUploads();
      await w.upload(needed);
      await w.continue();
      // Guide §I, §III.1: a real "no", and what to do about it.
      await w.expenses(false);
      await w.expectStop('EXPENSES_NOT_SETTLED', 'Guide §III.1');
      await expect(page.getByText(m('wizard.stop.EXPENSES_NOT_SETTLED.step1'))).toBeVisible();
      await checkPage('stop: settle the expenses first');
      await page.getByRole('link', { name: m('wizard.stop.EXPENSES_NOT_SETTLED.fix') }).click();
      await w.expenses(true);
      await w.acknowledge();
    },
  );

  test(
    'LOSS_OF_NATIONALITY: an entrusted agent brings the entrustment and both IDs',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('AGENT_LIVING');
      await w.expectPage('apply.reason.title');
      await expect(page.getByLabel(m('reason.DEATH'), { exact: true })).toHaveCount(0);
      await w.reason('LOSS_OF_NATIONALITY');
      await w.cardholder({ idNumber: adultId() });
      await w.agent(agentId(), 'SIBLING');
      await w.expectNeeds([
        ...CARDHOLDER,
        ...AGENT_ID,
        'ENTRUSTMENT_CERTIFICATE',
        'NATIONALITY_PROOF',
      ]);
    },
  );

  test(
    'LONG_TERM_ABROAD: a lost card is replaced by its loss-report reference',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.reason('LONG_TERM_ABROAD');
      await w.cardholder({ idNumber: adultId(), lossReportReference: 'GS-2026-0815' });
      await w.expectNeeds(['CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK', 'ABROAD_PROOF']);
      await expect(page.getByText(m('wizard.needs.lostCard'))).toBeVisible();
    },
  );

  test(
    'LEFT_MAINLAND: a foreigner with a passport gives a birth date and one ID page',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.reason('LEFT_MAINLAND');
      await w.cardholder({
        idType: 'PASSPORT',
        // A random passport number: no other run's open application holds it.
        idNumber: `E${String(crypto.getRandomValues(new Uint32Array(1))[0]! % 100_000_000).padStart(8, '0')}`,
        birthDate: '1980-05-05',
      });
      await w.expectNeeds(['CARDHOLDER_ID_FRONT', 'CARD_FRONT', 'CARD_BACK', 'DEPARTURE_PROOF']);
    },
  );

  test(
    'RELOCATION: changing to "myself" removes the agent and the entrustment, and says so',
    { tag: placement.phones },
    async ({ page, m, language, checkPage }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('AGENT_LIVING');
      await w.reason('RELOCATION');
      await w.cardholder({ idNumber: adultId() });
      await w.agent(agentId(), 'CHILD');
      await w.expectNeeds([
        ...CARDHOLDER,
        ...AGENT_ID,
        'ENTRUSTMENT_CERTIFICATE',
        'TRANSFER_PROOF',
      ]);
      await w.toUploads();
      await w.upload(['ENTRUSTMENT_CERTIFICATE', 'TRANSFER_PROOF']);
      // The applicant was in fact the cardholder: change the first answer.
      await page.goto('/apply/who');
      await w.who('SELF');
      await w.expectPage('apply.reason.title');
      const notice = page.getByTestId('removed-notice');
      await expect(notice).toContainText(m('wizard.removed.answer.agent'));
      await expect(notice).toContainText(
        m('wizard.removed.document', { document: m('documentKind.ENTRUSTMENT_CERTIFICATE') }),
      );
      await expect(notice).not.toContainText(m('documentKind.TRANSFER_PROOF'));
      await checkPage('notice of removed answers');
      await w.continue();
      await w.expectPage('apply.cardholder.title');
      await w.continue();
      await w.expectNeeds([...CARDHOLDER, 'TRANSFER_PROOF']);
    },
  );

  test(
    'OTHER: a written explanation is required, and dropped when the reason changes',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.reason('OTHER');
      await expect(page.getByRole('link', { name: m('error.explanation.required') })).toBeVisible();
      await page.getByLabel(m('apply.reason.explanation')).fill('原卡芯片损坏，单位要求先注销。');
      await w.continue();
      await w.cardholder({ idNumber: adultId() });
      // Guide §II.3: the explanation is the evidence; no proof document is asked.
      await w.expectNeeds(CARDHOLDER);
      await page.goto('/apply/reason');
      await w.reason('RELOCATION');
      await w.expectPage('apply.cardholder.title');
      await expect(page.getByTestId('removed-notice')).toContainText(
        m('wizard.removed.answer.explanation'),
      );
    },
  );
});

test.describe('eligibility: one journey per kind of filer', () => {
  test(
    'myself: a cardholder under 18 is told a guardian must file',
    { tag: placement.phones },
    async ({ page, m, language, checkPage }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.reason('SETTLED_ABROAD');
      await w.cardholder({ idNumber: childId() });
      await w.expectStop('MINOR_NEEDS_GUARDIAN', 'RULES §3.2 (practice)');
      await checkPage('stop: a guardian must file');
      await expect(
        page.getByRole('link', { name: m('wizard.stop.MINOR_NEEDS_GUARDIAN.fix') }),
      ).toHaveAttribute('href', '/apply/who');
    },
  );

  test(
    'for someone living: an entrustment cannot stand in for a guardian of a minor',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('AGENT_LIVING');
      await w.reason('RELOCATION');
      await w.cardholder({ idNumber: childId() });
      await w.expectStop('MINOR_NEEDS_GUARDIAN', 'RULES §3.2 (practice)');
    },
  );

  test(
    'after a death: a parent files for a child, with the household register',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('AFTER_DEATH');
      await w.reason('DEATH');
      await w.cardholder({ idNumber: childId() });
      await w.agent(agentId(), 'PARENT');
      await w.expectNeeds([
        'CARD_FRONT',
        'CARD_BACK',
        'HOUSEHOLD_REGISTER',
        ...AGENT_ID,
        'DEATH_PROOF',
      ]);
    },
  );

  test(
    'as a guardian: not after a death, but for a child settling abroad, and submits',
    { tag: placement.zhCnPhone },
    async ({ page, m, language }) => {
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('GUARDIAN');
      await w.reason('DEATH');
      await w.expectStop('AGENT_REQUIRED', 'Art. 26');
      await page.getByRole('link', { name: m('wizard.stop.AGENT_REQUIRED.fix') }).click();
      await w.who('GUARDIAN');
      await w.reason('SETTLED_ABROAD');
      await w.cardholder({ idNumber: childId() });
      await w.agent(agentId(), 'GUARDIAN');
      const needed = [
        'CARD_FRONT',
        'CARD_BACK',
        'HOUSEHOLD_REGISTER',
        ...AGENT_ID,
        'GUARDIANSHIP_PROOF',
        'ABROAD_PROOF',
      ];
      await w.expectNeeds(needed);
      await w.toUploads();
      await w.upload(needed);
      await w.continue();
      await w.expenses(true);
      await w.acknowledge();
      await expect(page.getByText(m('wizard.who.GUARDIAN'))).toBeVisible();
      expect(await w.submit()).not.toBe('');
    },
  );
});

test.describe('eligibility: one card, one open application', () => {
  test(
    'a second application for a card with one open goes through; only staff are told (docs/rules.md §3.6)',
    { tag: placement.phones },
    async ({ page, m, language, checkPage }) => {
      const idNumber = adultId();
      // Someone already filed for this card, and it is still open; this browser starts afresh.
      const first = await fileApplication(page, { idNumber, language });
      await page.evaluate(() => window.localStorage.clear());
      const w = new Wizard(page, m, language);
      await w.start();
      await w.who('SELF');
      await w.reason('SETTLED_ABROAD');
      // Same cardholder, card number typed differently. Nothing says another application exists
      // (it can mean a death or an emigration): the journey goes on as any other (ADR 014).
      await w.cardholder({ idNumber });
      const needed = [...CARDHOLDER, 'ABROAD_PROOF'];
      await w.expectNeeds(needed);
      await w.toUploads();
      await w.upload(needed);
      await w.continue();
      await w.expenses(true);
      await w.acknowledge();
      const second = await w.submit();
      expect(second).not.toBe('');
      await expect(page.getByText(first.reference)).toHaveCount(0);

      // The reviewer of the first sees the second beside it, with a link to it.
      await signInAsStaff(page, language, STAFF.huangpu, m);
      await page.goto(`/staff/applications/${first.id}`);
      const notice = page.getByText(m('staff.sameCard.heading'));
      await expect(notice).toBeVisible();
      await expect(page.getByRole('link', { name: second })).toBeVisible();
      await checkPage('staff: another application for the same card');
    },
  );
});
