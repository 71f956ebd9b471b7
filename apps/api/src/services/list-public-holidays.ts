import type { PrismaClient } from '../generated/prisma/client.ts';
import { dateColumn, dateOfColumn } from './visit-calendar.ts';

/** The public holidays from today on, for every member of staff. */
export async function listPublicHolidays(prisma: PrismaClient, input: { today: string }) {
  const holidays = await prisma.publicHoliday.findMany({
    where: { date: { gte: dateColumn(input.today) } },
    orderBy: { date: 'asc' },
    take: 400,
  });
  return {
    items: holidays.map((h) => ({
      date: dateOfColumn(h.date),
      nameZh: h.nameZh,
      nameEn: h.nameEn,
    })),
  };
}
