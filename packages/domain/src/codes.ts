import { z } from 'zod';

// Error messages are i18n keys: a missing choice reads "choose one", a wrong one "choose from the list".
function enumError(field: string) {
  return (issue: { input?: unknown }): string =>
    issue.input === undefined ? `error.${field}.required` : `error.${field}.invalid`;
}

// docs/rules.md §2: the reasons a card may be cancelled, in the order the rulebook lists them.
export const REASONS = [
  'DEATH',
  'DISAPPEARANCE',
  'SETTLED_ABROAD',
  'LOSS_OF_NATIONALITY',
  'LONG_TERM_ABROAD',
  'LEFT_MAINLAND',
  'RELOCATION',
  'OTHER',
] as const;
export type Reason = (typeof REASONS)[number];
export const reasonSchema = z.enum(REASONS, { error: enumError('reason') });

// Art. 26 and docs/rules.md §3.4: a death or a disappearance. The cardholder cannot act, so a
// relative files as their agent, and the cancellation waits until the person's HRSS business
// is closed.
export const DEATH_OR_DISAPPEARANCE = [
  'DEATH',
  'DISAPPEARANCE',
] as const satisfies readonly Reason[];

/** Whether the reason is a death or a disappearance (Art. 26); false while none is chosen. */
export function isDeathOrDisappearance(reason: Reason | null | undefined): boolean {
  const grouped: readonly Reason[] = DEATH_OR_DISAPPEARANCE;
  return reason != null && grouped.includes(reason);
}

// docs/api.md "Case shape": who files the application.
export const FILER_ROLES = ['CARDHOLDER', 'AGENT', 'GUARDIAN'] as const;
export type FilerRole = (typeof FILER_ROLES)[number];
export const filerRoleSchema = z.enum(FILER_ROLES, { error: enumError('filerRole') });

// docs/rules.md §4: the valid identity documents.
export const ID_TYPES = [
  'RESIDENT_ID',
  'FOREIGN_PERMANENT_RESIDENT_ID',
  'HMT_RESIDENCE_PERMIT',
  'PASSPORT',
  'HMT_TRAVEL_PERMIT',
] as const;
export type IdType = (typeof ID_TYPES)[number];
export const idTypeSchema = z.enum(ID_TYPES, { error: enumError('idType') });

// The document kinds of docs/api.md "Case shape", in that order.
export const DOCUMENT_KINDS = [
  'CARDHOLDER_ID_FRONT',
  'CARDHOLDER_ID_BACK',
  'CARD_FRONT',
  'CARD_BACK',
  'HOUSEHOLD_REGISTER',
  'AGENT_ID_FRONT',
  'AGENT_ID_BACK',
  'ENTRUSTMENT_CERTIFICATE',
  'GUARDIANSHIP_PROOF',
  'DEATH_PROOF',
  'DISAPPEARANCE_PROOF',
  'ABROAD_PROOF',
  'NATIONALITY_PROOF',
  'DEPARTURE_PROOF',
  'TRANSFER_PROOF',
  'OTHER_SUPPORTING',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const documentKindSchema = z.enum(DOCUMENT_KINDS, { error: 'error.documentKind.invalid' });

// docs/rules.md §6: an agent is a relative, a guardian or another entrusted person.
export const RELATIONSHIPS = [
  'SPOUSE',
  'CHILD',
  'PARENT',
  'SIBLING',
  'GRANDCHILD',
  'OTHER_RELATIVE',
  'GUARDIAN',
  'ENTRUSTED_OTHER',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const relationshipSchema = z.enum(RELATIONSHIPS, { error: enumError('relationship') });

// docs/rules.md §5 lifecycle, with the two waiting states (unsettled expenses, Art. 26 HRSS closure).
export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'RETURNED_FOR_CORRECTION',
  'AWAITING_SETTLEMENT',
  'AWAITING_HRSS_CLOSURE',
  'APPROVED',
  'CERTIFICATE_READY',
  'COLLECTED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES, {
  error: 'error.status.invalid',
});

// docs/api.md: PATCH is allowed only while the applicant holds the pen.
export const APPLICANT_EDITABLE_STATUSES = [
  'DRAFT',
  'RETURNED_FOR_CORRECTION',
] as const satisfies readonly ApplicationStatus[];

// Guide §II.4 (examination): a scan is accepted, or rejected with one of the reasons below.
export const REVIEW_DECISIONS = ['ACCEPTED', 'REJECTED'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

// Guide §II.4 (examination): why staff reject a scan or ask for an answer to be corrected.
// OTHER needs a note saying what is wrong.
export const REVIEW_REASONS = [
  'BLURRED',
  'WRONG_DOCUMENT',
  'EXPIRED',
  'MISMATCH',
  'INCOMPLETE',
  'OTHER',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];
export const reviewReasonSchema = z.enum(REVIEW_REASONS, { error: enumError('reviewReason') });

// Guide §II.4 (补正): the answers staff may send back for correction, by their path in the
// case (docs/api.md "Case shape"). Documents are sent back by id or kind instead.
export const CORRECTABLE_ANSWERS = [
  'explanation',
  'cardholder.name',
  'cardholder.idNumber',
  'cardholder.birthDate',
  'cardholder.cardNumber',
  'cardholder.lossReportReference',
  'agent.name',
  'agent.idNumber',
  'agent.phone',
  'agent.relationship',
] as const;
export type CorrectableAnswer = (typeof CORRECTABLE_ANSWERS)[number];
export const correctableAnswerSchema = z.enum(CORRECTABLE_ANSWERS, {
  error: enumError('correctableAnswer'),
});

// Guide §II.4: "reject with reasons". Each code has a message in both languages that the
// applicant reads on the tracking page and in their application.
export const REJECTION_REASONS = [
  // docs/rules.md §3: a condition for cancellation is not met
  'CONDITIONS_NOT_MET',
  // docs/rules.md §3.2 / Art. 27: the person filing has no standing or entrustment for this cardholder
  'NO_STANDING',
  // docs/rules.md §3.3 / Art. 27: the documents are not genuine or do not belong to the cardholder
  'DOCUMENTS_NOT_GENUINE',
  // docs/rules.md §3.6 (practice): the card is already cancelled or being cancelled elsewhere
  'DUPLICATE',
  // Guide §II.4: a return for correction was not answered
  'CORRECTION_NOT_MADE',
  'OTHER',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export const rejectionReasonSchema = z.enum(REJECTION_REASONS, {
  error: enumError('rejectionReason'),
});

// docs/rules.md §5: "every transition records who, when and why", and every access to
// sensitive data is recorded too. What the audit trail says happened, one code per kind of event.
export const AUDIT_ACTIONS = [
  'APPLICATION_CREATED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_WITHDRAWN',
  'DOCUMENT_UPLOADED',
  'DOCUMENT_REMOVED',
  'STAFF_SIGNED_IN',
  'STAFF_SIGN_IN_FAILED',
  'STAFF_SIGNED_OUT',
  'STAFF_VIEWED_APPLICATION',
  'STAFF_VIEWED_DOCUMENT',
  'STAFF_DOWNLOADED_DOCUMENT',
  'APPLICATION_APPROVED',
  'CERTIFICATE_ISSUED',
  // staff back office
  'APPLICATION_CLAIMED',
  'APPLICATION_REASSIGNED',
  'DOCUMENT_REVIEWED',
  'APPLICATION_RETURNED',
  'EXPENSES_CONFIRMED',
  'EXPENSES_OUTSTANDING',
  'HRSS_CLOSED_RECORDED',
  'HRSS_OPEN_RECORDED',
  'APPLICATION_REJECTED',
  'PICKUP_RECORDED',
  'PICKUP_ID_MISMATCH',
  'STAFF_VIEWED_CERTIFICATE',
  'APPLICANT_DOWNLOADED_CERTIFICATE',
  'STAFF_EXPORTED_AUDIT',
  'STAFF_USER_CREATED',
  'STAFF_USER_CHANGED',
  'STAFF_STEP_UP_FAILED',
  'STAFF_PASSWORD_CHANGED',
  // the visit to the centre (docs/rules.md §5.1): bookings, the counter's record, the schedule
  'VISIT_BOOKED',
  'VISIT_MOVED',
  'VISIT_CANCELLED',
  'VISIT_ARRIVED',
  'VISIT_NO_SHOW',
  'VISIT_SCHEDULE_CHANGED',
  'CENTRE_DAY_CLOSED',
  'CENTRE_DAY_REOPENED',
  'PUBLIC_HOLIDAY_SET',
  'PUBLIC_HOLIDAY_REMOVED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
