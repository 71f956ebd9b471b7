import { chinaDateOf, chinaDayBounds, type VisitOutcome } from '@ssc/domain/visit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { conflict, notFound } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';
import type { PersonalData } from './personal-data.ts';
import { centreScope } from './staff-access.ts';
import { dayVisitInclude, describeDayVisit } from './list-day-visits.ts';
import { visitAlreadyMarked } from './visit-calendar.ts';

/**
 * docs/rules.md §5.1: the counter records whether the person came. ARRIVED keeps the place
 * (the hand-over itself is the pickup, Guide §II.5); NO_SHOW frees it, and the application
 * needs a booking again: the applicant books another slot. Arrival can be recorded from the
 * morning of the visit's day, a no-show once its slot has begun. Reviewers and supervisors of
 * the centre record it, admins at any centre; each booking is recorded once.
 */
export async function recordVisitOutcome(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  input: { visitId: string; outcome: VisitOutcome; now: Date },
) {
  const visit = await prisma.visit.findFirst({
    where: { id: input.visitId, slot: centreScope(staff) },
    include: dayVisitInclude,
  });
  if (!visit) throw notFound('The visit');
  if (visit.status !== 'BOOKED') throw visitAlreadyMarked(visit.status);
  const dueFrom =
    input.outcome === 'ARRIVED'
      ? chinaDayBounds(chinaDateOf(visit.slot.startsAt)).from
      : visit.slot.startsAt;
  if (input.now < dueFrom) {
    throw conflict(
      'visit-not-due',
      input.outcome === 'ARRIVED'
        ? 'This visit is on a later day: arrival is recorded on the day itself.'
        : 'This visit has not begun yet: a no-show is recorded once its time has come.',
      { dueFrom: dueFrom.toISOString() },
    );
  }
  const noShow = input.outcome === 'NO_SHOW';
  const marked = await prisma.$transaction(async (tx) => {
    const updated = await tx.visit.updateMany({
      where: { id: visit.id, status: 'BOOKED' },
      data: {
        status: input.outcome,
        markedAt: input.now,
        markedBy: staff.id,
        changedAt: input.now,
        // a no-show lets the place and the application's one booking go
        ...(noShow ? { activeApplicationId: null } : {}),
      },
    });
    if (updated.count !== 1) {
      throw conflict('visit-already-marked', 'Someone recorded this visit in the meantime.');
    }
    if (noShow) {
      await tx.visitSlot.update({
        where: { id: visit.slotId },
        data: { booked: { decrement: 1 } },
      });
    }
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: noShow ? 'VISIT_NO_SHOW' : 'VISIT_ARRIVED',
      applicationId: visit.applicationId,
      detail: { centreId: visit.slot.centreId, start: visit.slot.startsAt.toISOString() },
    });
    return tx.visit.findUniqueOrThrow({ where: { id: visit.id }, include: dayVisitInclude });
  });
  return describeDayVisit(personalData, marked);
}
