import { describe, expect, it } from 'vitest';
import { listFieldErrors } from './field-errors.ts';
import { requiredDocuments } from './eligibility.ts';
import {
  addDays,
  bookVisitBodySchema,
  canChangeVisit,
  chinaDateOf,
  chinaDayBounds,
  chinaInstant,
  findVisitSlot,
  isVisitBookable,
  listFreeVisitSlots,
  listVisitSlots,
  visitBringList,
  visitChangeDeadline,
  visitDateSchema,
  visitScheduleBodySchema,
  visitWindow,
  weekdayOf,
  type OpeningPeriod,
  type VisitSchedule,
} from './visit.ts';

// Monday 1 March 2027, 08:00 in China (00:00 UTC): the window runs to Sunday 14 March.
const MONDAY_8AM = new Date('2027-03-01T00:00:00Z');

const weekdays = (opens: string, closes: string): OpeningPeriod[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));

/** The demo centres' week: Mon–Fri 09:00–12:00 and 13:30–17:00, 30-minute slots of 3. */
const demo: VisitSchedule = {
  slotMinutes: 30,
  capacity: 3,
  hours: [...weekdays('09:00', '12:00'), ...weekdays('13:30', '17:00')],
  closedDays: [],
};

/** The China wall-clock time of an ISO instant, `YYYY-MM-DD HH:MM`. */
const local = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('China Standard Time (UTC+8, no daylight saving)', () => {
  it.each([
    ['2027-03-01T00:00:00Z', '2027-03-01'],
    ['2027-02-28T15:59:59Z', '2027-02-28'],
    ['2027-02-28T16:00:00Z', '2027-03-01'],
    // midsummer: still +8, no daylight saving
    ['2027-07-01T16:30:00Z', '2027-07-02'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
  ])('%s is %s in China', (instant, date) => {
    expect(chinaDateOf(new Date(instant))).toBe(date);
  });

  it.each([
    ['2027-03-01', 9 * 60, '2027-03-01T01:00:00.000Z'],
    ['2027-03-01', 0, '2027-02-28T16:00:00.000Z'],
    ['2027-07-15', 13 * 60 + 30, '2027-07-15T05:30:00.000Z'],
  ])('%s at minute %i is %s', (date, minutes, instant) => {
    expect(chinaInstant(date, minutes).toISOString()).toBe(instant);
  });

  it.each([
    ['2027-03-01', 1],
    ['2027-03-06', 6],
    ['2027-03-07', 7],
    ['2026-12-04', 5],
    ['2027-02-06', 6],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('adds days across months and years', () => {
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('gives a China day as the UTC instants it runs between', () => {
    const { from, to } = chinaDayBounds('2027-03-01');
    expect([from.toISOString(), to.toISOString()]).toEqual([
      '2027-02-28T16:00:00.000Z',
      '2027-03-01T16:00:00.000Z',
    ]);
  });

  it('runs the window over 14 China days from the day of now', () => {
    // 23:30 UTC on 28 February is already 1 March in China.
    const window = visitWindow(new Date('2027-02-28T23:30:00Z'));
    expect(window.first).toBe('2027-03-01');
    expect(window.last).toBe('2027-03-14');
    expect(window.days).toHaveLength(14);
  });
});

describe('listVisitSlots (docs/rules.md §5.1)', () => {
  it('cuts each opening period into slots, Monday to Friday, for 14 days', () => {
    const slots = listVisitSlots({ schedule: demo, booked: {}, now: MONDAY_8AM });
    // 6 slots in the morning, 7 in the afternoon, 10 working days; 08:00 + 2 h is 10:00, so
    // Monday's first two (09:00, 09:30) are gone.
    expect(slots).toHaveLength(10 * 13 - 2);
    expect(local(slots[0]!.start)).toBe('2027-03-01 10:00');
    expect(local(slots[0]!.end)).toBe('2027-03-01 10:30');
    expect(slots.map((s) => local(s.start)).slice(4, 6)).toEqual([
      '2027-03-01 13:30',
      '2027-03-01 14:00',
    ]);
    expect(local(slots.at(-1)!.start)).toBe('2027-03-12 16:30');
    expect(slots.every((s) => s.placesLeft === 3)).toBe(true);
    // in time order, and never on a weekend
    const starts = slots.map((s) => Date.parse(s.start));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(slots.some((s) => [6, 7].includes(weekdayOf(chinaDateOf(new Date(s.start)))))).toBe(
      false,
    );
  });

  it.each([
    // [now (UTC), first slot offered (China time), why]
    ['2027-03-01T00:00:00Z', '2027-03-01 10:00', 'two hours after 08:00'],
    ['2027-03-01T00:00:01Z', '2027-03-01 10:30', 'a second later, 10:00 is within 2 hours'],
    ['2027-03-01T03:00:00Z', '2027-03-01 13:30', '11:00: the morning is gone, lunch is closed'],
    ['2027-03-01T07:00:00Z', '2027-03-02 09:00', '15:00: the rest of the day is within 2 hours'],
    ['2027-03-05T10:00:00Z', '2027-03-08 09:00', 'Friday 18:00: the weekend is closed'],
  ])('at %s the first slot is %s (%s)', (now, first) => {
    const slots = listVisitSlots({ schedule: demo, booked: {}, now: new Date(now) });
    expect(local(slots[0]!.start)).toBe(first);
  });

  it('skips closed days: public holidays and the centre’s own', () => {
    const slots = listVisitSlots({
      schedule: { ...demo, closedDays: ['2027-03-02', '2027-03-03'] },
      booked: {},
      now: MONDAY_8AM,
    });
    const days = new Set(slots.map((s) => chinaDateOf(new Date(s.start))));
    expect(days.has('2027-03-02')).toBe(false);
    expect(days.has('2027-03-03')).toBe(false);
    expect(days.has('2027-03-04')).toBe(true);
    expect(slots).toHaveLength(8 * 13 - 2);
  });

  it('does not offer a slot that would run past closing time', () => {
    const slots = listVisitSlots({
      schedule: {
        slotMinutes: 45,
        capacity: 1,
        hours: [{ weekday: 2, opens: '09:00', closes: '11:00' }],
        closedDays: [],
      },
      booked: {},
      now: MONDAY_8AM,
    });
    // 09:00–09:45, 09:45–10:30; 10:30–11:15 would end after 11:00.
    expect(slots.map((s) => `${local(s.start)}–${local(s.end).slice(11)}`)).toEqual([
      '2027-03-02 09:00–09:45',
      '2027-03-02 09:45–10:30',
      '2027-03-09 09:00–09:45',
      '2027-03-09 09:45–10:30',
    ]);
  });

  it('runs a period to midnight with 24:00, and orders periods given out of order', () => {
    const slots = listVisitSlots({
      schedule: {
        slotMinutes: 60,
        capacity: 1,
        hours: [
          { weekday: 3, opens: '22:00', closes: '24:00' },
          { weekday: 3, opens: '10:00', closes: '11:00' },
        ],
        closedDays: [],
      },
      booked: {},
      now: MONDAY_8AM,
    });
    expect(slots.slice(0, 3).map((s) => local(s.start))).toEqual([
      '2027-03-03 10:00',
      '2027-03-03 22:00',
      '2027-03-03 23:00',
    ]);
    expect(local(slots[2]!.end)).toBe('2027-03-04 00:00');
  });

  it.each([
    [0, 3],
    [1, 2],
    [3, 0],
    // capacity lowered below what was booked before: full, never negative
    [5, 0],
  ])('with %i places taken, %i are left', (taken, left) => {
    const start = chinaInstant('2027-03-02', 9 * 60).toISOString();
    const slots = listVisitSlots({ schedule: demo, booked: { [start]: taken }, now: MONDAY_8AM });
    expect(slots.find((s) => s.start === start)!.placesLeft).toBe(left);
  });

  it('lists no free slot when none has a place, or nothing is open', () => {
    expect(
      listFreeVisitSlots({ schedule: { ...demo, capacity: 0 }, booked: {}, now: MONDAY_8AM }),
    ).toEqual([]);
    expect(
      listFreeVisitSlots({ schedule: { ...demo, hours: [] }, booked: {}, now: MONDAY_8AM }),
    ).toEqual([]);
  });

  it('leaves full slots out of the free list', () => {
    const start = chinaInstant('2027-03-02', 9 * 60).toISOString();
    const query = { schedule: demo, booked: { [start]: 3 }, now: MONDAY_8AM };
    expect(listVisitSlots(query).some((s) => s.start === start)).toBe(true);
    expect(listFreeVisitSlots(query).some((s) => s.start === start)).toBe(false);
  });
});

describe('findVisitSlot', () => {
  const query = { schedule: demo, booked: {}, now: MONDAY_8AM };
  it.each([
    ['2027-03-02T09:00:00+08:00', '2027-03-02 09:00'],
    ['2027-03-02T01:00:00Z', '2027-03-02 09:00'],
  ])('finds the slot at %s', (start, found) => {
    expect(local(findVisitSlot(query, new Date(start))!.start)).toBe(found);
  });

  it.each([
    ['2027-03-02T09:10:00+08:00', 'not on a slot boundary'],
    ['2027-03-02T12:00:00+08:00', 'lunch'],
    ['2027-03-06T09:00:00+08:00', 'a Saturday'],
    ['2027-03-01T09:30:00+08:00', 'within 2 hours of now'],
    ['2027-02-26T09:00:00+08:00', 'in the past'],
    ['2027-03-15T09:00:00+08:00', 'beyond the 14 days'],
  ])('finds none at %s (%s)', (start) => {
    expect(findVisitSlot(query, new Date(start))).toBeNull();
  });
});

describe('changing a visit (2 hours before its start)', () => {
  const start = new Date('2027-03-02T09:00:00+08:00');
  it.each([
    ['2027-03-02T06:59:59+08:00', true],
    ['2027-03-02T07:00:00+08:00', true],
    ['2027-03-02T07:00:01+08:00', false],
    ['2027-03-02T10:00:00+08:00', false],
  ])('at %s: %s', (now, allowed) => {
    expect(canChangeVisit(start, new Date(now))).toBe(allowed);
  });

  it('names the deadline', () => {
    expect(visitChangeDeadline(start).toISOString()).toBe('2027-03-01T23:00:00.000Z');
  });

  it.each([
    ['APPROVED', true],
    ['CERTIFICATE_READY', true],
    ['UNDER_REVIEW', false],
    ['COLLECTED', false],
    ['REJECTED', false],
  ] as const)('an application in %s is bookable: %s', (status, bookable) => {
    expect(isVisitBookable(status)).toBe(bookable);
  });
});

describe('the visit schemas name each bad field', () => {
  const paths = (result: ReturnType<typeof visitScheduleBodySchema.safeParse>) =>
    result.success ? [] : listFieldErrors(result.error).map((e) => `${e.path} ${e.messageKey}`);

  it('takes the demo schedule', () => {
    const parsed = visitScheduleBodySchema.parse({
      slotMinutes: 30,
      capacity: 3,
      hours: demo.hours,
    });
    expect(parsed.hours).toHaveLength(10);
  });

  it.each([
    [{ slotMinutes: 0, capacity: 3, hours: [] }, 'slotMinutes error.visit.slotMinutes'],
    [{ slotMinutes: 30.5, capacity: 3, hours: [] }, 'slotMinutes error.visit.slotMinutes'],
    [{ slotMinutes: 30, capacity: 101, hours: [] }, 'capacity error.visit.capacity'],
    [{ slotMinutes: 30, capacity: -1, hours: [] }, 'capacity error.visit.capacity'],
    [
      { slotMinutes: 30, capacity: 3, hours: [{ weekday: 8, opens: '09:00', closes: '10:00' }] },
      'hours.0.weekday error.visit.weekday',
    ],
    [
      { slotMinutes: 30, capacity: 3, hours: [{ weekday: 1, opens: '9:00', closes: '10:00' }] },
      'hours.0.opens error.visit.time',
    ],
    [
      { slotMinutes: 30, capacity: 3, hours: [{ weekday: 1, opens: '09:00', closes: '24:30' }] },
      'hours.0.closes error.visit.time',
    ],
    [
      { slotMinutes: 30, capacity: 3, hours: [{ weekday: 1, opens: '12:00', closes: '09:00' }] },
      'hours.0.closes error.visit.closesBeforeOpens',
    ],
    [
      {
        slotMinutes: 30,
        capacity: 3,
        hours: [
          { weekday: 1, opens: '09:00', closes: '12:00' },
          { weekday: 2, opens: '09:00', closes: '12:00' },
          { weekday: 1, opens: '11:30', closes: '13:00' },
        ],
      },
      'hours.2 error.visit.hoursOverlap',
    ],
    [
      // A period that closes before it opens is named for that alone, not also as an overlap.
      {
        slotMinutes: 30,
        capacity: 3,
        hours: [
          { weekday: 1, opens: '13:30', closes: '17:00' },
          { weekday: 1, opens: '15:00', closes: '14:00' },
        ],
      },
      'hours.1.closes error.visit.closesBeforeOpens',
    ],
  ])('refuses %j: %s', (body, error) => {
    expect(paths(visitScheduleBodySchema.safeParse(body))).toEqual([error]);
  });

  it('names a time that is not one, and not also the order of the two', () => {
    const result = visitScheduleBodySchema.safeParse({
      slotMinutes: 30,
      capacity: 3,
      hours: [{ weekday: 1, opens: '25:00', closes: '10:00' }],
    });
    expect(paths(result)).toEqual(['hours.0.opens error.visit.time']);
  });

  it('lets two periods of a day touch', () => {
    const result = visitScheduleBodySchema.safeParse({
      slotMinutes: 30,
      capacity: 3,
      hours: [
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '12:00', closes: '13:00' },
      ],
    });
    expect(result.success).toBe(true);
  });

  it.each([
    ['2027-03-02T09:00:00+08:00', '2027-03-02T01:00:00.000Z'],
    ['2027-03-02T01:00:00.000Z', '2027-03-02T01:00:00.000Z'],
    ['2027-03-02T01:00Z', '2027-03-02T01:00:00.000Z'],
  ])('reads the start %s as %s', (start, instant) => {
    expect(bookVisitBodySchema.parse({ start }).start.toISOString()).toBe(instant);
  });

  it.each(['2027-03-02', '2027-03-02T09:00:00', '2027-02-30T09:00:00Z', 'tomorrow', '', 12])(
    'refuses the start %j',
    (start) => {
      const result = bookVisitBodySchema.safeParse({ start });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(listFieldErrors(result.error).map((e) => `${e.path} ${e.messageKey}`)).toEqual([
          'start error.visit.start',
        ]);
      }
    },
  );

  it.each([
    ['2027-02-05', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-2-5', false],
    ['20270205', false],
  ])('a date %s is valid: %s', (date, valid) => {
    expect(visitDateSchema.safeParse(date).success).toBe(valid);
  });
});

// docs/rules.md §4, §5.1: what to bring is the originals of what the case needed scanned.
describe('visitBringList', () => {
  const today = '2027-03-01';
  const holder = { name: '张三', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' } as const;
  it.each([
    [
      'a cardholder settling abroad, card in hand',
      { filer: { role: 'CARDHOLDER' }, reason: 'SETTLED_ABROAD', cardholder: holder },
      ['CARDHOLDER_ID', 'CARD', 'ABROAD_PROOF'],
    ],
    [
      'the card lost: nothing to hand in',
      {
        filer: { role: 'CARDHOLDER' },
        reason: 'SETTLED_ABROAD',
        cardholder: { ...holder, cardLost: true, lossReportReference: 'L1' },
      },
      ['CARDHOLDER_ID', 'ABROAD_PROOF'],
    ],
    [
      'an agent for a living cardholder: their own ID and the entrustment',
      {
        filer: { role: 'AGENT' },
        reason: 'LEFT_MAINLAND',
        cardholder: holder,
        agent: { idType: 'RESIDENT_ID' },
      },
      ['CARDHOLDER_ID', 'CARD', 'AGENT_ID', 'ENTRUSTMENT_CERTIFICATE', 'DEPARTURE_PROOF'],
    ],
    [
      'a relative after a death: the proof of death instead of an entrustment',
      {
        filer: { role: 'AGENT' },
        reason: 'DEATH',
        cardholder: holder,
        agent: { idType: 'RESIDENT_ID' },
      },
      ['CARDHOLDER_ID', 'CARD', 'AGENT_ID', 'DEATH_PROOF'],
    ],
    [
      'a guardian: the proof of guardianship',
      {
        filer: { role: 'GUARDIAN' },
        reason: 'RELOCATION',
        cardholder: holder,
        agent: { idType: 'RESIDENT_ID' },
      },
      ['CARDHOLDER_ID', 'CARD', 'AGENT_ID', 'GUARDIANSHIP_PROOF', 'TRANSFER_PROOF'],
    ],
  ] as const)('%s', (_, c, expected) => {
    expect(visitBringList(requiredDocuments(c, today))).toEqual(expected);
  });

  it('the two sides of a paper are one thing to bring; an optional extra is not asked for', () => {
    expect(
      visitBringList(['CARD_BACK', 'CARD_FRONT', 'OTHER_SUPPORTING', 'CARDHOLDER_ID_BACK']),
    ).toEqual(['CARDHOLDER_ID', 'CARD']);
  });
});
