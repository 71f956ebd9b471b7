import {
  chinaDayBounds,
  clockTimeOfMinutes,
  listFreeVisitSlots,
  visitChangeDeadline,
  visitWindow,
  type SlotQuery,
  type VisitClosedDay,
  type VisitView,
} from '@ssc/domain/visit';
import { seesEveryCentre } from '@ssc/domain/staff-roles';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { conflict, notFound, Problem } from '../lib/problem.ts';
import { t, type Locale } from '../lib/i18n.ts';
import type { Db } from './db-types.ts';

// What the visit's operations share (docs/rules.md §5.1, docs/decisions/015-visit-booking.md):
// a centre's calendar as the domain reads it, the active booking, and the answers they give.

/** How many free slots a refusal offers instead of the one asked for. */
export const NEXT_SLOTS_OFFERED = 5;

export interface CentreRow {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
  visitSlotMinutes: number;
  visitSlotCapacity: number;
}

export const centreView = (centre: Omit<CentreRow, 'visitSlotMinutes' | 'visitSlotCapacity'>) => ({
  id: centre.id,
  nameZh: centre.nameZh,
  nameEn: centre.nameEn,
  addressZh: centre.addressZh,
  addressEn: centre.addressEn,
});

/** A China date (`YYYY-MM-DD`) as the value of a `@db.Date` column, and back. */
export const dateColumn = (date: string) => new Date(`${date}T00:00:00Z`);
export const dateOfColumn = (value: Date) => value.toISOString().slice(0, 10);

export interface VisitCalendar extends SlotQuery {
  centre: CentreRow;
  /** The window's closed days with the holiday's names where it is a public holiday. */
  closures: VisitClosedDay[];
}

/**
 * The centre's schedule for the window that starts on the day of `now`: its hours, the days it
 * is closed (public holidays and its own) and the places already taken, read from the slot rows
 * the database keeps the counts in.
 */
export async function loadVisitCalendar(
  db: Db,
  centreId: string,
  now: Date,
): Promise<VisitCalendar> {
  const { first, last } = visitWindow(now);
  const between = { gte: dateColumn(first), lte: dateColumn(last) };
  // Five reads of their own, sent together: on PostgreSQL each takes a pooled connection.
  const [centre, hours, closed, holidays, slots] = await Promise.all([
    db.serviceCentre.findUnique({ where: { id: centreId } }),
    db.openingHours.findMany({
      where: { centreId },
      orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }],
    }),
    db.centreClosedDay.findMany({ where: { centreId, date: between }, select: { date: true } }),
    db.publicHoliday.findMany({
      where: { date: between },
      select: { date: true, nameZh: true, nameEn: true },
    }),
    db.visitSlot.findMany({
      where: {
        centreId,
        startsAt: { gte: chinaDayBounds(first).from, lt: chinaDayBounds(last).to },
        booked: { gt: 0 },
      },
      select: { startsAt: true, booked: true },
    }),
  ]);
  if (!centre) throw notFound('The service centre');
  return {
    centre,
    schedule: {
      slotMinutes: centre.visitSlotMinutes,
      capacity: centre.visitSlotCapacity,
      hours: hours.map((h) => ({
        weekday: h.weekday,
        opens: clockTimeOfMinutes(h.opensAt),
        closes: clockTimeOfMinutes(h.closesAt),
      })),
      closedDays: [...closed, ...holidays].map((day) => dateOfColumn(day.date)),
    },
    booked: Object.fromEntries(slots.map((s) => [s.startsAt.toISOString(), s.booked])),
    now,
    closures: closedDaysOfWindow(closed, holidays),
  };
}

/**
 * One entry per closed day, in date order: a public holiday gives its names (it closes every
 * centre, and the public knows it by name); a centre's own closed day gives none, since its
 * reason is written for staff.
 */
function closedDaysOfWindow(
  own: readonly { date: Date }[],
  holidays: readonly { date: Date; nameZh: string; nameEn: string }[],
): VisitClosedDay[] {
  const byDate = new Map<string, VisitClosedDay>();
  for (const day of own)
    byDate.set(dateOfColumn(day.date), { date: dateOfColumn(day.date), holiday: null });
  for (const { date, nameZh, nameEn } of holidays) {
    byDate.set(dateOfColumn(date), { date: dateOfColumn(date), holiday: { nameZh, nameEn } });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The booking that holds the application's place (BOOKED or ARRIVED), if any. */
export async function findActiveVisit(db: Db, applicationId: string) {
  return db.visit.findUnique({
    where: { activeApplicationId: applicationId },
    include: { slot: { include: { centre: true } } },
  });
}

export type ActiveVisit = NonNullable<Awaited<ReturnType<typeof findActiveVisit>>>;

/** The visit as the applicant, tracking and staff read it: when, where, until when to change it. */
export function describeVisit(visit: ActiveVisit | null): VisitView | null {
  if (!visit || (visit.status !== 'BOOKED' && visit.status !== 'ARRIVED')) return null;
  return {
    status: visit.status,
    start: visit.slot.startsAt.toISOString(),
    end: visit.slot.endsAt.toISOString(),
    centre: centreView(visit.slot.centre),
    changeableUntil: visitChangeDeadline(visit.slot.startsAt).toISOString(),
  };
}

/**
 * Staff read and manage their own centre's calendar; an admin every centre's. Another
 * centre is "not found", exactly like one that does not exist.
 */
export async function findCentreInScope(db: Db, staff: StaffPrincipal, centreId: string) {
  const centre =
    seesEveryCentre(staff.role) || staff.centreId === centreId
      ? await db.serviceCentre.findUnique({ where: { id: centreId } })
      : null;
  if (!centre) throw notFound('The service centre');
  return centre;
}

/** Practice: the visit is moved or cancelled until 2 hours before it starts, not after. */
export const visitChangeTooLate = (visit: ActiveVisit, locale: Locale) =>
  conflict('visit-change-too-late', t(locale, 'error.visit.tooLate'), {
    changeableUntil: visitChangeDeadline(visit.slot.startsAt).toISOString(),
  });

/** A booking the counter has already recorded (arrived) is no longer the applicant's to change. */
export const visitAlreadyMarked = (status: string) =>
  conflict('visit-already-marked', `This visit is ${status}: it can no longer be changed.`, {
    visitStatus: status,
  });

export const visitEditedElsewhere = () =>
  conflict(
    'edited-elsewhere',
    'The booking changed at the same time, in another tab or on another device; reload and try again.',
  );

/**
 * Refused because the slot has no place left: the answer offers the earliest free slots
 * instead, read afresh (an empty list when the whole window is taken).
 */
export async function slotFullProblem(db: Db, centreId: string, now: Date, locale: Locale) {
  const calendar = await loadVisitCalendar(db, centreId, now);
  const message = t(locale, 'error.visit.slotFull');
  return new Problem(409, 'slot-full', 'Slot full', message, {
    errors: [{ path: 'start', code: 'error.visit.slotFull', message }],
    extensions: { nextSlots: listFreeVisitSlots(calendar).slice(0, NEXT_SLOTS_OFFERED) },
  });
}
