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
export type ApplicantEditableStatus = (typeof APPLICANT_EDITABLE_STATUSES)[number];

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
