import {
  centreScheduleSchema,
  closedDaySetSchema,
  dayVisitSchema,
  dayVisitsSchema,
  publicHolidaySetSchema,
  publicHolidaysSchema,
  type CentreSchedule,
  type ClosedDaySet,
  type DayVisit,
  type DayVisits,
  type PublicHoliday,
  type PublicHolidays,
  type PublicHolidaySet,
} from '@ssc/domain/contract/staff-visits';
import { centresSchema } from '@ssc/domain/contract/applications';
import type { Centre } from '@ssc/domain/contract/common';
import type { VisitOutcome, VisitScheduleBody } from '@ssc/domain/visit';
import { noContent, requestApi } from '@/lib/api-client.ts';
import { changeStaff } from './staff-api.ts';

// docs/api.md "The visit calendar": the counter's day and the centre's schedule; the answers'
// shapes are the contract's (packages/domain/src/contract/staff-visits.ts).
export type { CentreSchedule, DayVisit, DayVisits, PublicHoliday };

const centrePath = (centreId: string) => `/staff/centres/${encodeURIComponent(centreId)}`;

export function listDayVisits(centreId: string, date: string): Promise<DayVisits> {
  return requestApi(`${centrePath(centreId)}/visits?date=${encodeURIComponent(date)}`, {
    schema: dayVisitsSchema,
  });
}

/** Records who came; answers the booking as it now is. */
export function recordVisitOutcome(visitId: string, outcome: VisitOutcome): Promise<DayVisit> {
  return changeStaff(
    `/staff/visits/${encodeURIComponent(visitId)}/outcome`,
    'POST',
    { outcome },
    dayVisitSchema,
  );
}

export function getVisitSchedule(centreId: string): Promise<CentreSchedule> {
  return requestApi(`${centrePath(centreId)}/visit-schedule`, { schema: centreScheduleSchema });
}

export function updateVisitSchedule(
  centreId: string,
  body: VisitScheduleBody,
): Promise<CentreSchedule> {
  return changeStaff(`${centrePath(centreId)}/visit-schedule`, 'PUT', body, centreScheduleSchema);
}

/** Closes the centre for a day; answers how many bookings that day holds. */
export function closeCentreDay(
  centreId: string,
  date: string,
  reason: string,
): Promise<ClosedDaySet> {
  return changeStaff(
    `${centrePath(centreId)}/closed-days/${encodeURIComponent(date)}`,
    'PUT',
    { reason },
    closedDaySetSchema,
  );
}

export function reopenCentreDay(centreId: string, date: string): Promise<void> {
  return changeStaff(
    `${centrePath(centreId)}/closed-days/${encodeURIComponent(date)}`,
    'DELETE',
    undefined,
    noContent,
  );
}

export function listPublicHolidays(): Promise<PublicHolidays> {
  return requestApi('/staff/public-holidays', { schema: publicHolidaysSchema });
}

export function setPublicHoliday(holiday: PublicHoliday): Promise<PublicHolidaySet> {
  const { date, ...names } = holiday;
  return changeStaff(
    `/staff/public-holidays/${encodeURIComponent(date)}`,
    'PUT',
    names,
    publicHolidaySetSchema,
  );
}

export function removePublicHoliday(date: string): Promise<void> {
  return changeStaff(
    `/staff/public-holidays/${encodeURIComponent(date)}`,
    'DELETE',
    undefined,
    noContent,
  );
}

/** The service centres (public), for an admin choosing whose schedule to set. */
export function listCentres(): Promise<Centre[]> {
  return requestApi('/centres', { schema: centresSchema });
}
