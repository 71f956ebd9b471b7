import { clockTimeOfMinutes, VISIT_TIME_ZONE } from '@ssc/domain/visit';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { Db } from './db-types.ts';
import {
  centreView,
  dateColumn,
  dateOfColumn,
  findCentreInScope,
  type CentreRow,
} from './visit-calendar.ts';

/** The closed days a schedule lists ahead: more than a year of them. */
const CLOSED_DAYS_LISTED = 400;

/** The schedule as staff read and set it: hours, slots, and the closed days from today on. */
export async function scheduleView(db: Db, centre: CentreRow, today: string) {
  const hours = await db.openingHours.findMany({
    where: { centreId: centre.id },
    orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }],
  });
  const closedDays = await db.centreClosedDay.findMany({
    where: { centreId: centre.id, date: { gte: dateColumn(today) } },
    orderBy: { date: 'asc' },
    take: CLOSED_DAYS_LISTED,
  });
  const publicHolidays = await db.publicHoliday.findMany({
    where: { date: { gte: dateColumn(today) } },
    orderBy: { date: 'asc' },
    take: CLOSED_DAYS_LISTED,
  });
  return {
    centre: centreView(centre),
    timeZone: VISIT_TIME_ZONE,
    slotMinutes: centre.visitSlotMinutes,
    capacity: centre.visitSlotCapacity,
    hours: hours.map((h) => ({
      weekday: h.weekday,
      opens: clockTimeOfMinutes(h.opensAt),
      closes: clockTimeOfMinutes(h.closesAt),
    })),
    closedDays: closedDays.map((d) => ({ date: dateOfColumn(d.date), reason: d.reason })),
    publicHolidays: publicHolidays.map((h) => ({
      date: dateOfColumn(h.date),
      nameZh: h.nameZh,
      nameEn: h.nameEn,
    })),
  };
}

/** docs/rules.md §5.1: a centre's visit schedule, for its own staff (admins: every centre's). */
export async function describeVisitSchedule(
  db: Db,
  staff: StaffPrincipal,
  input: { centreId: string; today: string },
) {
  const centre = await findCentreInScope(db, staff, input.centreId);
  return scheduleView(db, centre, input.today);
}
