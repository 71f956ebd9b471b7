import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages-en.ts';
import { messagesZhCn } from './messages-zh-cn.ts';
import {
  approvalReadiness,
  rejectionDecisionSchema,
  STAFF_NOTE_MAX_LENGTH,
  staffNoteSchema,
  type ApprovalFacts,
} from './staff-decisions.ts';

const ready: ApprovalFacts = {
  reason: 'SETTLED_ABROAD',
  documents: [{ accepted: true }, { accepted: true }],
  expensesSettled: true,
  hrssClosed: false,
  eligible: true,
};

const failing = (facts: ApprovalFacts) =>
  approvalReadiness(facts)
    .filter((c) => !c.ok)
    .map((c) => c.check);

describe('approvalReadiness (Guide §II.4–5, §III.1, Art. 26)', () => {
  it.each([
    ['everything done, settled abroad', ready, []],
    [
      'a scan not accepted',
      { ...ready, documents: [{ accepted: true }, { accepted: false }] },
      ['documents'],
    ],
    ['no scan at all', { ...ready, documents: [] }, ['documents']],
    ['expenses not confirmed', { ...ready, expensesSettled: false }, ['expenses']],
    ['a death, HRSS still open', { ...ready, reason: 'DEATH' as const }, ['hrss']],
    [
      'a disappearance, HRSS closed',
      { ...ready, reason: 'DISAPPEARANCE' as const, hrssClosed: true },
      [],
    ],
    ['the rules not met', { ...ready, eligible: false }, ['eligibility']],
    [
      'nothing done, after a death',
      {
        reason: 'DEATH' as const,
        documents: [],
        expensesSettled: false,
        hrssClosed: false,
        eligible: false,
      },
      ['documents', 'expenses', 'hrss', 'eligibility'],
    ],
  ] as const)('%s', (_label, facts, expected) => {
    expect(failing(facts)).toEqual(expected);
  });

  it('asks about the HRSS closure only where Art. 26 does', () => {
    expect(approvalReadiness(ready).map((c) => c.check)).toEqual([
      'documents',
      'expenses',
      'eligibility',
    ]);
    expect(approvalReadiness({ ...ready, reason: 'DEATH' }).map((c) => c.check)).toContain('hrss');
  });
});

describe('the decisions’ notes', () => {
  it('take up to the one limit, and say so past it in both languages', () => {
    expect(staffNoteSchema.safeParse('备'.repeat(STAFF_NOTE_MAX_LENGTH)).success).toBe(true);
    const long = staffNoteSchema.safeParse('备'.repeat(STAFF_NOTE_MAX_LENGTH + 1));
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('error.staffNote.tooLong');
    expect(messagesEn['error.staffNote.tooLong']).toContain(String(STAFF_NOTE_MAX_LENGTH));
    expect(messagesZhCn['error.staffNote.tooLong']).toContain(String(STAFF_NOTE_MAX_LENGTH));
  });

  it.each([
    [{ reason: 'OTHER' }, ['note error.rejectionNote.required']],
    [{ reason: 'OTHER', note: '   ' }, ['note error.rejectionNote.required']],
    [{ reason: 'OTHER', note: '申请人已另行办理' }, []],
    [{ reason: 'CONDITIONS_NOT_MET' }, []],
  ])('a refusal %j needs a note only for OTHER', (body, errors) => {
    const result = rejectionDecisionSchema.safeParse(body);
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`),
    ).toEqual(errors);
  });
});
