import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, visitIcs } from '../src/features/visit/lib/visit-ics.ts';

const event = {
  uid: 'R7K2-20270302T010000Z@visit',
  start: '2027-03-02T01:00:00.000Z',
  end: '2027-03-02T01:30:00.000Z',
  summary: '注销社会保障卡：到黄浦区服务中心办理',
  location: '上海市黄浦区中山南路1号, 一楼; 3号窗口',
  description: '请带上：\n持卡人有效身份证件原件\n社会保障卡实体卡',
  now: new Date('2027-03-01T02:03:04.567Z'),
};

/** The content lines, unfolded (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('the visit as an iCalendar file', () => {
  it('is a VCALENDAR with one VEVENT at the centre’s time in China Standard Time', () => {
    const ics = visitIcs(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Asia/Shanghai');
    expect(lines).toContain('TZOFFSETTO:+0800');
    // 01:00 UTC is 09:00 at the centre.
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20270302T090000');
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20270302T093000');
    expect(lines).toContain('DTSTAMP:20270301T020304Z');
    expect(lines).toContain('UID:R7K2-20270302T010000Z@visit');
    expect(lines).toContain('LOCATION:上海市黄浦区中山南路1号\\, 一楼\\; 3号窗口');
    expect(lines).toContain('DESCRIPTION:请带上：\\n持卡人有效身份证件原件\\n社会保障卡实体卡');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without cutting a Chinese character in two', () => {
    const line = `SUMMARY:${'注销'.repeat(40)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    const encoder = new TextEncoder();
    for (const part of folded) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
