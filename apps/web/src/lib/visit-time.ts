import { chinaInstant, VISIT_TIME_ZONE } from '@ssc/domain/visit';
import type { Locale } from './i18n/locale.ts';

// A visit happens at the centre, in China: its day and time are always given in China Standard
// Time, whatever zone the phone is set to (an applicant abroad books from there).

const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: VISIT_TIME_ZONE, ...options });
    cache.set(key, formatter);
  }
  return formatter;
}

/** `09:30`, on a 24-hour clock, in China. */
export function formatVisitTime(iso: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/** A China date (`YYYY-MM-DD`) as a day to choose: `3月2日 周二`, `Tue 2 Mar`. */
export function formatVisitDay(date: string, locale: Locale): string {
  return format(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(
    chinaInstant(date, 12 * 60),
  );
}

/** A China date in full: `2027年3月2日星期二`, `Tuesday 2 March 2027`. */
export function formatVisitDate(date: string, locale: Locale): string {
  return format(locale, { dateStyle: 'full' }).format(chinaInstant(date, 12 * 60));
}

/** An instant as a full China date and time: `2027年3月2日星期二 07:00`. */
export function formatVisitDateTime(iso: string, locale: Locale): string {
  const day = format(locale, { dateStyle: 'full' }).format(new Date(iso));
  return `${day} ${formatVisitTime(iso, locale)}`;
}

/** The visit as one phrase: its full date and its times, `2027年3月2日星期二 09:00–09:30`. */
export function formatVisitWhen(start: string, end: string, locale: Locale): string {
  return `${formatVisitDateTime(start, locale)}–${formatVisitTime(end, locale)}`;
}
