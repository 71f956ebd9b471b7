import {
  canChangeVisit,
  findVisitSlot,
  isVisitBookable,
  visitChangeDeadline,
  type VisitView,
} from '@ssc/domain/visit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict } from '../lib/problem.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { isUniqueViolation, SQL_STATE, sqlStateOf } from '../lib/sql-state.ts';
import type { Db } from './db-types.ts';
import { recordAudit } from './record-audit.ts';
import { fieldProblem } from './staff-access.ts';
import {
  centreView,
  findActiveVisit,
  loadVisitCalendar,
  slotFullProblem,
  visitAlreadyMarked,
  visitChangeTooLate,
  visitEditedElsewhere,
} from './visit-calendar.ts';

/**
 * A burst of bookings for one slot queues on its row (each waits for the one before to
 * commit), and every transaction holds a pooled connection while it waits: on a busy morning
 * that wait is longer than Prisma's default two seconds to start a transaction. Each one is
 * a handful of statements, so a queue of hundreds clears within these bounds.
 */
const BOOKING_TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;

/** The slot had no place left when this transaction came to take one. */
class SlotTaken extends Error {}

export const visitNotBookable = (status: string, locale: Locale) =>
  conflict('visit-not-open', t(locale, 'error.visit.notBookable'), { applicationStatus: status });

/** The slot's row, created with the schedule's capacity when its first place is booked. */
async function ensureSlotRow(
  tx: Db,
  centreId: string,
  slot: { start: string; end: string },
  capacity: number,
) {
  const startsAt = new Date(slot.start);
  // ON CONFLICT DO NOTHING: two first bookings of one slot both find the one row.
  await tx.visitSlot.createMany({
    data: [{ centreId, startsAt, endsAt: new Date(slot.end), capacity }],
    skipDuplicates: true,
  });
  return tx.visitSlot.findUniqueOrThrow({
    where: { centreId_startsAt: { centreId, startsAt } },
    select: { id: true, startsAt: true, endsAt: true },
  });
}

/**
 * Takes one place of the slot. The guarded increment is one statement: concurrent bookings of
 * the slot wait for its row, and each sees the count the one before committed, so exactly the
 * slot's capacity get through; the CHECK constraint (booked <= capacity) refuses any write
 * that would go beyond it, whatever sent it (docs/decisions/015-visit-booking.md).
 */
async function takePlace(tx: Db, slotId: string) {
  const taken = await tx.visitSlot.updateMany({
    where: { id: slotId, booked: { lt: tx.visitSlot.fields.capacity } },
    data: { booked: { increment: 1 } },
  });
  if (taken.count !== 1) throw new SlotTaken();
}

async function freePlace(tx: Db, slotId: string) {
  await tx.visitSlot.update({ where: { id: slotId }, data: { booked: { decrement: 1 } } });
}

/**
 * docs/rules.md §5.1: the applicant books the one visit at the application's centre, or moves
 * it to another slot (until 2 hours before the booked one starts). Asking again for the slot
 * already booked changes nothing, so a retried request is safe. `created` says whether this
 * made the booking (201) or changed or kept one (200).
 */
export async function bookVisit(
  prisma: PrismaClient,
  input: { applicationId: string; start: Date; now: Date; locale: Locale },
): Promise<{ visit: VisitView; created: boolean }> {
  const application = await prisma.application.findUniqueOrThrow({
    where: { id: input.applicationId },
    select: { id: true, status: true, centreId: true },
  });
  const { centreId } = application;
  if (!isVisitBookable(application.status) || !centreId) {
    throw visitNotBookable(application.status, input.locale);
  }
  const current = await findActiveVisit(prisma, application.id);
  const calendar = await loadVisitCalendar(prisma, centreId, input.now);
  const view = (slot: { startsAt: Date; endsAt: Date }): VisitView => ({
    status: 'BOOKED',
    start: slot.startsAt.toISOString(),
    end: slot.endsAt.toISOString(),
    centre: centreView(calendar.centre),
    changeableUntil: visitChangeDeadline(slot.startsAt).toISOString(),
  });
  if (current) {
    if (current.status !== 'BOOKED') throw visitAlreadyMarked(current.status);
    if (current.slot.startsAt.getTime() === input.start.getTime()) {
      return { visit: view(current.slot), created: false };
    }
    if (!canChangeVisit(current.slot.startsAt, input.now)) {
      throw visitChangeTooLate(current, input.locale);
    }
  }
  const slot = findVisitSlot(calendar, input.start);
  if (!slot) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'start',
      'error.visit.notASlot',
      t(input.locale, 'error.visit.notASlot'),
    );
  }
  // Full as last read: refused without queueing on the slot's row. A place freed since then
  // is seen by the next request; the database, not this read, decides who gets the last one.
  if (slot.placesLeft === 0) throw await slotFullProblem(prisma, centreId, input.now, input.locale);

  try {
    const booked = await prisma.$transaction(async (tx) => {
      const row = await ensureSlotRow(tx, centreId, slot, calendar.schedule.capacity);
      if (current) {
        // The booking's own row first (one change of a booking at a time), then the two slots
        // in time order, so two moves in opposite directions cannot wait on each other.
        const moved = await tx.visit.updateMany({
          where: { id: current.id, status: 'BOOKED', slotId: current.slotId },
          data: { slotId: row.id, changedAt: input.now },
        });
        if (moved.count !== 1) throw visitEditedElsewhere();
        if (row.startsAt < current.slot.startsAt) {
          await takePlace(tx, row.id);
          await freePlace(tx, current.slotId);
        } else {
          await freePlace(tx, current.slotId);
          await takePlace(tx, row.id);
        }
        await recordAudit(tx, {
          actorType: 'APPLICANT',
          action: 'VISIT_MOVED',
          applicationId: application.id,
          detail: {
            centreId,
            from: current.slot.startsAt.toISOString(),
            to: row.startsAt.toISOString(),
          },
        });
      } else {
        await takePlace(tx, row.id);
        // The unique activeApplicationId admits one booking holding a place per application.
        await tx.visit.create({
          data: {
            applicationId: application.id,
            slotId: row.id,
            activeApplicationId: application.id,
            bookedAt: input.now,
            changedAt: input.now,
          },
        });
        await recordAudit(tx, {
          actorType: 'APPLICANT',
          action: 'VISIT_BOOKED',
          applicationId: application.id,
          detail: { centreId, start: row.startsAt.toISOString() },
        });
      }
      return row;
    }, BOOKING_TRANSACTION);
    return { visit: view(booked), created: !current };
  } catch (error) {
    const state = sqlStateOf(error);
    if (error instanceof SlotTaken || state === SQL_STATE.checkViolation) {
      throw await slotFullProblem(prisma, centreId, input.now, input.locale);
    }
    // Another request for this application booked first, or two moves met: its answer stands.
    if (
      isUniqueViolation(error) ||
      state === SQL_STATE.deadlockDetected ||
      state === SQL_STATE.serializationFailure
    ) {
      throw visitEditedElsewhere();
    }
    throw error;
  }
}
