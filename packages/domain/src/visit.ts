import { z } from 'zod';
import type { ApplicationStatus, DocumentKind } from './codes.ts';
import { parseQueryDate, textSchema } from './safe-input.ts';

/**
 * docs/rules.md §5.1: the one visit to the chosen centre, where the card is handed in, the
 * originals are shown and the certificate is collected (Guide §II.5, Art. 27). The slots are
 * computed here, from the centre's hours, its closed days and the places already taken, so the
 * API and the web app agree on what can be booked. Pure: the caller passes `now`.
 */

/** Slots are in China Standard Time; instants are stored and sent in UTC. */
export const VISIT_TIME_ZONE = 'Asia/Shanghai' as const;
/** China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact. */
export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;
/** How far ahead a visit can be booked: today and the 13 days after it, in China. */
export const VISIT_WINDOW_DAYS = 14;
/**
 * Practice: a slot starting within 2 hours is no longer offered, and a booking can no longer
 * be moved or cancelled then — the counter plans its day with it.
 */
export const VISIT_NOTICE_MINUTES = 120;

/** The application statuses in which the visit is booked: approved, certificate issued. */
export const VISIT_BOOKABLE_STATUSES = [
  'APPROVED',
  'CERTIFICATE_READY',
] as const satisfies readonly ApplicationStatus[];

export function isVisitBookable(status: ApplicationStatus): boolean {
  const bookable: readonly ApplicationStatus[] = VISIT_BOOKABLE_STATUSES;
  return bookable.includes(status);
}

/**
 * A booking's life: BOOKED holds a place; ARRIVED (staff saw the person) keeps it; NO_SHOW
 * (staff marked the person absent) and CANCELLED (the applicant let it go) free it, and the
 * applicant books again.
 */
export const VISIT_STATUSES = ['BOOKED', 'ARRIVED', 'NO_SHOW', 'CANCELLED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** What staff record at the counter about a booked visit. */
export const VISIT_OUTCOMES = ['ARRIVED', 'NO_SHOW'] as const satisfies readonly VisitStatus[];
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_SLOT_MINUTES = 240;
export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_CAPACITY = 100;

/** One opening period of a weekday, in China Standard Time: `09:00`–`12:00`. */
export interface OpeningPeriod {
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  weekday: number;
  opens: string;
  closes: string;
}

export interface VisitSchedule {
  /** Length of one slot, in minutes. */
  slotMinutes: number;
  /** People one slot takes. */
  capacity: number;
  hours: readonly OpeningPeriod[];
  /** Days the centre is closed, as China dates (`YYYY-MM-DD`): public holidays and its own. */
  closedDays: readonly string[];
}

export interface VisitSlot {
  /** ISO 8601 instants in UTC. */
  start: string;
  end: string;
  placesLeft: number;
}

export interface SlotQuery {
  schedule: VisitSchedule;
  /** Places already taken, by the slot's start as an ISO instant (`toISOString()`). */
  booked: Readonly<Record<string, number>>;
  now: Date;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * MINUTE_MS;

/** `HH:MM` as minutes after midnight; `24:00` is the end of the day. */
export function minutesOfClockTime(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Minutes after midnight as `HH:MM`. */
export function clockTimeOfMinutes(minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** The China date (`YYYY-MM-DD`) of an instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at `minutes` after midnight of a China date. */
export function chinaInstant(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minutes * MINUTE_MS);
}

/** The China date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weekday of a date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** A China day as the instants it runs between: [from, to). */
export function chinaDayBounds(date: string): { from: Date; to: Date } {
  return { from: chinaInstant(date, 0), to: chinaInstant(date, 24 * 60) };
}

/** The China dates the booking window covers, from the day of `now`. */
export function visitWindow(now: Date): { first: string; last: string; days: string[] } {
  const first = chinaDateOf(now);
  const days = Array.from({ length: VISIT_WINDOW_DAYS }, (_, i) => addDays(first, i));
  return { first, last: days.at(-1)!, days };
}

/** The last instant a booking starting at `start` may still be moved or cancelled. */
export function visitChangeDeadline(start: Date): Date {
  return new Date(start.getTime() - VISIT_NOTICE_MINUTES * MINUTE_MS);
}

/** Whether a visit starting at `start` may still be moved or cancelled at `now`. */
export function canChangeVisit(start: Date, now: Date): boolean {
  return now.getTime() <= visitChangeDeadline(start).getTime();
}

/**
 * Every slot of the window that starts at least 2 hours after `now`, full ones included, in
 * time order: each opening period is cut into slots of `slotMinutes` from its opening time, and
 * a slot that would run past the closing time is not offered.
 */
export function listVisitSlots({ schedule, booked, now }: SlotQuery): VisitSlot[] {
  const closed = new Set(schedule.closedDays);
  const earliest = now.getTime() + VISIT_NOTICE_MINUTES * MINUTE_MS;
  const slots: VisitSlot[] = [];
  if (schedule.slotMinutes < 1) return slots;
  for (const date of visitWindow(now).days) {
    if (closed.has(date)) continue;
    const weekday = weekdayOf(date);
    const periods = schedule.hours
      .filter((period) => period.weekday === weekday)
      .map((period) => [minutesOfClockTime(period.opens), minutesOfClockTime(period.closes)])
      .sort(([a], [b]) => a! - b!);
    for (const [opens, closes] of periods) {
      for (let at = opens!; at + schedule.slotMinutes <= closes!; at += schedule.slotMinutes) {
        const start = chinaInstant(date, at);
        if (start.getTime() < earliest) continue;
        const key = start.toISOString();
        const taken = booked[key] ?? 0;
        slots.push({
          start: key,
          end: chinaInstant(date, at + schedule.slotMinutes).toISOString(),
          placesLeft: Math.max(0, schedule.capacity - taken),
        });
      }
    }
  }
  return slots;
}

/** The slots someone can still book: those with a place left. */
export function listFreeVisitSlots(query: SlotQuery): VisitSlot[] {
  return listVisitSlots(query).filter((slot) => slot.placesLeft > 0);
}

/** The slot that starts at `start`, full or not; null when no slot of the window starts then. */
export function findVisitSlot(query: SlotQuery, start: Date): VisitSlot | null {
  const key = start.toISOString();
  return listVisitSlots(query).find((slot) => slot.start === key) ?? null;
}

/** Two periods of the same weekday that share a minute. */
export function findOverlappingPeriod(hours: readonly OpeningPeriod[]): number | null {
  for (let i = 0; i < hours.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = hours[i]!;
      const b = hours[j]!;
      if (a.weekday !== b.weekday) continue;
      const overlap =
        minutesOfClockTime(a.opens) < minutesOfClockTime(b.closes) &&
        minutesOfClockTime(b.opens) < minutesOfClockTime(a.closes);
      if (overlap) return i;
    }
  }
  return null;
}

// ---- Schemas: what the endpoints take and give (docs/api.md "Visit") ----

/** `HH:MM` on a 24-hour clock, `24:00` for a period that runs to midnight. */
const CLOCK_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const clockTimeSchema = textSchema({ error: 'error.visit.time' }).regex(CLOCK_TIME, {
  error: 'error.visit.time',
});

export const weekdaySchema = z
  .number({ error: 'error.visit.weekday' })
  .int({ error: 'error.visit.weekday' })
  .min(1, { error: 'error.visit.weekday' })
  .max(7, { error: 'error.visit.weekday' });

export const openingPeriodSchema = z
  .object({ weekday: weekdaySchema, opens: clockTimeSchema, closes: clockTimeSchema })
  .refine(
    (period) =>
      // A time that is not one is reported on its own; the order is judged between real times.
      !CLOCK_TIME.test(String(period.opens)) ||
      !CLOCK_TIME.test(String(period.closes)) ||
      minutesOfClockTime(period.opens) < minutesOfClockTime(period.closes),
    { path: ['closes'], error: 'error.visit.closesBeforeOpens' },
  );

/** A centre's visit schedule as staff set it (PUT …/visit-schedule). */
export const visitScheduleBodySchema = z
  .object({
    slotMinutes: z
      .number({ error: 'error.visit.slotMinutes' })
      .int({ error: 'error.visit.slotMinutes' })
      .min(MIN_SLOT_MINUTES, { error: 'error.visit.slotMinutes' })
      .max(MAX_SLOT_MINUTES, { error: 'error.visit.slotMinutes' }),
    capacity: z
      .number({ error: 'error.visit.capacity' })
      .int({ error: 'error.visit.capacity' })
      .min(0, { error: 'error.visit.capacity' })
      .max(MAX_SLOT_CAPACITY, { error: 'error.visit.capacity' }),
    // A week of morning and afternoon periods is 14; four a day is room to spare.
    hours: z.array(openingPeriodSchema, { error: 'error.visit.hours' }).max(28),
  })
  .superRefine((schedule, ctx) => {
    // Periods with a time that is not one, or that close before they open, are reported on
    // their own (zod goes on after a failed pattern): overlaps are judged between real periods
    // only, so a form shows the one fault on the field that has it.
    const valid = (p: OpeningPeriod) =>
      CLOCK_TIME.test(String(p.opens)) &&
      CLOCK_TIME.test(String(p.closes)) &&
      minutesOfClockTime(p.opens) < minutesOfClockTime(p.closes);
    if (!Array.isArray(schedule.hours) || !schedule.hours.every(valid)) return;
    const overlapping = findOverlappingPeriod(schedule.hours);
    if (overlapping !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours', overlapping],
        message: 'error.visit.hoursOverlap',
      });
    }
  });
export type VisitScheduleBody = z.output<typeof visitScheduleBodySchema>;

/** A China date in a path or a query: `2027-02-05`, a real one. */
export const visitDateSchema = textSchema({ error: 'error.date.invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error.date.invalid', abort: true })
  .refine((value) => parseQueryDate(value) !== null, { error: 'error.date.invalid' });

/** Why a centre is closed on a day of its own (PUT …/closed-days/{date}). */
export const closedDayBodySchema = z.object({
  reason: textSchema({ error: 'error.visit.closedReason' })
    .trim()
    .min(1, { error: 'error.visit.closedReason' })
    .max(200),
});

/** A public holiday, closing every centre (PUT /staff/public-holidays/{date}). */
export const publicHolidayBodySchema = z.object({
  nameZh: textSchema({ error: 'error.visit.holidayName' })
    .trim()
    .min(1, { error: 'error.visit.holidayName' })
    .max(60),
  nameEn: textSchema({ error: 'error.visit.holidayName' })
    .trim()
    .min(1, { error: 'error.visit.holidayName' })
    .max(60),
});

const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A slot's start as the slot list gives it: an ISO 8601 instant with its offset. */
export const visitStartSchema = textSchema({ error: 'error.visit.start' })
  .max(40, { error: 'error.visit.start', abort: true })
  .regex(DATE_TIME_WITH_OFFSET, { error: 'error.visit.start', abort: true })
  .transform((value, ctx) => {
    const at = parseQueryDate(value);
    if (!at) {
      ctx.issues.push({ code: 'custom', message: 'error.visit.start', input: value });
      return z.NEVER;
    }
    return at;
  });

/** Book the visit, or move it (PUT /applications/{id}/visit). */
export const bookVisitBodySchema = z.object({ start: visitStartSchema });

/** What staff record at the counter (POST /staff/visits/{visitId}/outcome). */
export const visitOutcomeBodySchema = z.object({
  outcome: z.enum(VISIT_OUTCOMES, { error: 'error.visit.outcome' }),
});

export const visitSlotSchema = z.object({
  start: z.string(),
  end: z.string(),
  placesLeft: z.number().int(),
});

const visitCentreSchema = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  addressZh: z.string(),
  addressEn: z.string(),
});

const openingPeriodViewSchema = z.object({
  weekday: z.number().int(),
  opens: z.string(),
  closes: z.string(),
});

/** A day of the window the centre is closed: a public holiday (named) or one of its own. */
export const visitClosedDaySchema = z.object({
  date: z.string(),
  holiday: z.object({ nameZh: z.string(), nameEn: z.string() }).nullable(),
});
export type VisitClosedDay = z.output<typeof visitClosedDaySchema>;

/** GET /applications/{id}/visit-slots: the free slots of the application's centre. */
export const visitSlotsResponseSchema = z.object({
  timeZone: z.literal(VISIT_TIME_ZONE),
  centre: visitCentreSchema,
  /** The window's first and last China dates. */
  from: z.string(),
  to: z.string(),
  slots: z.array(visitSlotSchema),
  /** The centre's opening periods, by ISO weekday, so the page can give its hours. */
  hours: z.array(openingPeriodViewSchema),
  /** The days of the window it is closed, so the page can say why a day has no slot. */
  closedDays: z.array(visitClosedDaySchema),
});
export type VisitSlotsView = z.output<typeof visitSlotsResponseSchema>;

/** The booked visit, in the applicant's view, in tracking and after booking. */
export const visitSchema = z.object({
  status: z.enum(['BOOKED', 'ARRIVED']),
  start: z.string(),
  end: z.string(),
  centre: visitCentreSchema,
  /** Until when the applicant may move or cancel it (2 hours before its start). */
  changeableUntil: z.string(),
});
export type VisitView = z.output<typeof visitSchema>;

/**
 * What to bring to the visit (docs/rules.md §4, §5.1; Art. 27): the originals of what was
 * scanned, one item per paper (the two sides of a card or an ID are one thing to bring), in
 * the order of the materials list the check page shows. The card itself is handed in there.
 */
export const VISIT_BRING_ITEMS = [
  'CARDHOLDER_ID',
  'CARD',
  'HOUSEHOLD_REGISTER',
  'AGENT_ID',
  'ENTRUSTMENT_CERTIFICATE',
  'GUARDIANSHIP_PROOF',
  'DEATH_PROOF',
  'DISAPPEARANCE_PROOF',
  'ABROAD_PROOF',
  'NATIONALITY_PROOF',
  'DEPARTURE_PROOF',
  'TRANSFER_PROOF',
] as const;
export type VisitBringItem = (typeof VISIT_BRING_ITEMS)[number];

const BRING_OF_DOCUMENT: Partial<Record<DocumentKind, VisitBringItem>> = {
  CARDHOLDER_ID_FRONT: 'CARDHOLDER_ID',
  CARDHOLDER_ID_BACK: 'CARDHOLDER_ID',
  HOUSEHOLD_REGISTER: 'HOUSEHOLD_REGISTER',
  CARD_FRONT: 'CARD',
  CARD_BACK: 'CARD',
  AGENT_ID_FRONT: 'AGENT_ID',
  AGENT_ID_BACK: 'AGENT_ID',
  ENTRUSTMENT_CERTIFICATE: 'ENTRUSTMENT_CERTIFICATE',
  GUARDIANSHIP_PROOF: 'GUARDIANSHIP_PROOF',
  DEATH_PROOF: 'DEATH_PROOF',
  DISAPPEARANCE_PROOF: 'DISAPPEARANCE_PROOF',
  ABROAD_PROOF: 'ABROAD_PROOF',
  NATIONALITY_PROOF: 'NATIONALITY_PROOF',
  DEPARTURE_PROOF: 'DEPARTURE_PROOF',
  TRANSFER_PROOF: 'TRANSFER_PROOF',
};

/**
 * The things to bring, from the case's required documents (`requiredDocuments` of
 * eligibility.ts): a supporting document that was optional is not asked for again.
 */
export function visitBringList(required: readonly DocumentKind[]): VisitBringItem[] {
  const wanted = new Set(required.map((kind) => BRING_OF_DOCUMENT[kind]));
  return VISIT_BRING_ITEMS.filter((item) => wanted.has(item));
}

/** Every message key the visit schemas and the booking answers use (both dictionaries have them). */
export const VISIT_MESSAGE_KEYS = [
  'error.visit.time',
  'error.visit.weekday',
  'error.visit.closesBeforeOpens',
  'error.visit.slotMinutes',
  'error.visit.capacity',
  'error.visit.hours',
  'error.visit.hoursOverlap',
  'error.visit.closedReason',
  'error.visit.holidayName',
  'error.visit.start',
  'error.visit.outcome',
  'error.visit.notASlot',
  'error.visit.slotFull',
  'error.visit.tooLate',
  'error.visit.notBookable',
  'error.visit.pastDate',
  ...VISIT_STATUSES.map((status) => `visitStatus.${status}`),
  ...VISIT_BRING_ITEMS.map((item) => `visitBring.${item}`),
] as const;
