import { isSupervising, seesEveryCentre } from '@ssc/domain/staff-roles';
import { canTransition } from '@ssc/domain/status';
import type { ApplicationStatus } from '@ssc/domain/codes';
import type { CasePatch } from '@ssc/domain/case-schema';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { conflict, notFound, Problem } from '../lib/problem.ts';
import type { Db } from './db-types.ts';
import { applicationInclude } from './application-view.ts';
import { commitChange, type ApplicationChange } from './commit-change.ts';

export function cardholderName(answers: CasePatch): string {
  return answers.cardholder?.name ?? '';
}

/** Which centres a staff member works for: their own; an admin all of them. */
export function centreScope(staff: StaffPrincipal): { centreId?: string } {
  return seesEveryCentre(staff.role) ? {} : { centreId: staff.centreId };
}

/** Staff see their own centre only; another centre's application is simply "not found". */
export async function findAtCentre(db: Db, staff: StaffPrincipal, id: string) {
  const application = await db.application.findFirst({
    where: { id, ...centreScope(staff), status: { not: 'DRAFT' } },
    include: applicationInclude,
  });
  if (!application) throw notFound('The application');
  return application;
}

export type LoadedApplication = Awaited<ReturnType<typeof findAtCentre>>;

export const decidedElsewhere = () =>
  conflict(
    'decided-elsewhere',
    'Someone else changed or decided this application in the meantime. Reload it to see what changed.',
  );

/**
 * Optimistic locking (contract): the decision names the version it was made on. A stale
 * version is refused up front, and the guarded update below lets exactly one of two
 * simultaneous decisions through.
 */
export function checkVersion(application: { version: number }, version: number | undefined) {
  if (version !== undefined && version !== application.version) throw decidedElsewhere();
}

/** A reviewer works on what is unassigned or theirs; supervisors and admins may step in. */
export function checkAssignee(staff: StaffPrincipal, application: { assigneeId: string | null }) {
  if (
    !isSupervising(staff.role) &&
    application.assigneeId !== null &&
    application.assigneeId !== staff.id
  ) {
    throw conflict(
      'claimed-elsewhere',
      'Another reviewer has claimed this application. Ask a supervisor to reassign it.',
    );
  }
}

export const wrongStatus = (from: string, action: string) =>
  conflict('wrong-status', `This application is ${from}: it cannot be ${action} now.`, {
    applicationStatus: from,
  });

/**
 * docs/rules.md §5: the path to `to`, through UNDER_REVIEW when a decision is taken straight from the
 * queue, so the history says who examined it (Guide §II.4). Null when the lifecycle forbids it.
 */
export function pathTo(from: ApplicationStatus, to: ApplicationStatus): ApplicationStatus[] | null {
  if (from === to) return null;
  if (canTransition(from, to, 'STAFF')) return [to];
  if (
    from !== 'UNDER_REVIEW' &&
    canTransition(from, 'UNDER_REVIEW', 'STAFF') &&
    canTransition('UNDER_REVIEW', to, 'STAFF')
  ) {
    return ['UNDER_REVIEW', to];
  }
  return null;
}

/** Statuses in which staff examine the application (Guide §II.4). */
export const REVIEWABLE: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'AWAITING_SETTLEMENT',
  'AWAITING_HRSS_CLOSURE',
];

/**
 * Writes the decision through the one door (services/commit-change.ts), guarded by the version
 * read (exactly one of two concurrent deciders wins), and takes the application for the deciding
 * reviewer when nobody holds it yet.
 */
export async function commitDecision(
  tx: Db,
  staff: StaffPrincipal,
  application: { id: string; version: number; assigneeId: string | null },
  input: Omit<ApplicationChange, 'actor' | 'actorId' | 'version' | 'lostRace'>,
) {
  const takes = application.assigneeId === null && !isSupervising(staff.role);
  return commitChange(tx, application.id, {
    ...input,
    actor: 'STAFF',
    actorId: staff.id,
    version: application.version,
    data: { ...input.data, ...(takes ? { assigneeId: staff.id } : {}) },
    lostRace: decidedElsewhere,
  });
}

export function fieldProblem(
  status: number,
  slug: string,
  title: string,
  path: string,
  code: string,
  message: string,
) {
  return new Problem(status, slug, title, message, { errors: [{ path, code, message }] });
}
