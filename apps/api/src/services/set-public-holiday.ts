import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { Locale } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import { countBookingsOn, refusePastDate } from './close-centre-day.ts';
import { dateColumn } from './visit-calendar.ts';

/**
 * docs/rules.md §5.1: a public holiday closes every centre, so it is an administrator's to set
 * (the State Council publishes each year's arrangement). Bookings already made for the day are
 * kept and counted in the answer, across all centres, for the centres to call.
 */
export async function setPublicHoliday(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { date: string; nameZh: string; nameEn: string; today: string; locale: Locale },
) {
  refusePastDate(input.date, input.today, input.locale);
  return prisma.$transaction(async (tx) => {
    const names = { nameZh: input.nameZh, nameEn: input.nameEn };
    await tx.publicHoliday.upsert({
      where: { date: dateColumn(input.date) },
      create: { date: dateColumn(input.date), ...names },
      update: names,
    });
    const bookings = await countBookingsOn(tx, input.date);
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'PUBLIC_HOLIDAY_SET',
      detail: { date: input.date, bookings },
    });
    return { date: input.date, ...names, bookings };
  });
}
