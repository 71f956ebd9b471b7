import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { recordAudit } from './record-audit.ts';
import { dateColumn } from './visit-calendar.ts';

/** Removes a public holiday; removing a day that is not one changes nothing. */
export async function removePublicHoliday(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { date: string },
) {
  await prisma.$transaction(async (tx) => {
    const removed = await tx.publicHoliday.deleteMany({ where: { date: dateColumn(input.date) } });
    if (removed.count === 0) return;
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'PUBLIC_HOLIDAY_REMOVED',
      detail: { date: input.date },
    });
  });
}
