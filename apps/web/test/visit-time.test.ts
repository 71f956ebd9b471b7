import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatVisitDate,
  formatVisitDateTime,
  formatVisitDay,
  formatVisitTime,
  formatVisitWhen,
} from '../src/lib/visit-time.ts';

// 09:00 on Tuesday 2 March 2027 in China is 20:00 on Monday 1 March in New York.
const start = '2027-03-02T01:00:00.000Z';
const end = '2027-03-02T01:30:00.000Z';

describe('visit times, in China Standard Time on a phone set to New York', () => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    // The web project's workers keep their state between files (isolate: false).
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it('the zone took effect: local time is New York’s', () => {
    expect(new Date(start).getHours()).toBe(20);
    expect(new Date(start).getDate()).toBe(1);
  });

  it('gives the slot’s time and day as they are at the centre', () => {
    expect(formatVisitTime(start, 'zh-CN')).toBe('09:00');
    expect(formatVisitTime(end, 'en')).toBe('09:30');
    expect(formatVisitDay('2027-03-02', 'zh-CN')).toBe('3月2日周二');
    expect(formatVisitDay('2027-03-02', 'en')).toBe('Tue, Mar 2');
    expect(formatVisitDate('2027-03-02', 'zh-CN')).toBe('2027年3月2日星期二');
    expect(formatVisitDate('2027-03-02', 'en')).toBe('Tuesday, March 2, 2027');
    expect(formatVisitWhen(start, end, 'zh-CN')).toBe('2027年3月2日星期二 09:00–09:30');
    // The change deadline, 2 hours before: 07:00 at the centre, 18:00 the day before in New York.
    expect(formatVisitDateTime('2027-03-01T23:00:00.000Z', 'zh-CN')).toBe(
      '2027年3月2日星期二 07:00',
    );
    expect(formatVisitWhen(start, end, 'en')).toBe('Tuesday, March 2, 2027 09:00–09:30');
  });

  it('a slot after 16:00 in China is on the same China day, not the next UTC one', () => {
    const late = '2027-03-02T08:30:00.000Z'; // 16:30 in China
    expect(formatVisitWhen(late, '2027-03-02T09:00:00.000Z', 'en')).toBe(
      'Tuesday, March 2, 2027 16:30–17:00',
    );
  });
});
