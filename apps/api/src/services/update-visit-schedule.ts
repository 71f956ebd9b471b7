import { minutesOfClockTime, type VisitScheduleBody } from '@ssc/domain/visit';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleView } from './describe-visit-schedule.ts';
import { findCentreInScope } from './visit-calendar.ts';

/** Literal SQL time for a timestamp(3) column that holds UTC, whatever the session's time zone. */
const utcTimestamp = (at: Date) => Prisma.sql`${at.toISOString().slice(0, 23)}::timestamp(3)`;

/**
 * docs/rules.md §5.1: supervisors set their own centre's hours, slot length and capacity;
 * admins any centre's. The new schedule applies to places not yet booked: bookings already
 * made keep their time and their place, and a slot's capacity never drops below what it has
 * booked (the CHECK constraint would refuse it), so lowering it only closes what is left.
 */
export async function updateVisitSchedule(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: VisitScheduleBody & { centreId: string; now: Date; today: string },
) {
  const centre = await findCentreInScope(prisma, staff, input.centreId);
  const hours = input.hours.map((period) => ({
    centreId: centre.id,
    weekday: period.weekday,
    opensAt: minutesOfClockTime(period.opens),
    closesAt: minutesOfClockTime(period.closes),
  }));
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.serviceCentre.update({
      where: { id: centre.id },
      data: { visitSlotMinutes: input.slotMinutes, visitSlotCapacity: input.capacity },
    });
    await tx.openingHours.deleteMany({ where: { centreId: centre.id } });
    await tx.openingHours.createMany({ data: hours });
    // Slots to come that already have a row: the new capacity, never below what is booked; a
    // row nobody holds a place in also takes the new length.
    await tx.$executeRaw`UPDATE "VisitSlot"
      SET capacity = GREATEST(booked, ${input.capacity}::int),
        "endsAt" = CASE WHEN booked = 0
          THEN "startsAt" + make_interval(mins => ${input.slotMinutes}::int) ELSE "endsAt" END
      WHERE "centreId" = ${centre.id} AND "startsAt" > ${utcTimestamp(input.now)}`;
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'VISIT_SCHEDULE_CHANGED',
      detail: {
        centreId: centre.id,
        slotMinutes: input.slotMinutes,
        capacity: input.capacity,
        hours: input.hours.map((p) => `${p.weekday} ${p.opens}-${p.closes}`),
      },
    });
    return row;
  });
  return scheduleView(prisma, updated, input.today);
}
