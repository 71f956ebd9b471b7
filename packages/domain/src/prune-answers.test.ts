import { describe, expect, it } from 'vitest';
import type { DocumentKind } from './codes.ts';
import type { CasePatch } from './case-schema.ts';
import { findStopBlocker } from './eligibility.ts';
import { residentIdCheckDigit } from './id-number.ts';
import { findAcceptedDocuments, pruneInapplicableAnswers } from './prune-answers.ts';

const TODAY = '2026-11-27';
const ADULT_ID = '11010519491231002X';
const CHILD_ID = ((first17: string) => first17 + residentIdCheckDigit(first17))(
  '11010520150601001',
);
const AGENT = {
  name: '张小三',
  idType: 'RESIDENT_ID' as const,
  idNumber: '110101199003078034',
  phone: '13812345678',
  relationship: 'CHILD' as const,
};

describe('pruneInapplicableAnswers', () => {
  const rows: { name: string; given: CasePatch; removed: string[]; expected: CasePatch }[] = [
    {
      name: 'the agent section when the cardholder now files',
      given: { reason: 'RELOCATION', filer: { role: 'CARDHOLDER' }, agent: AGENT },
      removed: ['agent'],
      expected: { reason: 'RELOCATION', filer: { role: 'CARDHOLDER' } },
    },
    {
      name: 'the loss-report reference when the card is no longer lost',
      given: {
        filer: { role: 'CARDHOLDER' },
        cardholder: { cardLost: false, lossReportReference: 'GS-2026-1' },
      },
      removed: ['cardholder.lossReportReference'],
      expected: { filer: { role: 'CARDHOLDER' }, cardholder: { cardLost: false } },
    },
    {
      name: 'the loss-report reference when "lost" is unanswered',
      given: { cardholder: { lossReportReference: 'GS-2026-1' } },
      removed: ['cardholder.lossReportReference'],
      expected: { cardholder: {} },
    },
    {
      name: 'the explanation when the reason is no longer OTHER',
      given: { reason: 'SETTLED_ABROAD', explanation: '卡片损坏' },
      removed: ['explanation'],
      expected: { reason: 'SETTLED_ABROAD' },
    },
    {
      name: 'the typed birth date once the ID number carries one',
      given: {
        cardholder: { idType: 'RESIDENT_ID', idNumber: ADULT_ID, birthDate: '1950-01-01' },
      },
      removed: ['cardholder.birthDate'],
      expected: { cardholder: { idType: 'RESIDENT_ID', idNumber: ADULT_ID } },
    },
    {
      name: 'several answers at once, in the order the wizard asks',
      given: {
        reason: 'DEATH',
        explanation: 'x',
        filer: { role: 'CARDHOLDER' },
        agent: AGENT,
        cardholder: { idType: 'RESIDENT_ID', birthDate: '1950-01-01', lossReportReference: 'R' },
      },
      removed: ['explanation', 'cardholder.birthDate', 'cardholder.lossReportReference', 'agent'],
      expected: {
        reason: 'DEATH',
        filer: { role: 'CARDHOLDER' },
        cardholder: { idType: 'RESIDENT_ID' },
      },
    },
  ];

  it.each(rows)('removes $name', ({ given, removed, expected }) => {
    const result = pruneInapplicableAnswers(given);
    expect(result.removed).toEqual(removed);
    expect(result.case).toEqual(expected);
  });

  const kept: { name: string; given: CasePatch }[] = [
    { name: 'the explanation for OTHER', given: { reason: 'OTHER', explanation: '说明' } },
    { name: 'an explanation while no reason is chosen', given: { explanation: '说明' } },
    {
      name: 'the birth date of a passport holder',
      given: { cardholder: { idType: 'PASSPORT', idNumber: 'E12345678', birthDate: '1980-02-02' } },
    },
    {
      name: 'the loss-report reference of a lost card',
      given: { cardholder: { cardLost: true, lossReportReference: 'GS-2026-1' } },
    },
    { name: "an agent's details for an agent", given: { filer: { role: 'AGENT' }, agent: AGENT } },
    {
      name: "a guardian's details for a guardian",
      given: { filer: { role: 'GUARDIAN' }, agent: { ...AGENT, relationship: 'GUARDIAN' } },
    },
  ];

  it.each(kept)('keeps $name', ({ given }) => {
    const result = pruneInapplicableAnswers(given);
    expect(result.removed).toEqual([]);
    expect(result.case).toEqual(given);
  });

  it('does not change the case it is given', () => {
    const given: CasePatch = { filer: { role: 'CARDHOLDER' }, agent: AGENT };
    pruneInapplicableAnswers(given);
    expect(given.agent).toEqual(AGENT);
  });
});

describe('findAcceptedDocuments', () => {
  const adult = { name: '张三', idType: 'RESIDENT_ID' as const, idNumber: ADULT_ID };

  it('drops the entrustment and the agent ID when the cardholder files', () => {
    const accepted = findAcceptedDocuments(
      { reason: 'SETTLED_ABROAD', filer: { role: 'CARDHOLDER' }, cardholder: adult },
      TODAY,
    );
    expect(accepted).toEqual<DocumentKind[]>([
      'CARDHOLDER_ID_FRONT',
      'CARDHOLDER_ID_BACK',
      'CARD_FRONT',
      'CARD_BACK',
      'ABROAD_PROOF',
      'OTHER_SUPPORTING',
    ]);
  });

  it('replaces the entrustment by the death proof after a death, and accepts either identity', () => {
    const accepted = findAcceptedDocuments(
      { reason: 'DEATH', filer: { role: 'AGENT' }, cardholder: adult, agent: AGENT },
      TODAY,
    );
    expect(accepted).toContain('DEATH_PROOF');
    expect(accepted).toContain('HOUSEHOLD_REGISTER');
    expect(accepted).toContain('CARDHOLDER_ID_BACK');
    expect(accepted).not.toContain('ENTRUSTMENT_CERTIFICATE');
    expect(accepted).not.toContain('ABROAD_PROOF');
  });

  it('drops the card scans of a lost card and the back of a passport', () => {
    const accepted = findAcceptedDocuments(
      {
        reason: 'RELOCATION',
        filer: { role: 'CARDHOLDER' },
        cardholder: {
          idType: 'PASSPORT',
          idNumber: 'E12345678',
          birthDate: '1980-02-02',
          cardLost: true,
        },
      },
      TODAY,
    );
    expect(accepted).toEqual<DocumentKind[]>([
      'CARDHOLDER_ID_FRONT',
      'TRANSFER_PROOF',
      'OTHER_SUPPORTING',
    ]);
  });

  it('accepts the household register or the ID for a child under 16', () => {
    const accepted = findAcceptedDocuments(
      {
        reason: 'SETTLED_ABROAD',
        filer: { role: 'GUARDIAN' },
        cardholder: { idType: 'RESIDENT_ID', idNumber: CHILD_ID },
      },
      TODAY,
    );
    expect(accepted).toEqual(
      expect.arrayContaining(['HOUSEHOLD_REGISTER', 'CARDHOLDER_ID_FRONT', 'GUARDIANSHIP_PROOF']),
    );
  });

  it('keeps what depends on an answer not given yet', () => {
    const accepted = findAcceptedDocuments({}, TODAY);
    expect(accepted).toEqual(
      expect.arrayContaining([
        'HOUSEHOLD_REGISTER',
        'ENTRUSTMENT_CERTIFICATE',
        'GUARDIANSHIP_PROOF',
        'DEATH_PROOF',
        'TRANSFER_PROOF',
      ]),
    );
  });
});

describe('findStopBlocker: expenses answered "no" (Guide §I, §III.1)', () => {
  const base: CasePatch = {
    reason: 'RELOCATION',
    filer: { role: 'CARDHOLDER' },
    cardholder: adultOnly(),
  };
  function adultOnly() {
    return { name: '张三', idType: 'RESIDENT_ID' as const, idNumber: ADULT_ID };
  }

  it('stops on an explicit "no"', () => {
    const stop = findStopBlocker(
      { ...base, declarations: { expensesSettled: false } },
      { today: TODAY },
    );
    expect(stop).toMatchObject({ code: 'EXPENSES_NOT_SETTLED', rule: 'Guide §III.1' });
  });

  it('does not stop while the question is unanswered, nor on "yes"', () => {
    expect(findStopBlocker(base, { today: TODAY })).toBeUndefined();
    expect(
      findStopBlocker({ ...base, declarations: { expensesSettled: true } }, { today: TODAY }),
    ).toBeUndefined();
  });

  it('puts who may file before the expenses', () => {
    const stop = findStopBlocker(
      { ...base, reason: 'DEATH', declarations: { expensesSettled: false } },
      { today: TODAY },
    );
    expect(stop?.code).toBe('AGENT_REQUIRED');
  });
});
