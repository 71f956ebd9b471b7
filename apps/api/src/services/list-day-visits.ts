import { maskName } from '@ssc/domain/id-number';
import { chinaDayBounds, VISIT_TIME_ZONE } from '@ssc/domain/visit';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { PersonalData } from './personal-data.ts';
import { cardholderName } from './staff-access.ts';
import { findCentreInScope } from './visit-calendar.ts';

/** What a day's list reads of a booking: no more of the person than the review queue shows. */
export const dayVisitInclude = {
  slot: true,
  application: {
    select: {
      id: true,
      reference: true,
      status: true,
      case: true,
      caseSealed: true,
      dataKey: true,
    },
  },
} satisfies Prisma.VisitInclude;

type DayVisitRow = Prisma.VisitGetPayload<{ include: typeof dayVisitInclude }>;

/** One line of the counter's day: who (masked, as in the queue), when, and what happened. */
export function describeDayVisit(personalData: PersonalData, visit: DayVisitRow) {
  return {
    id: visit.id,
    applicationId: visit.application.id,
    reference: visit.application.reference,
    applicationStatus: visit.application.status,
    // Lists show masked names only; the full answers are behind the audited application view.
    cardholderName: maskName(cardholderName(personalData.readCase(visit.application))),
    start: visit.slot.startsAt.toISOString(),
    end: visit.slot.endsAt.toISOString(),
    status: visit.status,
    markedAt: visit.markedAt?.toISOString() ?? null,
  };
}

/**
 * docs/rules.md §5.1: a centre's bookings for one China day, in time order, for its reviewers
 * and supervisors (admins: any centre), with what the counter recorded. Cancelled bookings are
 * not on it; no-shows stay, marked.
 */
export async function listDayVisits(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  input: { centreId: string; date: string },
) {
  const centre = await findCentreInScope(prisma, staff, input.centreId);
  const { from, to } = chinaDayBounds(input.date);
  const visits = await prisma.visit.findMany({
    where: {
      status: { in: ['BOOKED', 'ARRIVED', 'NO_SHOW'] },
      slot: { centreId: centre.id, startsAt: { gte: from, lt: to } },
    },
    include: dayVisitInclude,
    orderBy: [{ slot: { startsAt: 'asc' } }, { bookedAt: 'asc' }, { id: 'asc' }],
  });
  return {
    centre: { id: centre.id, nameZh: centre.nameZh, nameEn: centre.nameEn },
    date: input.date,
    timeZone: VISIT_TIME_ZONE,
    items: visits.map((visit) => describeDayVisit(personalData, visit)),
  };
}
