import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { Locale } from '../lib/i18n.ts';
import type { KeyedRow, PersonalData } from './personal-data.ts';
import {
  checkAssignee,
  checkVersion,
  findAtCentre,
  REVIEWABLE,
  wrongStatus,
  type LoadedApplication,
} from './staff-access.ts';

// What every staff decision on an application shares: its input, its sealed notes, its guards.

export interface DecisionInput {
  id: string;
  now: Date;
  locale: Locale;
  personalData: PersonalData;
}

/** A history note, sealed like every free-text note about a person (services/personal-data.ts). */
export const eventNote = (
  input: DecisionInput,
  application: KeyedRow,
  text: string | null | undefined,
) => input.personalData.sealNote(application, 'StatusEvent.note', text || null);

/** A note kept in the audit trail's detail, sealed the same way. */
export const auditNote = (
  input: DecisionInput,
  application: KeyedRow,
  text: string | null | undefined,
) => input.personalData.sealNote(application, 'AuditEvent.note', text || null);

/** Guards shared by every examination step: a reviewable status, the right reviewer, the version. */
export async function loadForReview(
  tx: Parameters<typeof findAtCentre>[0],
  staff: StaffPrincipal,
  id: string,
  version: number | undefined,
  action: string,
) {
  const application = await findAtCentre(tx, staff, id);
  checkVersion(application, version);
  if (!REVIEWABLE.includes(application.status)) throw wrongStatus(application.status, action);
  checkAssignee(staff, application);
  return application;
}

/** From the queue, examining starts the review (SUBMITTED → UNDER_REVIEW); otherwise no move. */
export function reviewPath(application: LoadedApplication) {
  return application.status === 'SUBMITTED' ? ['UNDER_REVIEW' as const] : [];
}
