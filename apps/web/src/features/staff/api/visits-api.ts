import type { ApplicationStatus } from '@ssc/domain/codes';
import type {
  OpeningPeriod,
  VisitOutcome,
  VisitScheduleBody,
  VisitStatus,
} from '@ssc/domain/visit';
import { requestApi } from '../../../lib/api-client.ts';
import { changeStaff } from './staff-api.ts';
import type { StaffCentre } from './staff-api.ts';

// docs/api.md "The visit calendar": the counter's day and the centre's schedule.

const centrePath = (centreId: string) => `/staff/centres/${encodeURIComponent(centreId)}`;

/** One booking on the counter's day; the name masked as in the review queue. */
export interface DayVisit {
  id: string;
  applicationId: string;
  reference: string;
  applicationStatus: ApplicationStatus;
  cardholderName: string;
  start: string;
  end: string;
  status: VisitStatus;
  markedAt: string | null;
}

export interface DayVisits {
  centre: Pick<StaffCentre, 'id' | 'nameZh' | 'nameEn'>;
  date: string;
  items: DayVisit[];
}

export function listDayVisits(centreId: string, date: string): Promise<DayVisits> {
  return requestApi(`${centrePath(centreId)}/visits?date=${encodeURIComponent(date)}`);
}

/** Records who came; answers the booking as it now is. */
export function recordVisitOutcome(visitId: string, outcome: VisitOutcome): Promise<DayVisit> {
  return changeStaff(`/staff/visits/${encodeURIComponent(visitId)}/outcome`, 'POST', { outcome });
}

export interface PublicHoliday {
  date: string;
  nameZh: string;
  nameEn: string;
}

export interface CentreSchedule {
  centre: StaffCentre;
  slotMinutes: number;
  capacity: number;
  hours: OpeningPeriod[];
  closedDays: { date: string; reason: string }[];
  publicHolidays: PublicHoliday[];
}

export function getVisitSchedule(centreId: string): Promise<CentreSchedule> {
  return requestApi(`${centrePath(centreId)}/visit-schedule`);
}

export function updateVisitSchedule(
  centreId: string,
  body: VisitScheduleBody,
): Promise<CentreSchedule> {
  return changeStaff(`${centrePath(centreId)}/visit-schedule`, 'PUT', body);
}

/** Closes the centre for a day; answers how many bookings that day holds. */
export function closeCentreDay(
  centreId: string,
  date: string,
  reason: string,
): Promise<{ date: string; reason: string; bookings: number }> {
  return changeStaff(`${centrePath(centreId)}/closed-days/${encodeURIComponent(date)}`, 'PUT', {
    reason,
  });
}

export function reopenCentreDay(centreId: string, date: string): Promise<void> {
  return changeStaff(`${centrePath(centreId)}/closed-days/${encodeURIComponent(date)}`, 'DELETE');
}

export function listPublicHolidays(): Promise<{ items: PublicHoliday[] }> {
  return requestApi('/staff/public-holidays');
}

export function setPublicHoliday(
  holiday: PublicHoliday,
): Promise<PublicHoliday & { bookings: number }> {
  const { date, ...names } = holiday;
  return changeStaff(`/staff/public-holidays/${encodeURIComponent(date)}`, 'PUT', names);
}

export function removePublicHoliday(date: string): Promise<void> {
  return changeStaff(`/staff/public-holidays/${encodeURIComponent(date)}`, 'DELETE');
}

/** The service centres (public), for an admin choosing whose schedule to set. */
export function listCentres(): Promise<StaffCentre[]> {
  return requestApi('/centres');
}
