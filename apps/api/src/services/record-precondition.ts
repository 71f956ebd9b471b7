import { needsHrssClosure } from '@ssc/domain/eligibility';
import type { AuditAction, ApplicationStatus, Reason } from '@ssc/domain/codes';
import type { HistoryFact } from '@ssc/domain/history-facts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { commitDecision, fieldProblem, pathTo, wrongStatus } from './staff-access.ts';
import { auditNote, eventNote, loadForReview, type DecisionInput } from './staff-decision.ts';

/**
 * The two things approval waits for besides the scans, recorded the same way: met, and the
 * examination goes on; not met, and the application waits in a status of its own, with a note.
 */
const PRECONDITIONS = {
  // docs/rules.md §3.1 (Guide §I, §III.1): the expenses tied to the card are settled.
  EXPENSES: {
    waitsIn: 'AWAITING_SETTLEMENT',
    fact: 'EXPENSES_SETTLED',
    columns: (at: Date | null, by: string | null) => ({
      expensesSettledAt: at,
      expensesSettledBy: by,
    }),
    audit: { met: 'EXPENSES_CONFIRMED', unmet: 'EXPENSES_OUTSTANDING' },
    // what is still owed is said, so that the applicant can be told
    unmetNeedsNote: true,
    auditsNote: true,
    appliesTo: () => true,
  },
  // Art. 26: after a death or disappearance the HRSS business is closed first.
  HRSS: {
    waitsIn: 'AWAITING_HRSS_CLOSURE',
    fact: 'HRSS_CLOSED',
    columns: (at: Date | null, by: string | null) => ({ hrssClosedAt: at, hrssClosedBy: by }),
    audit: { met: 'HRSS_CLOSED_RECORDED', unmet: 'HRSS_OPEN_RECORDED' },
    unmetNeedsNote: false,
    auditsNote: false,
    appliesTo: (reason: Reason | null) => reason !== null && needsHrssClosure(reason),
  },
} as const satisfies Record<
  string,
  {
    waitsIn: ApplicationStatus;
    fact: HistoryFact;
    columns: (at: Date | null, by: string | null) => Record<string, Date | string | null>;
    audit: { met: AuditAction; unmet: AuditAction };
    unmetNeedsNote: boolean;
    auditsNote: boolean;
    appliesTo: (reason: Reason | null) => boolean;
  }
>;

export type Precondition = keyof typeof PRECONDITIONS;

/** POST …/expenses and …/hrss-closed: a precondition of approval recorded met, or not yet. */
export async function recordPrecondition(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: DecisionInput & {
    precondition: Precondition;
    met: boolean;
    note?: string | undefined;
    version: number;
  },
) {
  const rule = PRECONDITIONS[input.precondition];
  if (!input.met && rule.unmetNeedsNote && !input.note) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'note',
      'required',
      'Say what is still owed.',
    );
  }
  await prisma.$transaction(async (tx) => {
    const application = await loadForReview(tx, staff, input.id, input.version, 'changed');
    if (!rule.appliesTo(application.reason)) {
      throw fieldProblem(
        422,
        'not-art-26',
        'Not an Article 26 case',
        'closed',
        'NOT_ART_26',
        'Only a death or disappearance needs the HRSS business closed (Art. 26).',
      );
    }
    const from = application.status;
    const detail = {
      from,
      ...(rule.auditsNote ? { note: auditNote(input, application, input.note) } : {}),
    };
    const audit = [{ action: input.met ? rule.audit.met : rule.audit.unmet, detail }];
    if (input.met) {
      // Waiting for it ends, and the examination goes on; from the queue, it starts.
      const path = from === rule.waitsIn || from === 'SUBMITTED' ? ['UNDER_REVIEW' as const] : [];
      await commitDecision(tx, staff, application, {
        path,
        now: input.now,
        note: path.length ? eventNote(input, application, input.note) : null,
        facts: path.length ? [rule.fact] : [],
        data: rule.columns(input.now, staff.id),
        audit,
      });
      return;
    }
    // Already waiting: no step to write; the new note goes to the audit trail where it is kept.
    const path = from === rule.waitsIn ? [] : pathTo(from, rule.waitsIn);
    if (!path) throw wrongStatus(from, 'put on hold');
    await commitDecision(tx, staff, application, {
      path,
      now: input.now,
      note: eventNote(input, application, input.note),
      data: rule.columns(null, null),
      audit,
    });
  });
}
