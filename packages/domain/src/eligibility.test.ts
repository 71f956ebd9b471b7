import { describe, expect, it } from 'vitest';
import { FILER_ROLES, REASONS } from './codes.ts';
import type { DocumentKind, FilerRole, Reason } from './codes.ts';
import type { EligibilityCase } from './eligibility.ts';
import {
  RULE_SET_VERSION,
  checkEligibility,
  findStopBlocker,
  needsHrssClosure,
  requiredDocuments,
} from './eligibility.ts';
import { residentIdCheckDigit } from './id-number.ts';

const TODAY = '2026-11-27';

function residentId(first17: string): string {
  return first17 + residentIdCheckDigit(first17);
}

const ADULT_ID = '11010519491231002X';
const AGENT_ID = residentId('11010119900307803');

const CARDHOLDER_DOCS: DocumentKind[] = [
  'CARDHOLDER_ID_FRONT',
  'CARDHOLDER_ID_BACK',
  'CARD_FRONT',
  'CARD_BACK',
];
const AGENT_ID_DOCS: DocumentKind[] = ['AGENT_ID_FRONT', 'AGENT_ID_BACK'];

const REASON_PROOFS: Record<Reason, DocumentKind[]> = {
  DEATH: ['DEATH_PROOF'],
  DISAPPEARANCE: ['DISAPPEARANCE_PROOF'],
  SETTLED_ABROAD: ['ABROAD_PROOF'],
  LOSS_OF_NATIONALITY: ['NATIONALITY_PROOF'],
  LONG_TERM_ABROAD: ['ABROAD_PROOF'],
  LEFT_MAINLAND: ['DEPARTURE_PROOF'],
  RELOCATION: ['TRANSFER_PROOF'],
  OTHER: [],
};

/** A case with every detail filled in and every listed document uploaded. */
function makeCompleteCase(
  reason: Reason,
  role: FilerRole,
  documents: DocumentKind[],
): EligibilityCase {
  return {
    reason,
    ...(reason === 'OTHER' ? { explanation: '原单位办理的卡已损坏，现已在新单位重新办卡。' } : {}),
    filer: { role },
    cardholder: { name: '张三', idType: 'RESIDENT_ID', idNumber: ADULT_ID, cardLost: false },
    ...(role === 'CARDHOLDER'
      ? {}
      : {
          agent: {
            name: '张小三',
            idType: 'RESIDENT_ID' as const,
            idNumber: AGENT_ID,
            phone: '13812345678',
            relationship: role === 'GUARDIAN' ? ('GUARDIAN' as const) : ('CHILD' as const),
          },
        }),
    declarations: { expensesSettled: true, consequencesAcknowledged: true },
    serviceCentre: '东城区社保卡服务网点',
    documents,
  };
}

function codesOf(c: EligibilityCase, openApplicationForCard = false): string[] {
  return checkEligibility(c, { today: TODAY, openApplicationForCard }).blockers.map((b) => b.code);
}

describe('checkEligibility: every reason × filer role (adult cardholder)', () => {
  const rows = REASONS.flatMap((reason) =>
    FILER_ROLES.map((role) => {
      const unableToAct = reason === 'DEATH' || reason === 'DISAPPEARANCE';
      const roleDocs: DocumentKind[] =
        role === 'CARDHOLDER'
          ? []
          : role === 'GUARDIAN'
            ? [...AGENT_ID_DOCS, 'GUARDIANSHIP_PROOF']
            : unableToAct
              ? AGENT_ID_DOCS
              : [...AGENT_ID_DOCS, 'ENTRUSTMENT_CERTIFICATE'];
      // Art. 26/27: after a death or disappearance only an agent (a relative) files.
      const expectedBlockers = unableToAct && role !== 'AGENT' ? ['AGENT_REQUIRED'] : [];
      return {
        reason,
        role,
        required: [...CARDHOLDER_DOCS, ...roleDocs, ...REASON_PROOFS[reason]],
        expectedBlockers,
      };
    }),
  );

  it.each(rows)('$reason filed by $role', ({ reason, role, required, expectedBlockers }) => {
    const complete = makeCompleteCase(reason, role, required);
    const result = checkEligibility(complete, { today: TODAY });
    expect(new Set(result.requiredDocuments)).toEqual(new Set(required));
    expect(result.missingDocuments).toEqual([]);
    expect(result.blockers.map((b) => b.code)).toEqual(expectedBlockers);
    expect(result.eligible).toBe(expectedBlockers.length === 0);
    expect(result.ruleSetVersion).toBe(RULE_SET_VERSION);

    // Take away one required document: it is reported missing and blocks submission.
    const withoutLast = makeCompleteCase(reason, role, required.slice(0, -1));
    const partial = checkEligibility(withoutLast, { today: TODAY });
    expect(partial.eligible).toBe(false);
    expect(partial.missingDocuments).toEqual(required.slice(-1));
    expect(partial.blockers.map((b) => b.code)).toContain('DOCUMENTS_MISSING');
  });
});

describe('checkEligibility: details', () => {
  it('lists everything still to do for a case with only reason and filer', () => {
    const result = checkEligibility(
      { reason: 'SETTLED_ABROAD', filer: { role: 'AGENT' } },
      { today: TODAY },
    );
    expect(result.eligible).toBe(false);
    expect(result.blockers.map((b) => b.code)).toEqual([
      'CARDHOLDER_DETAILS_REQUIRED',
      'AGENT_DETAILS_REQUIRED',
      'EXPENSES_NOT_SETTLED',
      'CONSEQUENCES_NOT_ACKNOWLEDGED',
      'SERVICE_CENTRE_REQUIRED',
      'DOCUMENTS_MISSING',
    ]);
    expect(result.missingDocuments).toEqual(result.requiredDocuments);
  });

  it('reports a draft without reason or filer', () => {
    expect(codesOf({}).slice(0, 2)).toEqual(['REASON_REQUIRED', 'FILER_REQUIRED']);
  });

  it('cites the source of each rule', () => {
    const result = checkEligibility(
      { reason: 'DEATH', filer: { role: 'CARDHOLDER' }, explanation: '' },
      { today: TODAY, openApplicationForCard: true },
    );
    const rules = Object.fromEntries(result.blockers.map((b) => [b.code, b.rule]));
    expect(rules).toMatchObject({
      AGENT_REQUIRED: 'Art. 26',
      OPEN_APPLICATION_EXISTS: 'RULES §3.6 (practice)',
      EXPENSES_NOT_SETTLED: 'Guide §III.1',
      CONSEQUENCES_NOT_ACKNOWLEDGED: 'Guide §III.2',
      SERVICE_CENTRE_REQUIRED: 'Guide §II.2',
    });
    for (const b of result.blockers) expect(b.messageKey).toBe(`blocker.${b.code}`);
  });

  it('requires a written explanation for OTHER, and no proof document', () => {
    const docs = [...CARDHOLDER_DOCS];
    const c = makeCompleteCase('OTHER', 'CARDHOLDER', docs);
    expect(codesOf({ ...c, explanation: '   ' })).toEqual(['EXPLANATION_REQUIRED']);
    expect(requiredDocuments(c, TODAY)).not.toContain('OTHER_SUPPORTING');
  });

  it('replaces the card scans by the loss-report reference when the card is lost', () => {
    const c = makeCompleteCase('RELOCATION', 'CARDHOLDER', [
      'CARDHOLDER_ID_FRONT',
      'CARDHOLDER_ID_BACK',
      'TRANSFER_PROOF',
    ]);
    const lost = { ...c, cardholder: { ...c.cardholder, cardLost: true } };
    expect(codesOf(lost)).toEqual(['LOSS_REPORT_REQUIRED']);
    const reported = {
      ...c,
      cardholder: { ...c.cardholder, cardLost: true, lossReportReference: 'GS2026112700017' },
    };
    expect(checkEligibility(reported, { today: TODAY }).eligible).toBe(true);
    expect(requiredDocuments(reported, TODAY)).not.toContain('CARD_FRONT');
  });

  it('needs both declarations, also when relatives file after a death', () => {
    const c = makeCompleteCase('DEATH', 'AGENT', [
      ...CARDHOLDER_DOCS,
      ...AGENT_ID_DOCS,
      'DEATH_PROOF',
    ]);
    expect(codesOf({ ...c, declarations: { expensesSettled: true } })).toEqual([
      'CONSEQUENCES_NOT_ACKNOWLEDGED',
    ]);
    expect(
      codesOf({ ...c, declarations: { consequencesAcknowledged: true, expensesSettled: false } }),
    ).toEqual(['EXPENSES_NOT_SETTLED']);
  });

  it('accepts the household register when the deceased cardholder ID is not available', () => {
    const docs: DocumentKind[] = [
      'HOUSEHOLD_REGISTER',
      'CARD_FRONT',
      'CARD_BACK',
      ...AGENT_ID_DOCS,
      'DEATH_PROOF',
    ];
    const result = checkEligibility(makeCompleteCase('DEATH', 'AGENT', docs), { today: TODAY });
    expect(result.eligible).toBe(true);
    expect(result.requiredDocuments).toContain('HOUSEHOLD_REGISTER');
    expect(result.requiredDocuments).not.toContain('CARDHOLDER_ID_FRONT');
    // Without either, the ID is asked for first.
    const none = checkEligibility(makeCompleteCase('DEATH', 'AGENT', []), { today: TODAY });
    expect(none.missingDocuments).toContain('CARDHOLDER_ID_FRONT');
    expect(none.missingDocuments).not.toContain('HOUSEHOLD_REGISTER');
  });

  it('holds back an open second application for the same card, but never as a stop page', () => {
    const c = makeCompleteCase('RELOCATION', 'CARDHOLDER', [...CARDHOLDER_DOCS, 'TRANSFER_PROOF']);
    expect(codesOf(c, true)).toEqual(['OPEN_APPLICATION_EXISTS']);
    // The applicant's screens never learn of it (ADR 014): no stop, whatever the lookup said.
    expect(findStopBlocker(c, { today: TODAY, openApplicationForCard: true })).toBeUndefined();
  });

  it('treats an invalid cardholder ID as details still required', () => {
    const c = makeCompleteCase('RELOCATION', 'CARDHOLDER', [...CARDHOLDER_DOCS, 'TRANSFER_PROOF']);
    const wrong = { ...c, cardholder: { ...c.cardholder, idNumber: '110105194912310021' } };
    const result = checkEligibility(wrong, { today: TODAY });
    expect(result.blockers).toEqual([
      {
        code: 'CARDHOLDER_DETAILS_REQUIRED',
        rule: 'Art. 27',
        messageKey: 'blocker.CARDHOLDER_DETAILS_REQUIRED',
        path: 'cardholder.idNumber',
      },
    ]);
  });
});

describe('checkEligibility: minors and guardians (docs/rules.md §3.2, practice)', () => {
  const age17 = residentId('11010120090101001'); // 17 on 2026-11-27
  const age15 = residentId('11010120110601001'); // 15
  const turns18Today = residentId('11010120081127001');

  function withHolderId(c: EligibilityCase, idNumber: string): EligibilityCase {
    return { ...c, cardholder: { ...c.cardholder, idNumber } };
  }

  it.each([
    ['CARDHOLDER', ['MINOR_NEEDS_GUARDIAN']],
    ['AGENT', ['MINOR_NEEDS_GUARDIAN']],
    ['GUARDIAN', []],
  ] as const)('a 17-year-old settling abroad, filed by %s', (role, expected) => {
    const required = requiredDocuments(makeCompleteCase('SETTLED_ABROAD', role, []), TODAY);
    const c = withHolderId(makeCompleteCase('SETTLED_ABROAD', role, required), age17);
    expect(codesOf(c)).toEqual(expected);
    if (expected.length > 0) {
      expect(findStopBlocker(c, { today: TODAY })?.code).toBe('MINOR_NEEDS_GUARDIAN');
    }
  });

  it('lets a cardholder who turns 18 today file alone', () => {
    const c = withHolderId(
      makeCompleteCase('RELOCATION', 'CARDHOLDER', [...CARDHOLDER_DOCS, 'TRANSFER_PROOF']),
      turns18Today,
    );
    expect(codesOf(c)).toEqual([]);
  });

  it('takes the household register for a cardholder under 16, or the ID if uploaded', () => {
    const base = withHolderId(makeCompleteCase('SETTLED_ABROAD', 'GUARDIAN', []), age15);
    expect(requiredDocuments(base, TODAY)).toEqual([
      'CARD_FRONT',
      'CARD_BACK',
      'HOUSEHOLD_REGISTER',
      'AGENT_ID_FRONT',
      'AGENT_ID_BACK',
      'GUARDIANSHIP_PROOF',
      'ABROAD_PROOF',
    ]);
    const withIdCard = {
      ...base,
      documents: ['CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK'] as DocumentKind[],
    };
    expect(requiredDocuments(withIdCard, TODAY)).toContain('CARDHOLDER_ID_FRONT');
    expect(requiredDocuments(withIdCard, TODAY)).not.toContain('HOUSEHOLD_REGISTER');
  });

  it('lets a parent file as agent after the death of a minor', () => {
    const docs = [...CARDHOLDER_DOCS, ...AGENT_ID_DOCS, 'DEATH_PROOF'] as DocumentKind[];
    const c = withHolderId(makeCompleteCase('DEATH', 'AGENT', docs), age17);
    expect(codesOf(c)).toEqual([]);
  });

  it('lets a guardian file for an adult under guardianship', () => {
    const c = makeCompleteCase('LONG_TERM_ABROAD', 'GUARDIAN', [
      ...CARDHOLDER_DOCS,
      ...AGENT_ID_DOCS,
      'GUARDIANSHIP_PROOF',
      'ABROAD_PROOF',
    ]);
    expect(checkEligibility(c, { today: TODAY }).eligible).toBe(true);
  });

  it('asks the birth date of a passport holder, and uses it', () => {
    const c = makeCompleteCase('LEFT_MAINLAND', 'CARDHOLDER', [
      'CARDHOLDER_ID_FRONT',
      'CARD_FRONT',
      'CARD_BACK',
      'DEPARTURE_PROOF',
    ]);
    const passport = {
      ...c,
      cardholder: { name: 'John Smith', idType: 'PASSPORT' as const, idNumber: 'E12345678' },
    };
    expect(codesOf(passport)).toEqual(['BIRTH_DATE_REQUIRED']);
    // A passport has one page to scan: no back side is asked for.
    expect(requiredDocuments(passport, TODAY)).not.toContain('CARDHOLDER_ID_BACK');
    expect(
      codesOf({ ...passport, cardholder: { ...passport.cardholder, birthDate: '1980-05-01' } }),
    ).toEqual([]);
    expect(
      codesOf({ ...passport, cardholder: { ...passport.cardholder, birthDate: '2012-05-01' } }),
    ).toEqual(['MINOR_NEEDS_GUARDIAN']);
  });
});

describe('needsHrssClosure (Art. 26)', () => {
  it.each(REASONS.map((r) => [r, r === 'DEATH' || r === 'DISAPPEARANCE'] as const))(
    '%s → %s',
    (reason, expected) => {
      expect(needsHrssClosure(reason)).toBe(expected);
    },
  );
});

describe('checkEligibility: edges of the people and the visit', () => {
  const complete = (role: FilerRole = 'AGENT') =>
    makeCompleteCase(
      'SETTLED_ABROAD',
      role,
      requiredDocuments(makeCompleteCase('SETTLED_ABROAD', role, []), TODAY),
    );
  const withAgent = (agent: Partial<NonNullable<EligibilityCase['agent']>> | undefined) => {
    const c = complete();
    return { ...c, agent: { ...c.agent, ...agent } };
  };
  const blockersOf = (c: EligibilityCase) =>
    checkEligibility(c, { today: TODAY }).blockers.map((b) => ({ code: b.code, path: b.path }));

  it('the complete agent case is eligible (the rows below each break one thing)', () => {
    expect(blockersOf(complete())).toEqual([]);
  });

  it.each([
    ['no phone', withAgent({ phone: undefined })],
    ['a whitespace-only phone', withAgent({ phone: '   ' })],
    ['no relationship', withAgent({ relationship: undefined })],
    [
      'an agent ID with a wrong check digit',
      withAgent({ idNumber: `${AGENT_ID.slice(0, 17)}${AGENT_ID.endsWith('0') ? '1' : '0'}` }),
    ],
    ['an agent ID of the wrong shape', withAgent({ idNumber: '1234' })],
    ['no agent ID type', withAgent({ idType: undefined })],
    ['no agent name', withAgent({ name: ' ' })],
  ])('an agent with %s: agent details still required (Art. 27)', (_what, c) => {
    expect(blockersOf(c)).toEqual([{ code: 'AGENT_DETAILS_REQUIRED', path: 'agent' }]);
  });

  it('a cardholder without an ID type is asked for it, by field', () => {
    const c = complete('CARDHOLDER');
    const { idType: _idType, ...holder } = c.cardholder ?? {};
    expect(blockersOf({ ...c, cardholder: holder })).toEqual([
      { code: 'CARDHOLDER_DETAILS_REQUIRED', path: 'cardholder.idType' },
    ]);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \t '],
    ['missing', undefined],
  ])('a service centre that is %s is still to choose (Guide §II.2)', (_what, serviceCentre) => {
    expect(blockersOf({ ...complete('CARDHOLDER'), serviceCentre })).toEqual([
      { code: 'SERVICE_CENTRE_REQUIRED', path: 'serviceCentre' },
    ]);
  });
});

describe('the 16th birthday (docs/rules.md §3.2, practice), with the day injected', () => {
  // Born 2010-06-15: 16 on 2026-06-15.
  const sixteenOn = '2026-06-15';
  const holderId = residentId('11010120100615003');
  const guardianCase = (documents: DocumentKind[]): EligibilityCase => ({
    ...makeCompleteCase('SETTLED_ABROAD', 'GUARDIAN', documents),
    cardholder: { name: '张小小', idType: 'RESIDENT_ID', idNumber: holderId, cardLost: false },
  });

  it.each([
    ['the day before', '2026-06-14', 'HOUSEHOLD_REGISTER', 'CARDHOLDER_ID_FRONT'],
    ['on the day', sixteenOn, 'CARDHOLDER_ID_FRONT', 'HOUSEHOLD_REGISTER'],
    ['the day after', '2026-06-16', 'CARDHOLDER_ID_FRONT', 'HOUSEHOLD_REGISTER'],
  ] as const)('%s the identity document is %s, not %s', (_when, today, needed, notNeeded) => {
    const required = requiredDocuments(guardianCase([]), today);
    expect(required).toContain(needed);
    expect(required).not.toContain(notNeeded);
    // and with exactly those documents the guardian's case is eligible that day
    expect(checkEligibility(guardianCase(required), { today }).blockers.map((b) => b.code)).toEqual(
      [],
    );
  });

  it('still a minor at 16: a cardholder filing alone is stopped on either side of the birthday', () => {
    for (const today of ['2026-06-14', sixteenOn]) {
      const c = { ...guardianCase([]), filer: { role: 'CARDHOLDER' as const } };
      expect(findStopBlocker(c, { today })?.code, today).toBe('MINOR_NEEDS_GUARDIAN');
    }
  });
});
