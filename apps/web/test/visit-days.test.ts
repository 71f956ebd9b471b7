import { describe, expect, it } from 'vitest';
import type { VisitSlotsView } from '@ssc/domain/visit';
import { groupVisitDays, hoursByWeekday } from '../src/features/visit/lib/visit-days.ts';

const centre = {
  id: 'SH-HUANGPU',
  nameZh: '黄浦',
  nameEn: 'Huangpu',
  addressZh: '',
  addressEn: '',
};
const weekdays = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opens: '09:00', closes: '12:00' },
  { weekday, opens: '13:30', closes: '17:00' },
]);
/** A slot as the API gives it, from China wall-clock time. */
const slot = (local: string, placesLeft = 3) => {
  const start = new Date(`${local.replace(' ', 'T')}:00+08:00`);
  return {
    start: start.toISOString(),
    end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    placesLeft,
  };
};
const view = (over: Partial<VisitSlotsView>): VisitSlotsView => ({
  timeZone: 'Asia/Shanghai',
  centre,
  from: '2027-03-01',
  to: '2027-03-14',
  slots: [],
  hours: weekdays,
  closedDays: [],
  ...over,
});

describe('groupVisitDays', () => {
  it('gives the 14 days in order, each with its own slots, by the China date', () => {
    // 08:00 in China on 2 March is 00:00 UTC: the UTC date would put it on the right day only by luck.
    const days = groupVisitDays(
      view({
        slots: [slot('2027-03-01 16:30'), slot('2027-03-02 08:00'), slot('2027-03-02 09:00')],
      }),
    );
    expect(days.map((d) => d.date)).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-13',
      '2027-03-14',
    ]);
    expect(days[0]!.slots.map((s) => s.start)).toEqual(['2027-03-01T08:30:00.000Z']);
    expect(days[1]!.slots.map((s) => s.start)).toEqual([
      '2027-03-02T00:00:00.000Z',
      '2027-03-02T01:00:00.000Z',
    ]);
  });

  it('says why a day has no slot: closed (a holiday by name, or the centre’s own day), not open that weekday, or taken', () => {
    const days = groupVisitDays(
      view({
        slots: [slot('2027-03-02 09:00')],
        closedDays: [
          { date: '2027-03-03', holiday: null },
          { date: '2027-03-04', holiday: { nameZh: '演示假日', nameEn: 'Demo holiday' } },
        ],
      }),
    );
    const byDate = Object.fromEntries(days.map((d) => [d.date, [d.state, d.holiday]]));
    expect(byDate['2027-03-01']).toEqual(['full', null]);
    expect(byDate['2027-03-02']).toEqual(['open', null]);
    expect(byDate['2027-03-03']).toEqual(['closed', null]);
    expect(byDate['2027-03-04']).toEqual([
      'closed',
      { nameZh: '演示假日', nameEn: 'Demo holiday' },
    ]);
    // Saturday and Sunday: the centre does not open.
    expect(byDate['2027-03-06']).toEqual(['closed', null]);
    expect(byDate['2027-03-07']).toEqual(['closed', null]);
  });

  it('a weekend opening makes the weekend a day like another', () => {
    const days = groupVisitDays(
      view({
        hours: [{ weekday: 6, opens: '09:00', closes: '10:00' }],
        slots: [slot('2027-03-06 09:00')],
      }),
    );
    expect(days.filter((d) => d.state !== 'closed').map((d) => [d.date, d.state])).toEqual([
      ['2027-03-06', 'open'],
      ['2027-03-13', 'full'],
    ]);
  });
});

describe('hoursByWeekday', () => {
  it('lists each weekday from Monday, its periods in order, none for a day it is shut', () => {
    const week = hoursByWeekday([
      { weekday: 2, opens: '13:30', closes: '17:00' },
      { weekday: 2, opens: '09:00', closes: '12:00' },
    ]);
    expect(week).toHaveLength(7);
    expect(week[0]).toEqual({ weekday: 1, periods: [] });
    expect(week[1]).toEqual({
      weekday: 2,
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:30', closes: '17:00' },
      ],
    });
  });
});
