import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf } from '@ssc/domain/visit';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  DEMO,
  signIn,
  type StaffSession,
  type StaffTestApp,
  MANY_SIGN_INS,
} from '../staff/support.ts';
import {
  approvedApplication,
  bookedAt,
  china,
  MONDAY_MORNING,
  visitOf,
  type Approved,
} from './support.ts';

const kinds = await databaseKinds();

const HUANGPU = '/api/v1/staff/centres/SH-HUANGPU';
const PUDONG = '/api/v1/staff/centres/SH-PUDONG';

const demoHours = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opens: '09:00', closes: '12:00' },
  { weekday, opens: '13:30', closes: '17:00' },
]);

// docs/rules.md §5.1: the centres' schedules, and the counter's day of bookings.
describe.each(kinds)('staff and the visits (%s)', (kind) => {
  let t: StaffTestApp;
  let reviewer: StaffSession;
  let otherReviewer: StaffSession;
  let supervisor: StaffSession;
  let admin: StaffSession;
  const signInAll = async () => {
    reviewer = await signIn(t.app, DEMO.huangpu);
    otherReviewer = await signIn(t.app, DEMO.pudong);
    supervisor = await signIn(t.app, DEMO.supervisor);
    admin = await signIn(t.app, DEMO.admin);
  };
  beforeAll(async () => {
    t = await createStaffTestApp(kind, { rateLimits: MANY_SIGN_INS });
    t.clock.set(MONDAY_MORNING);
    await signInAll();
  });
  afterAll(async () => t?.close());

  it('the schedule: the centre’s own staff read it, another centre’s get 404 like an unknown one', async () => {
    const res = await reviewer.get(`${HUANGPU}/visit-schedule`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      centre: { id: 'SH-HUANGPU' },
      timeZone: 'Asia/Shanghai',
      slotMinutes: 30,
      capacity: 3,
      hours: demoHours,
      closedDays: [],
    });
    // the demo holidays from today on: Qingming is the first after 1 March 2027
    expect(res.json().publicHolidays[0]).toEqual({
      date: '2027-04-05',
      nameZh: '清明节',
      nameEn: 'Qingming Festival',
    });
    const other = await otherReviewer.get(`${HUANGPU}/visit-schedule`);
    const unknown = await otherReviewer.get('/api/v1/staff/centres/SH-NOWHERE/visit-schedule');
    expect(other.statusCode).toBe(404);
    expect(other.body).toBe(unknown.body);
    expect((await admin.get(`${PUDONG}/visit-schedule`)).statusCode).toBe(200);
  });

  it('supervisors set their centre’s schedule, admins any; reviewers get 403; audited for that centre', async () => {
    const schedule = { slotMinutes: 20, capacity: 2, hours: demoHours };
    expect((await reviewer.put(`${HUANGPU}/visit-schedule`, schedule)).statusCode).toBe(403);
    expect((await supervisor.put(`${PUDONG}/visit-schedule`, schedule)).statusCode).toBe(404);
    const res = await supervisor.put(`${HUANGPU}/visit-schedule`, schedule);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ slotMinutes: 20, capacity: 2 });
    const byAdmin = await admin.put(`${PUDONG}/visit-schedule`, {
      ...schedule,
      hours: [{ weekday: 6, opens: '09:00', closes: '12:00' }],
    });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().hours).toEqual([{ weekday: 6, opens: '09:00', closes: '12:00' }]);
    // the applicant's slots follow: 20-minute slots, 2 places each
    const applicant = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const slots = (await visitOf(t.app, applicant).slots()).json().slots;
    expect(slots[0]).toEqual({
      start: china('2027-03-01 10:00'),
      end: china('2027-03-01 10:20'),
      placesLeft: 2,
    });
    // The supervisor reads their centre's change in the trail; the admin's change of another
    // centre belongs to that centre, not to theirs.
    const trail = (await supervisor.get('/api/v1/staff/audit?action=VISIT_SCHEDULE_CHANGED')).json()
      .items;
    expect(trail.map((e: { detail: { centreId: string } }) => e.detail.centreId)).toEqual([
      'SH-HUANGPU',
    ]);
    expect(trail[0].detail).toMatchObject({ slotMinutes: 20, capacity: 2 });
    // back to the demo schedule for the rest
    const back = await supervisor.put(`${HUANGPU}/visit-schedule`, {
      slotMinutes: 30,
      capacity: 3,
      hours: demoHours,
    });
    expect(back.statusCode).toBe(200);
  });

  it('a bad schedule is 422 naming each field, and changes nothing', async () => {
    const res = await supervisor.put(`${HUANGPU}/visit-schedule`, {
      slotMinutes: 1,
      capacity: 3,
      hours: [
        { weekday: 1, opens: '09:00', closes: '08:00' },
        { weekday: 9, opens: '25:00', closes: '10:00' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['hours.0.closes', 'hours.1.opens', 'hours.1.weekday', 'slotMinutes']);
    const overlapping = await supervisor.put(`${HUANGPU}/visit-schedule`, {
      slotMinutes: 30,
      capacity: 3,
      hours: [...demoHours, { weekday: 1, opens: '11:00', closes: '14:00' }],
    });
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.json().errors).toEqual([
      expect.objectContaining({ path: 'hours.10', code: 'error.visit.hoursOverlap' }),
    ]);
    expect((await reviewer.get(`${HUANGPU}/visit-schedule`)).json()).toMatchObject({
      slotMinutes: 30,
      capacity: 3,
    });
  });

  it('lowering the capacity keeps the places already booked; raising it opens more', async () => {
    const start = china('2027-03-09 14:00');
    for (let i = 0; i < 2; i++) {
      const applicant = await approvedApplication(t.app, reviewer);
      t.clock.set(MONDAY_MORNING);
      expect((await visitOf(t.app, applicant).book(start)).statusCode).toBe(201);
    }
    const lowered = await supervisor.put(`${HUANGPU}/visit-schedule`, {
      slotMinutes: 30,
      capacity: 1,
      hours: demoHours,
    });
    expect(lowered.statusCode).toBe(200);
    expect(await bookedAt(t.app, start)).toEqual({ booked: 2, capacity: 2 });
    const late = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const full = await visitOf(t.app, late).book(start);
    expect(full.json().type).toBe('/problems/slot-full');
    const raised = await supervisor.put(`${HUANGPU}/visit-schedule`, {
      slotMinutes: 30,
      capacity: 3,
      hours: demoHours,
    });
    expect(raised.statusCode).toBe(200);
    expect(await bookedAt(t.app, start)).toEqual({ booked: 2, capacity: 3 });
    expect((await visitOf(t.app, late).book(start)).statusCode).toBe(201);
  });

  it('closed days: the centre closes a day and counts its bookings; no slot of it is offered; reopened, it is', async () => {
    const applicant = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const visit = visitOf(t.app, applicant);
    expect((await visit.book(china('2027-03-11 09:00'))).statusCode).toBe(201);
    const url = `${HUANGPU}/closed-days/2027-03-11`;
    expect((await reviewer.put(url, { reason: 'Renovation' })).statusCode).toBe(403);
    expect(
      (await supervisor.put(`${PUDONG}/closed-days/2027-03-11`, { reason: 'x' })).statusCode,
    ).toBe(404);
    const closed = await supervisor.put(url, { reason: 'Renovation' });
    expect(closed.statusCode).toBe(200);
    // The booking already made is kept, and counted for the centre to call.
    expect(closed.json()).toEqual({ date: '2027-03-11', reason: 'Renovation', bookings: 1 });
    expect((await visit.view()).json().visit.start).toBe(china('2027-03-11 09:00'));
    const days = (await visit.slots())
      .json()
      .slots.map((s: { start: string }) => chinaDateOf(new Date(s.start)));
    expect(days).toContain('2027-03-10');
    expect(days).not.toContain('2027-03-11');
    // The page is told the day is closed, without the reason staff wrote for themselves.
    expect((await visit.slots()).json().closedDays).toEqual([
      { date: '2027-03-11', holiday: null },
    ]);
    expect((await reviewer.get(`${HUANGPU}/visit-schedule`)).json().closedDays).toEqual([
      { date: '2027-03-11', reason: 'Renovation' },
    ]);
    expect((await supervisor.delete(`${PUDONG}/closed-days/2027-03-11`)).statusCode).toBe(404);
    expect((await supervisor.delete(url)).statusCode).toBe(204);
    expect((await supervisor.delete(url)).statusCode).toBe(204);
    const reopened = (await visit.slots()).json().slots.map((s: { start: string }) => s.start);
    expect(reopened).toContain(china('2027-03-11 09:30'));
    const actions = await t.app.prisma.auditEvent.findMany({
      where: { action: { in: ['CENTRE_DAY_CLOSED', 'CENTRE_DAY_REOPENED'] } },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((e) => [e.action, e.detail])).toEqual([
      ['CENTRE_DAY_CLOSED', { centreId: 'SH-HUANGPU', date: '2027-03-11', bookings: 1 }],
      ['CENTRE_DAY_REOPENED', { centreId: 'SH-HUANGPU', date: '2027-03-11' }],
    ]);
  });

  it('a closed day in the past, or a date that is none, is 422 naming the date', async () => {
    const past = await supervisor.put(`${HUANGPU}/closed-days/2027-02-26`, { reason: 'Too late' });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors).toEqual([
      expect.objectContaining({ path: 'date', code: 'error.visit.pastDate' }),
    ]);
    for (const date of ['2027-02-30', 'tomorrow']) {
      const res = await supervisor.delete(`${HUANGPU}/closed-days/${date}`);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].path).toBe('date');
    }
    const noReason = await supervisor.put(`${HUANGPU}/closed-days/2027-03-12`, { reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('reason');
  });

  it('public holidays are the administrators’: every centre closes; supervisors get 403', async () => {
    const url = '/api/v1/staff/public-holidays/2027-03-12';
    const holiday = { nameZh: '演示假日', nameEn: 'Demo holiday' };
    expect((await supervisor.put(url, holiday)).statusCode).toBe(403);
    expect((await reviewer.delete(url)).statusCode).toBe(403);
    const set = await admin.put(url, holiday);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ date: '2027-03-12', ...holiday, bookings: 0 });
    const listed = (await reviewer.get('/api/v1/staff/public-holidays')).json().items;
    expect(listed[0]).toEqual({ date: '2027-03-12', ...holiday });
    const applicant = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const starts = (await visitOf(t.app, applicant).slots())
      .json()
      .slots.map((s: { start: string }) => s.start);
    expect(starts).not.toContain(china('2027-03-12 09:00'));
    // The applicant's page names the holiday, in both languages.
    expect((await visitOf(t.app, applicant).slots()).json().closedDays).toEqual([
      { date: '2027-03-12', holiday: { nameZh: '演示假日', nameEn: 'Demo holiday' } },
    ]);
    expect((await admin.delete(url)).statusCode).toBe(204);
    expect((await admin.delete(url)).statusCode).toBe(204);
    const again = (await visitOf(t.app, applicant).slots())
      .json()
      .slots.map((s: { start: string }) => s.start);
    expect(again).toContain(china('2027-03-12 09:00'));
    const badDate = await admin.delete('/api/v1/staff/public-holidays/2027-02-29');
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().errors[0].path).toBe('date');
    const bad = await admin.put('/api/v1/staff/public-holidays/2027-03-13', { nameZh: '' });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['nameEn', 'nameZh']);
  });

  let day: Approved;
  it('the day’s bookings: in time order, names masked as in the queue, for the centre’s staff only', async () => {
    day = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    expect((await visitOf(t.app, day).book(china('2027-03-02 10:00'))).statusCode).toBe(201);
    const res = await reviewer.get(`${HUANGPU}/visits?date=2027-03-02`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      centre: { id: 'SH-HUANGPU' },
      date: '2027-03-02',
      timeZone: 'Asia/Shanghai',
    });
    expect(body.items).toEqual([
      {
        id: expect.any(String),
        applicationId: day.id,
        reference: day.reference,
        applicationStatus: 'CERTIFICATE_READY',
        cardholderName: '张*',
        start: china('2027-03-02 10:00'),
        end: china('2027-03-02 10:30'),
        status: 'BOOKED',
        markedAt: null,
      },
    ]);
    expect(res.body).not.toContain('张三');
    expect(res.body).not.toContain(day.idNumber);
    // today by default, and nothing is booked today
    expect((await reviewer.get(`${HUANGPU}/visits`)).json()).toMatchObject({
      date: '2027-03-01',
      items: [],
    });
    const other = await otherReviewer.get(`${HUANGPU}/visits?date=2027-03-02`);
    expect(other.statusCode).toBe(404);
    expect((await admin.get(`${HUANGPU}/visits?date=2027-03-02`)).json().items).toHaveLength(1);
    const bad = await reviewer.get(`${HUANGPU}/visits?date=2027-13-01`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('date');
  });

  it('arrival: recorded from the morning of the day, once; the applicant can then no longer change it', async () => {
    const { items } = (await reviewer.get(`${HUANGPU}/visits?date=2027-03-02`)).json();
    const url = `/api/v1/staff/visits/${items[0].id}/outcome`;
    const early = await reviewer.post(url, { outcome: 'ARRIVED' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      type: '/problems/visit-not-due',
      dueFrom: china('2027-03-02 00:00'),
    });
    expect((await otherReviewer.post(url, { outcome: 'ARRIVED' })).statusCode).toBe(404);
    expect((await reviewer.post(url, { outcome: 'LATE' })).statusCode).toBe(422);
    t.clock.set(china('2027-03-02 09:40'));
    await signInAll();
    const arrived = await reviewer.post(url, { outcome: 'ARRIVED' });
    expect(arrived.statusCode).toBe(200);
    expect(arrived.json()).toMatchObject({ status: 'ARRIVED', markedAt: expect.any(String) });
    const twice = await supervisor.post(url, { outcome: 'NO_SHOW' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      type: '/problems/visit-already-marked',
      visitStatus: 'ARRIVED',
    });
    // the visit happened: it stays the application's, and is the counter's now
    const view = (await visitOf(t.app, day).view()).json();
    expect(view.visit).toMatchObject({ status: 'ARRIVED', start: china('2027-03-02 10:00') });
    for (const res of [
      await visitOf(t.app, day).book(china('2027-03-05 10:00')),
      await visitOf(t.app, day).cancel(),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().type).toBe('/problems/visit-already-marked');
    }
    expect(
      await t.app.prisma.auditEvent.count({
        where: { applicationId: day.id, action: 'VISIT_ARRIVED' },
      }),
    ).toBe(1);
  });

  it('a no-show frees the place, and the applicant books again', async () => {
    t.clock.set(MONDAY_MORNING);
    await signInAll();
    const absent = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const start = china('2027-03-02 11:00');
    expect((await visitOf(t.app, absent).book(start)).statusCode).toBe(201);
    const { items } = (await reviewer.get(`${HUANGPU}/visits?date=2027-03-02`)).json();
    const mine = items.find((i: { applicationId: string }) => i.applicationId === absent.id);
    const url = `/api/v1/staff/visits/${mine.id}/outcome`;
    // before the slot has begun nobody is absent yet
    t.clock.set(china('2027-03-02 10:59'));
    await signInAll();
    const early = await reviewer.post(url, { outcome: 'NO_SHOW' });
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toBe('/problems/visit-not-due');
    t.clock.set(china('2027-03-02 11:20'));
    await signInAll();
    const noShow = await reviewer.post(url, { outcome: 'NO_SHOW' });
    expect(noShow.statusCode).toBe(200);
    expect(noShow.json()).toMatchObject({ status: 'NO_SHOW', applicationId: absent.id });
    expect(await bookedAt(t.app, start)).toMatchObject({ booked: 0 });
    // the application needs a booking again: no visit, and the applicant books another
    const view = (await visitOf(t.app, absent).view()).json();
    expect(view.visit).toBeNull();
    expect(view.status).toBe('CERTIFICATE_READY');
    // …and is told it was missed, so the page can say so
    expect(view.missedVisit).toEqual({ start, end: china('2027-03-02 11:30') });
    const rebooked = await visitOf(t.app, absent).book(china('2027-03-04 09:00'));
    expect(rebooked.statusCode).toBe(201);
    expect((await visitOf(t.app, absent).view()).json().missedVisit).toBeNull();
    // a booking the applicant cancels afterwards is theirs, not a missed visit
    expect((await visitOf(t.app, absent).cancel()).statusCode).toBe(204);
    expect((await visitOf(t.app, absent).view()).json().missedVisit).toBeNull();
    expect((await visitOf(t.app, absent).book(china('2027-03-04 09:00'))).statusCode).toBe(201);
    // the counter's day still shows who did not come
    const after = (await reviewer.get(`${HUANGPU}/visits?date=2027-03-02`)).json().items;
    expect(
      after.map((i: { applicationId: string; status: string }) => [i.applicationId, i.status]),
    ).toEqual([
      [day.id, 'ARRIVED'],
      [absent.id, 'NO_SHOW'],
    ]);
    expect(
      await t.app.prisma.auditEvent.count({
        where: { applicationId: absent.id, action: 'VISIT_NO_SHOW' },
      }),
    ).toBe(1);
  });

  it('the pickup marks a booked visit arrived: the hand-over is the visit', async () => {
    t.clock.set(MONDAY_MORNING);
    await signInAll();
    const collecting = await approvedApplication(t.app, reviewer);
    expect((await visitOf(t.app, collecting).book(china('2027-03-03 09:30'))).statusCode).toBe(201);
    t.clock.set(china('2027-03-03 09:35'));
    await signInAll();
    const base = `/api/v1/staff/applications/${collecting.id}`;
    const version = (await reviewer.get(base)).json().version;
    const pickup = await reviewer.post(`${base}/pickup`, {
      idNumber: collecting.idNumber,
      originalsChecked: true,
      cardHandedIn: true,
      version,
    });
    expect(pickup.statusCode).toBe(200);
    const view = (await visitOf(t.app, collecting).view()).json();
    expect(view.status).toBe('COLLECTED');
    expect(view.visit).toMatchObject({ status: 'ARRIVED', start: china('2027-03-03 09:30') });
  });
});
