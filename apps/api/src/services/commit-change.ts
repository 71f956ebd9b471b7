import { z } from 'zod';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@ssc/domain/codes';
import type { HistoryFact } from '@ssc/domain/history-facts';
import { canTransition, type Actor } from '@ssc/domain/status';
import type { Prisma } from '../generated/prisma/client.ts';
import { conflict, type Problem } from '../lib/problem.ts';
import type { Db } from './db-types.ts';
import { recordAudit, type AuditEntry } from './record-audit.ts';

// The one door through which an application changes (docs/decisions/020-one-door.md): the row
// locked, the version and every step of the status checked with the domain's state machine, the
// history and the audit trail written in the same transaction as the change itself.

const lockedRows = z.array(
  z.object({ id: z.string(), version: z.number().int(), status: z.enum(APPLICATION_STATUSES) }),
);
export type LockedApplication = z.output<typeof lockedRows>[number];

/**
 * Takes the application's row lock until the transaction ends and reads it as it now is; null
 * when there is no such application. Whoever holds the lock is the only writer: a second
 * transaction waits here, then reads what the first one left.
 */
export async function lockApplication(tx: Db, id: string): Promise<LockedApplication | null> {
  const rows = await tx.$queryRaw`SELECT id::text AS id, version, status::text AS status
    FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
  return lockedRows.parse(rows)[0] ?? null;
}

/** A lost race: someone changed the application since the version the change was made on. */
export const changedMeanwhile = () =>
  conflict(
    'edited-elsewhere',
    'The application was changed at the same time elsewhere; reload and try again.',
  );

/** A step the lifecycle does not allow: a caller's check missed it, so it is still refused. */
const forbiddenStep = (from: ApplicationStatus, to: ApplicationStatus) =>
  conflict('wrong-status', `This application is ${from}: it cannot move to ${to}.`, {
    applicationStatus: from,
  });

export interface ApplicationChange {
  /** who makes the change (docs/rules.md §5: "every transition records who, when and why") */
  actor: Actor;
  actorId?: string | null;
  /** the version the change was decided on; a newer one means someone else got there first */
  version: number;
  /** the statuses to move through, one history step each; none for a change that moves none */
  path?: readonly ApplicationStatus[];
  now: Date;
  /** a sealed note for the history (services/personal-data.ts) */
  note?: string | null | undefined;
  /** what the step confirms, as codes (packages/domain/src/history-facts.ts) */
  facts?: readonly HistoryFact[];
  /** the step that carries the note and the facts; the last one by default */
  noteOn?: ApplicationStatus;
  /** the other columns the change writes */
  data?: Omit<Prisma.ApplicationUncheckedUpdateInput, 'id' | 'status' | 'version'>;
  /** what the audit trail says happened; the actor and the application are filled in */
  audit?: readonly Omit<AuditEntry, 'actorType' | 'actorId' | 'applicationId'>[];
  /** the refusal for a lost race, when the operation words it its own way */
  lostRace?: () => Problem;
}

/**
 * Writes one change of an application inside the caller's transaction: its row locked, its
 * version compared with the one the change was decided on, each status step checked, then the
 * row (version + 1), one history step per status and the audit entries. Returns the new version.
 */
export async function commitChange(
  tx: Db,
  applicationId: string,
  change: ApplicationChange,
): Promise<number> {
  const current = await lockApplication(tx, applicationId);
  if (!current || current.version !== change.version) throw (change.lostRace ?? changedMeanwhile)();
  const path = change.path ?? [];
  let from = current.status;
  for (const to of path) {
    if (!canTransition(from, to, change.actor)) throw forbiddenStep(from, to);
    from = to;
  }
  const final = path.at(-1);
  await tx.application.update({
    where: { id: applicationId },
    data: { ...change.data, ...(final ? { status: final } : {}), version: { increment: 1 } },
  });
  // One millisecond apart, so that a path of two steps reads in its order.
  let at = change.now.getTime();
  const noteOn = change.noteOn ?? final;
  const actorId = change.actorId ?? null;
  for (const status of path) {
    await tx.statusEvent.create({
      data: {
        applicationId,
        status,
        actorType: change.actor,
        actorId,
        at: new Date(at++),
        note: status === noteOn ? (change.note ?? null) : null,
        facts: status === noteOn ? [...(change.facts ?? [])] : [],
      },
    });
  }
  for (const entry of change.audit ?? []) {
    await recordAudit(tx, { ...entry, actorType: change.actor, actorId, applicationId });
  }
  return current.version + 1;
}
