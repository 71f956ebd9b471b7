import { z } from 'zod';
import { rejectionReasonSchema, type Reason, type RejectionReason } from './codes.ts';
import { needsHrssClosure } from './eligibility.ts';
import { textSchema } from './safe-input.ts';

// docs/rules.md §5: what a staff decision asks of the one who makes it. The API checks each
// request by these, and the review page by the same, so a form never allows what the service
// refuses nor refuses what it allows.

/** The longest note a staff member writes with a decision (a review, a return, a refusal). */
export const STAFF_NOTE_MAX_LENGTH = 2000;

/** Staff notes are free text: the only fields where a line break is an answer, not an accident. */
export const staffNoteSchema = textSchema({ multiline: true })
  .trim()
  .max(STAFF_NOTE_MAX_LENGTH, 'error.staffNote.tooLong')
  .optional();

/** Guide §II.4 "reject with reasons": a reason from the list, and words of one's own for OTHER. */
export function rejectionNeedsNote(reason: RejectionReason): boolean {
  return reason === 'OTHER';
}

export const rejectionDecisionShape = { reason: rejectionReasonSchema, note: staffNoteSchema };

/** The note a refusal needs, named on its field: for a schema's `superRefine`. */
export function refineRejectionNote(
  value: { reason: RejectionReason; note?: string | undefined },
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
): void {
  if (rejectionNeedsNote(value.reason) && !value.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'error.rejectionNote.required' });
  }
}

/** POST /staff/applications/{id}/reject, without the row version the route adds. */
export const rejectionDecisionSchema = z
  .object(rejectionDecisionShape)
  .superRefine(refineRejectionNote);
export type RejectionDecision = z.output<typeof rejectionDecisionSchema>;

/** What approval waits for, in the order a reviewer works through it. */
export const APPROVAL_CHECKS = ['documents', 'expenses', 'hrss', 'eligibility'] as const;
export type ApprovalCheck = (typeof APPROVAL_CHECKS)[number];

export interface ApprovalFacts {
  reason: Reason | null | undefined;
  documents: readonly { accepted: boolean }[];
  expensesSettled: boolean;
  hrssClosed: boolean;
  eligible: boolean;
}

/**
 * docs/rules.md §5, Guide §II.4–5, §III.1, Art. 26: approval issues the certificate once every
 * scan is accepted (and there is at least one), the expenses are confirmed, for a death or a
 * disappearance the HRSS business is closed, and the rules are met. Each check that applies,
 * with whether it is done; the HRSS check applies only where Art. 26 asks for it.
 */
export function approvalReadiness(facts: ApprovalFacts): { check: ApprovalCheck; ok: boolean }[] {
  const art26 = Boolean(facts.reason && needsHrssClosure(facts.reason));
  const checks: { check: ApprovalCheck; ok: boolean }[] = [
    {
      check: 'documents',
      ok: facts.documents.length > 0 && facts.documents.every((d) => d.accepted),
    },
    { check: 'expenses', ok: facts.expensesSettled },
    ...(art26 ? [{ check: 'hrss' as const, ok: facts.hrssClosed }] : []),
    { check: 'eligibility', ok: facts.eligible },
  ];
  return checks;
}
