import type { ApplicationStatus } from './codes.ts';
import { APPLICANT_EDITABLE_STATUSES } from './codes.ts';

export const ACTORS = ['APPLICANT', 'STAFF', 'SYSTEM'] as const;
export type Actor = (typeof ACTORS)[number];

type Transition = { from: ApplicationStatus; to: ApplicationStatus; actors: readonly Actor[] };

/**
 * docs/rules.md §5 lifecycle: DRAFT → SUBMITTED → UNDER_REVIEW → (RETURNED_FOR_CORRECTION → SUBMITTED …)
 * → APPROVED → CERTIFICATE_READY → COLLECTED, with REJECTED and WITHDRAWN as ends and two
 * waiting states. Anything not listed here is refused.
 */
export const TRANSITIONS: readonly Transition[] = [
  // Guide §II.3: the applicant files; abandoned drafts may be closed by the system.
  { from: 'DRAFT', to: 'SUBMITTED', actors: ['APPLICANT'] },
  { from: 'DRAFT', to: 'WITHDRAWN', actors: ['APPLICANT', 'SYSTEM'] },
  // Guide §II.4: examination and approval by the service centre.
  { from: 'SUBMITTED', to: 'UNDER_REVIEW', actors: ['STAFF', 'SYSTEM'] },
  { from: 'SUBMITTED', to: 'WITHDRAWN', actors: ['APPLICANT'] },
  { from: 'UNDER_REVIEW', to: 'RETURNED_FOR_CORRECTION', actors: ['STAFF'] },
  // docs/rules.md §3.1: unsettled expenses block approval, not filing; the case waits.
  { from: 'UNDER_REVIEW', to: 'AWAITING_SETTLEMENT', actors: ['STAFF'] },
  // Art. 26: after a death or disappearance, wait for the HRSS business to be closed.
  { from: 'UNDER_REVIEW', to: 'AWAITING_HRSS_CLOSURE', actors: ['STAFF'] },
  { from: 'UNDER_REVIEW', to: 'APPROVED', actors: ['STAFF'] },
  { from: 'UNDER_REVIEW', to: 'REJECTED', actors: ['STAFF'] },
  { from: 'UNDER_REVIEW', to: 'WITHDRAWN', actors: ['APPLICANT'] },
  { from: 'RETURNED_FOR_CORRECTION', to: 'SUBMITTED', actors: ['APPLICANT'] },
  { from: 'RETURNED_FOR_CORRECTION', to: 'WITHDRAWN', actors: ['APPLICANT', 'SYSTEM'] },
  { from: 'RETURNED_FOR_CORRECTION', to: 'REJECTED', actors: ['STAFF'] },
  { from: 'AWAITING_SETTLEMENT', to: 'UNDER_REVIEW', actors: ['STAFF'] },
  { from: 'AWAITING_SETTLEMENT', to: 'AWAITING_HRSS_CLOSURE', actors: ['STAFF'] },
  { from: 'AWAITING_SETTLEMENT', to: 'APPROVED', actors: ['STAFF'] },
  { from: 'AWAITING_SETTLEMENT', to: 'REJECTED', actors: ['STAFF'] },
  { from: 'AWAITING_SETTLEMENT', to: 'WITHDRAWN', actors: ['APPLICANT'] },
  { from: 'AWAITING_HRSS_CLOSURE', to: 'UNDER_REVIEW', actors: ['STAFF'] },
  { from: 'AWAITING_HRSS_CLOSURE', to: 'AWAITING_SETTLEMENT', actors: ['STAFF'] },
  { from: 'AWAITING_HRSS_CLOSURE', to: 'APPROVED', actors: ['STAFF'] },
  { from: 'AWAITING_HRSS_CLOSURE', to: 'REJECTED', actors: ['STAFF'] },
  { from: 'AWAITING_HRSS_CLOSURE', to: 'WITHDRAWN', actors: ['APPLICANT'] },
  // docs/rules.md §1: once approved the card is cancelled for good; no withdrawal from here on.
  // Guide §II.5: the certificate is issued, then handed over after the originals are checked.
  { from: 'APPROVED', to: 'CERTIFICATE_READY', actors: ['STAFF', 'SYSTEM'] },
  { from: 'CERTIFICATE_READY', to: 'COLLECTED', actors: ['STAFF'] },
];

/** Whether `actor` may move an application from `from` to `to`. */
export function canTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  actor: Actor,
): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to && t.actors.includes(actor));
}

/** The statuses `actor` may move an application to from `from`. */
export function listNextStatuses(from: ApplicationStatus, actor: Actor): ApplicationStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor)).map((t) => t.to);
}

/** docs/api.md: PATCH and uploads are allowed only in these statuses. */
export function isApplicantEditable(status: ApplicationStatus): boolean {
  const editable: readonly ApplicationStatus[] = APPLICANT_EDITABLE_STATUSES;
  return editable.includes(status);
}

const CLOSED_STATUSES: readonly ApplicationStatus[] = ['COLLECTED', 'REJECTED', 'WITHDRAWN'];

/**
 * docs/rules.md §3.6 (practice): one open cancellation per card. An application is open, drafts
 * included, until it is collected, rejected or withdrawn.
 */
export function isOpen(status: ApplicationStatus): boolean {
  return !CLOSED_STATUSES.includes(status);
}

/** No transition leaves these statuses. */
export function isFinal(status: ApplicationStatus): boolean {
  return !TRANSITIONS.some((t) => t.from === status);
}

/**
 * The statuses staff still have to act on (Guide §II.4–5: examine, approve, issue, hand over),
 * in lifecycle order: the review queue's default filter on both sides.
 */
export const STAFF_WORK_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'RETURNED_FOR_CORRECTION',
  'AWAITING_SETTLEMENT',
  'AWAITING_HRSS_CLOSURE',
  'APPROVED',
  'CERTIFICATE_READY',
];

/** Statuses a staff member may filter the queue by: the work list plus the ends they reach. */
export const STAFF_QUEUE_FILTER_STATUSES: readonly ApplicationStatus[] = [
  ...STAFF_WORK_STATUSES,
  'COLLECTED',
  'REJECTED',
];

/** Whose applications a queue filter may ask for, besides one staff member's id. */
export const STAFF_QUEUE_ASSIGNEE_FILTERS = ['me', 'unassigned'] as const;

/** The oldest a queue filter may ask for, in days since submission: about ten years. */
export const STAFF_QUEUE_MAX_AGE_DAYS = 3650;
