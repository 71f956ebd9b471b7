import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { recordAudit } from './record-audit.ts';
import { dateColumn, findCentreInScope } from './visit-calendar.ts';

/** Opens the day again; reopening a day that is not closed changes nothing. */
export async function reopenCentreDay(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { centreId: string; date: string },
) {
  const centre = await findCentreInScope(prisma, staff, input.centreId);
  await prisma.$transaction(async (tx) => {
    const removed = await tx.centreClosedDay.deleteMany({
      where: { centreId: centre.id, date: dateColumn(input.date) },
    });
    if (removed.count === 0) return;
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'CENTRE_DAY_REOPENED',
      detail: { centreId: centre.id, date: input.date },
    });
  });
}
