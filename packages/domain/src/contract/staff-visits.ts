import { z } from 'zod';
import { VISIT_STATUSES, VISIT_TIME_ZONE } from '../visit.ts';
import { centreNameSchema, centreSchema, statusSchema } from './common.ts';

// The visit calendar of the back office (docs/api.md "The visit calendar").

export const publicHolidaySchema = z.object({
  date: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type PublicHoliday = z.output<typeof publicHolidaySchema>;

/** GET and PUT /staff/centres/{id}/visit-schedule */
export const centreScheduleSchema = z.object({
  centre: centreSchema,
  timeZone: z.literal(VISIT_TIME_ZONE),
  slotMinutes: z.number().int(),
  capacity: z.number().int(),
  hours: z.array(z.object({ weekday: z.number().int(), opens: z.string(), closes: z.string() })),
  // from today on: the centre's own closed days, and the public holidays that close every centre
  closedDays: z.array(z.object({ date: z.string(), reason: z.string() })),
  publicHolidays: z.array(publicHolidaySchema),
});
export type CentreSchedule = z.output<typeof centreScheduleSchema>;

/** PUT /staff/centres/{id}/closed-days/{date}: the day, and the bookings it holds. */
export const closedDaySetSchema = z.object({
  date: z.string(),
  reason: z.string(),
  bookings: z.number().int(),
});
export type ClosedDaySet = z.output<typeof closedDaySetSchema>;

/** PUT /staff/public-holidays/{date}: the holiday, and the bookings it holds at all centres. */
export const publicHolidaySetSchema = publicHolidaySchema.extend({ bookings: z.number().int() });
export type PublicHolidaySet = z.output<typeof publicHolidaySetSchema>;

/** GET /staff/public-holidays */
export const publicHolidaysSchema = z.object({ items: z.array(publicHolidaySchema) });
export type PublicHolidays = z.output<typeof publicHolidaysSchema>;

/** One booking on the counter's day; the name masked as in the review queue. */
export const dayVisitSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  reference: z.string(),
  applicationStatus: statusSchema,
  // masked, as in the review queue
  cardholderName: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(VISIT_STATUSES),
  markedAt: z.string().nullable(),
});
export type DayVisit = z.output<typeof dayVisitSchema>;

/** GET /staff/centres/{id}/visits?date= */
export const dayVisitsSchema = z.object({
  centre: centreNameSchema,
  date: z.string(),
  timeZone: z.literal(VISIT_TIME_ZONE),
  items: z.array(dayVisitSchema),
});
export type DayVisits = z.output<typeof dayVisitsSchema>;
