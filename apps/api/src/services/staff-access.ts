import { isSupervising, seesEveryCentre } from '@ssc/domain/staff-roles';
import type { HistoryFact } from '@ssc/domain/history-facts';
import { canTransition } from '@ssc/domain/status';
import type { ApplicationStatus } from '@ssc/domain/codes';
import type { CasePatch } from '@ssc/domain/case-schema';
import type { StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { conflict, notFound, Problem } from '../lib/problem.ts';
import type { Db } from './db-types.ts';
import { applicationInclude } from './application-view.ts';

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
 * Writes the decision: bumps the version guarded by the version read (exactly one of two
 * concurrent writers wins), moves the status along `path` with one StatusEvent per step
 * (who, when, why: docs/rules.md §5), and takes the application for the deciding reviewer.
 */
export async function commitDecision(
  tx: Db,
  staff: StaffPrincipal,
  application: { id: string; version: number; assigneeId: string | null },
  input: {
    path: ApplicationStatus[];
    now: Date;
    note?: string | null | undefined;
    /** what the step confirms, as codes (packages/domain/src/history-facts.ts) */
    facts?: readonly HistoryFact[];
    /** the step that carries the note and the facts; the last one by default */
    noteOn?: ApplicationStatus;
    data?: Record<string, unknown>;
  },
) {
  const final = input.path.at(-1);
  const updated = await tx.application.updateMany({
    where: { id: application.id, version: application.version },
    data: {
      ...(final ? { status: final } : {}),
      ...(application.assigneeId === null && !isSupervising(staff.role)
        ? { assigneeId: staff.id }
        : {}),
      ...input.data,
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw decidedElsewhere();
  let at = input.now.getTime();
  const noteOn = input.noteOn ?? final;
  for (const status of input.path) {
    await tx.statusEvent.create({
      data: {
        applicationId: application.id,
        status,
        actorType: 'STAFF',
        actorId: staff.id,
        at: new Date(at++),
        note: status === noteOn ? (input.note ?? null) : null,
        facts: status === noteOn ? [...(input.facts ?? [])] : [],
      },
    });
  }
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
