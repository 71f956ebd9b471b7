import { CHINA_UTC_OFFSET_MINUTES, VISIT_TIME_ZONE } from '@ssc/domain/visit';

// "Add to calendar": the booked visit as an iCalendar file (RFC 5545), made in the browser, so
// nothing about the visit travels in a URL. Times are written in China Standard Time with a
// VTIMEZONE of their own (UTC+8, no daylight saving), so a phone set to any zone shows the
// visit at the centre's hour, converted to its own.

export interface VisitEvent {
  /** Unique per booking: the application's reference and the slot. */
  uid: string;
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (§3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line starts with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as China wall-clock time, `20270302T090000`. */
function chinaLocal(iso: string): string {
  const d = new Date(Date.parse(iso) + CHINA_UTC_OFFSET_MINUTES * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function visitIcs(event: VisitEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Social security card cancellation//Visit//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${VISIT_TIME_ZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;TZID=${VISIT_TIME_ZONE}:${chinaLocal(event.start)}`,
    `DTEND;TZID=${VISIT_TIME_ZONE}:${chinaLocal(event.end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `LOCATION:${escapeIcsText(event.location)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
