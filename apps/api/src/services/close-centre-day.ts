import { chinaDayBounds } from '@ssc/domain/visit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { t, type Locale } from '../lib/i18n.ts';
import type { Db } from './db-types.ts';
import { recordAudit } from './record-audit.ts';
import { fieldProblem } from './staff-access.ts';
import { dateColumn, findCentreInScope } from './visit-calendar.ts';

/** A day already gone cannot be closed: nobody can book it anyway. */
export function refusePastDate(date: string, today: string, locale: Locale) {
  if (date < today) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'date',
      'error.visit.pastDate',
      t(locale, 'error.visit.pastDate'),
    );
  }
}

/** The bookings still holding a place on a China day, at one centre or (no centre) at all. */
export async function countBookingsOn(db: Db, date: string, centreId?: string) {
  const { from, to } = chinaDayBounds(date);
  return db.visit.count({
    where: {
      status: 'BOOKED',
      slot: { startsAt: { gte: from, lt: to }, ...(centreId ? { centreId } : {}) },
    },
  });
}

/**
 * docs/rules.md §5.1: supervisors close their own centre for a day (admins any centre); no slot
 * of that day is offered any more. Bookings already made for it are kept, and counted in the
 * answer, so the centre can call the people who hold them.
 */
export async function closeCentreDay(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { centreId: string; date: string; reason: string; today: string; locale: Locale },
) {
  const centre = await findCentreInScope(prisma, staff, input.centreId);
  refusePastDate(input.date, input.today, input.locale);
  return prisma.$transaction(async (tx) => {
    await tx.centreClosedDay.upsert({
      where: { centreId_date: { centreId: centre.id, date: dateColumn(input.date) } },
      create: { centreId: centre.id, date: dateColumn(input.date), reason: input.reason },
      update: { reason: input.reason },
    });
    const bookings = await countBookingsOn(tx, input.date, centre.id);
    // The reason is the staff member's free text: it stays in the closed day, not the trail.
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'CENTRE_DAY_CLOSED',
      detail: { centreId: centre.id, date: input.date, bookings },
    });
    return { date: input.date, reason: input.reason, bookings };
  });
}
