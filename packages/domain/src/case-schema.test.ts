import { describe, expect, it } from 'vitest';
import {
  SCHEMA_MESSAGE_KEYS,
  agentStepSchema,
  caseMergePatchSchema,
  declarationsStepSchema,
  makeAgentStepSchema,
  makeCardholderStepSchema,
  makeCasePatchSchema,
  makeCaseSchema,
  reasonStepSchema,
} from './case-schema.ts';
import { residentIdCheckDigit } from './id-number.ts';

const TODAY = '2026-11-27';
const caseSchema = makeCaseSchema(TODAY);

const HOLDER_ID = '11010519491231002X';
const AGENT_ID = `11010119900307803${residentIdCheckDigit('11010119900307803')}`;

/** The issues of a failed parse as `path → message`. */
function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('makeCaseSchema', () => {
  it('accepts the docs/api.md example and normalises what was typed', () => {
    const result = caseSchema.parse({
      reason: 'SETTLED_ABROAD',
      filer: { role: 'AGENT' },
      cardholder: {
        name: '  张三 ',
        idType: 'RESIDENT_ID',
        idNumber: '110105 19491231 002x',
        cardLost: false,
      },
      agent: {
        name: '张小三',
        idType: 'RESIDENT_ID',
        idNumber: AGENT_ID,
        phone: '138 1234 5678',
        relationship: 'CHILD',
      },
      declarations: { expensesSettled: true, consequencesAcknowledged: true },
      documents: ['CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK', 'CARD_FRONT', 'CARD_BACK'],
      serviceCentre: '东城区社保卡服务网点',
    });
    expect(result.cardholder?.name).toBe('张三');
    expect(result.cardholder?.idNumber).toBe(HOLDER_ID);
    expect(result.agent?.phone).toBe('13812345678');
  });

  it('needs only reason and filer', () => {
    expect(caseSchema.safeParse({ reason: 'OTHER', filer: { role: 'CARDHOLDER' } }).success).toBe(
      true,
    );
    expect(issuesOf(caseSchema.safeParse({ filer: { role: 'CARDHOLDER' } }))).toEqual({
      reason: 'error.reason.required',
    });
  });

  it.each([
    ['an unknown reason', { reason: 'BORED' }, 'reason', 'error.reason.invalid'],
    ['an unknown role', { filer: { role: 'FRIEND' } }, 'filer.role', 'error.filerRole.invalid'],
    [
      'an unknown document kind',
      { documents: ['SELFIE'] },
      'documents.0',
      'error.documentKind.invalid',
    ],
    ['an unknown top-level key', { nickname: 'x' }, '', 'error.field.unknown'],
    [
      'an unknown cardholder key',
      { cardholder: { email: 'a@b.c' } },
      'cardholder',
      'error.field.unknown',
    ],
    [
      'a wrong check digit',
      { cardholder: { idType: 'RESIDENT_ID', idNumber: '110105194912310021' } },
      'cardholder.idNumber',
      'error.idNumber.checkDigit',
    ],
    [
      'a number without its type',
      { cardholder: { idNumber: HOLDER_ID } },
      'cardholder.idType',
      'error.idType.required',
    ],
    [
      '30 February typed as birth date',
      { cardholder: { birthDate: '1990-02-30' } },
      'cardholder.birthDate',
      'error.birthDate.invalid',
    ],
    [
      'a birth date tomorrow',
      { cardholder: { idType: 'PASSPORT', idNumber: 'E12345678', birthDate: '2026-11-28' } },
      'cardholder.birthDate',
      'error.birthDate.future',
    ],
    [
      'a birth date contradicting the ID',
      { cardholder: { idType: 'RESIDENT_ID', idNumber: HOLDER_ID, birthDate: '1949-12-30' } },
      'cardholder.birthDate',
      'error.birthDate.mismatch',
    ],
    [
      'a 61-character name',
      { cardholder: { name: '张'.repeat(61) } },
      'cardholder.name',
      'error.name.tooLong',
    ],
    ['a blank name', { cardholder: { name: '   ' } }, 'cardholder.name', 'error.name.required'],
    ['a landline phone', { agent: { phone: '010-12345678' } }, 'agent.phone', 'error.phone.format'],
    [
      'a 41-character loss reference',
      { cardholder: { lossReportReference: 'A'.repeat(41) } },
      'cardholder.lossReportReference',
      'error.lossReportReference.tooLong',
    ],
    [
      'a 2001-character explanation',
      { explanation: '因'.repeat(2001) },
      'explanation',
      'error.explanation.tooLong',
    ],
    [
      'the agent being the cardholder',
      {
        cardholder: { idType: 'RESIDENT_ID', idNumber: HOLDER_ID },
        agent: { idType: 'RESIDENT_ID', idNumber: HOLDER_ID.toLowerCase() },
      },
      'agent.idNumber',
      'error.agent.sameAsCardholder',
    ],
    [
      'a bad agent ID',
      { agent: { idType: 'HMT_TRAVEL_PERMIT', idNumber: 'C12345678' } },
      'agent.idNumber',
      'error.idNumber.prefix',
    ],
    [
      'a 41-character service centre',
      { serviceCentre: '站'.repeat(41) },
      'serviceCentre',
      'error.serviceCentre.tooLong',
    ],
    [
      'a string for cardLost',
      { cardholder: { cardLost: 'no' } },
      'cardholder.cardLost',
      'error.boolean.invalid',
    ],
  ])('reports %s at its path with an i18n key', (_label, part, path, message) => {
    const result = caseSchema.safeParse({ reason: 'OTHER', filer: { role: 'AGENT' }, ...part });
    expect(result.success).toBe(false);
    expect(issuesOf(result)[path]).toBe(message);
  });

  it('accepts an international phone number', () => {
    const result = caseSchema.safeParse({
      reason: 'SETTLED_ABROAD',
      filer: { role: 'AGENT' },
      agent: { phone: '+852 9123 4567' },
    });
    expect(result.success).toBe(true);
  });

  it('judges ID birth dates against the day it was built for', () => {
    const bornToday = `11010120261127001${residentIdCheckDigit('11010120261127001')}`;
    const input = {
      reason: 'OTHER',
      filer: { role: 'GUARDIAN' },
      cardholder: { idType: 'RESIDENT_ID', idNumber: bornToday },
    };
    expect(makeCaseSchema('2026-11-26').safeParse(input).success).toBe(false);
    expect(makeCaseSchema('2026-11-27').safeParse(input).success).toBe(true);
  });
});

describe('makeCasePatchSchema', () => {
  const patchSchema = makeCasePatchSchema(TODAY);

  it('accepts any part of a case, nested parts partial', () => {
    expect(patchSchema.safeParse({}).success).toBe(true);
    expect(patchSchema.safeParse({ cardholder: { name: '李四' } }).success).toBe(true);
    expect(patchSchema.safeParse({ declarations: { expensesSettled: true } }).success).toBe(true);
  });

  it('still rejects unknown keys and bad ID numbers', () => {
    expect(issuesOf(patchSchema.safeParse({ status: 'APPROVED' }))['']).toBe('error.field.unknown');
    expect(
      issuesOf(
        patchSchema.safeParse({
          cardholder: { idType: 'RESIDENT_ID', idNumber: '110105194912310021' },
        }),
      )['cardholder.idNumber'],
    ).toBe('error.idNumber.checkDigit');
  });
});

describe('caseMergePatchSchema', () => {
  it.each([
    ['nothing', {}],
    ['a field', { cardholder: { name: '李四' } }],
    ['null for an answer', { cardholder: { birthDate: null }, explanation: null }],
    ['null for a whole section', { agent: null, declarations: null }],
    ['the reason and the filer changed', { reason: 'DEATH', filer: { role: 'AGENT' } }],
    ['a list of documents, which the service ignores', { documents: ['CARDHOLDER_ID_FRONT'] }],
  ])('takes %s', (_what, patch) => {
    expect(caseMergePatchSchema.safeParse(patch).success).toBe(true);
  });

  it.each([
    ['a field of the wrong type', { cardholder: { cardLost: 'yes' } }, 'cardholder.cardLost'],
    ['a field no section has', { cardholder: { shoeSize: 42 } }, 'cardholder'],
    ['a key no case has', { status: 'APPROVED' }, ''],
    ['a reason no rule names', { reason: 'BORED' }, 'reason'],
    ['a filer without a role', { filer: {} }, 'filer.role'],
  ])('refuses %s, naming where', (_what, patch, path) => {
    expect(Object.keys(issuesOf(caseMergePatchSchema.safeParse(patch)))).toEqual([path]);
  });
});

describe('step schemas', () => {
  it('reason: requires an explanation only for OTHER', () => {
    expect(reasonStepSchema.safeParse({ reason: 'RELOCATION' }).success).toBe(true);
    expect(issuesOf(reasonStepSchema.safeParse({ reason: 'OTHER', explanation: '  ' }))).toEqual({
      explanation: 'error.explanation.required',
    });
    expect(
      reasonStepSchema.safeParse({ reason: 'OTHER', explanation: '卡片损坏，已在外地重新办卡' })
        .success,
    ).toBe(true);
  });

  const cardholderStep = makeCardholderStepSchema(TODAY);

  it('cardholder: asks the birth date when the ID does not carry it', () => {
    const passportHolder = {
      name: 'John Smith',
      idType: 'PASSPORT',
      idNumber: 'E12345678',
      cardLost: false,
    };
    expect(issuesOf(cardholderStep.safeParse(passportHolder))).toEqual({
      birthDate: 'error.birthDate.required',
    });
    expect(cardholderStep.safeParse({ ...passportHolder, birthDate: '1980-05-01' }).success).toBe(
      true,
    );
  });

  it('cardholder: asks the loss-report reference when the card is lost', () => {
    const holder = { name: '张三', idType: 'RESIDENT_ID', idNumber: HOLDER_ID, cardLost: true };
    expect(issuesOf(cardholderStep.safeParse(holder))).toEqual({
      lossReportReference: 'error.lossReportReference.required',
    });
    expect(
      cardholderStep.safeParse({ ...holder, lossReportReference: 'GS2026112700017' }).success,
    ).toBe(true);
  });

  it('cardholder: reports missing fields with their own keys', () => {
    expect(issuesOf(cardholderStep.safeParse({}))).toEqual({
      name: 'error.name.required',
      idType: 'error.idType.required',
      idNumber: 'error.idNumber.required',
      cardLost: 'error.cardLost.required',
    });
  });

  it('agent: every field is required and the ID is checked', () => {
    expect(issuesOf(agentStepSchema.safeParse({}))).toEqual({
      name: 'error.name.required',
      idType: 'error.idType.required',
      idNumber: 'error.idNumber.required',
      phone: 'error.phone.required',
      relationship: 'error.relationship.required',
    });
    const agent = {
      name: '张小三',
      idType: 'RESIDENT_ID',
      idNumber: AGENT_ID,
      phone: '13812345678',
      relationship: 'CHILD',
    };
    expect(makeAgentStepSchema(TODAY).safeParse(agent).success).toBe(true);
    expect(
      issuesOf(
        makeAgentStepSchema(TODAY).safeParse({ ...agent, idNumber: HOLDER_ID.slice(0, 17) }),
      ),
    ).toEqual({
      idNumber: 'error.idNumber.format',
    });
  });

  it('declarations: both boxes must be ticked', () => {
    expect(
      declarationsStepSchema.safeParse({ expensesSettled: true, consequencesAcknowledged: true })
        .success,
    ).toBe(true);
    expect(issuesOf(declarationsStepSchema.safeParse({ expensesSettled: false }))).toEqual({
      expensesSettled: 'error.declarations.expensesSettled',
      consequencesAcknowledged: 'error.declarations.consequencesAcknowledged',
    });
  });
});

describe('SCHEMA_MESSAGE_KEYS', () => {
  it('lists every message the schemas produced above', () => {
    const samples = [
      caseSchema.safeParse({
        reason: 1,
        filer: null,
        cardholder: { name: 5, idType: 'X', idNumber: 5 },
      }),
      caseSchema.safeParse({
        reason: 'OTHER',
        filer: { role: 'AGENT' },
        agent: { relationship: 'FRIEND', phone: 5 },
      }),
      caseSchema.safeParse({
        reason: 'OTHER',
        filer: { role: 'AGENT' },
        cardholder: { cardNumber: '!!' },
      }),
      caseSchema.safeParse({
        reason: 'OTHER',
        filer: { role: 'AGENT' },
        documents: Array(65).fill('CARD_FRONT'),
      }),
      caseSchema.safeParse({ reason: 'OTHER', filer: { role: 'AGENT' }, serviceCentre: '' }),
    ];
    const keys: readonly string[] = SCHEMA_MESSAGE_KEYS;
    for (const result of samples) {
      expect(result.success).toBe(false);
      for (const issue of result.error?.issues ?? []) expect(keys).toContain(issue.message);
    }
  });
});
