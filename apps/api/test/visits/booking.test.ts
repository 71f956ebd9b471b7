import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { expectEvery } from '../helpers/expect-every.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  MINUTE,
  settledAbroadCase,
  signIn,
  type StaffSession,
  type StaffTestApp,
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

// docs/rules.md §5.1: the applicant books the one visit once the application is approved.
describe.each(kinds)('the applicant books the visit (%s)', (kind) => {
  let t: StaffTestApp;
  let reviewer: StaffSession;
  beforeAll(async () => {
    t = await createStaffTestApp(kind);
    // Before anyone signs in: sessions count their idle time on this clock.
    t.clock.set(MONDAY_MORNING);
    reviewer = await signIn(t.app, DEMO.huangpu);
  });
  afterAll(async () => t?.close());

  it('before approval there is nothing to book: 409 visit-not-open for the slots and the booking', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const visit = visitOf(t.app, filed);
    const slots = await visit.slots();
    expect(slots.statusCode).toBe(409);
    expect(slots.json()).toMatchObject({
      type: '/problems/visit-not-open',
      applicationStatus: 'SUBMITTED',
    });
    const booked = await visit.book(china('2027-03-02 09:00'));
    expect(booked.statusCode).toBe(409);
    expect(booked.json().type).toBe('/problems/visit-not-open');
    expect(await t.app.prisma.visit.count({ where: { applicationId: filed.id } })).toBe(0);
  });

  let approved: Approved;
  it('lists the chosen centre’s free slots for 14 days, from 2 hours from now', async () => {
    approved = await approvedApplication(t.app, reviewer);
    // Approving took a moment of the test clock: back to 07:59.
    t.clock.set(MONDAY_MORNING);
    const res = await visitOf(t.app, approved).slots();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      timeZone: 'Asia/Shanghai',
      centre: { id: 'SH-HUANGPU' },
      from: '2027-03-01',
      to: '2027-03-14',
    });
    // Ten working days of 13 slots; 09:00 and 09:30 today start within 2 hours.
    expect(body.slots).toHaveLength(128);
    expect(body.slots[0]).toEqual({
      start: china('2027-03-01 10:00'),
      end: china('2027-03-01 10:30'),
      placesLeft: 3,
    });
    expect(body.slots.at(-1).start).toBe(china('2027-03-12 16:30'));
    // The centre's hours, for the page to give, and no closed day in this fortnight.
    expect(body.hours).toHaveLength(10);
    expect(body.hours.slice(0, 2)).toEqual([
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 1, opens: '13:30', closes: '17:00' },
    ]);
    expect(body.closedDays).toEqual([]);
  });

  it('books a slot (201): the application view, the staff view and tracking show it; asking again changes nothing (200)', async () => {
    const visit = visitOf(t.app, approved);
    // Any ISO offset names the instant; the answer gives it in UTC, as every instant.
    const res = await visit.book('2027-03-02T09:00:00+08:00');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      status: 'BOOKED',
      start: china('2027-03-02 09:00'),
      end: china('2027-03-02 09:30'),
      centre: expect.objectContaining({ id: 'SH-HUANGPU', nameZh: expect.any(String) }),
      changeableUntil: china('2027-03-02 07:00'),
    });
    expect(await bookedAt(t.app, china('2027-03-02 09:00'))).toEqual({ booked: 1, capacity: 3 });

    const view = (await visit.view()).json();
    expect(view.visit).toEqual(res.json());
    const staffView = (await reviewer.get(`/api/v1/staff/applications/${approved.id}`)).json();
    expect(staffView.visit).toEqual(res.json());
    const tracked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      payload: { reference: approved.reference, idNumber: approved.idNumber },
    });
    expect(tracked.json().visit).toEqual(res.json());
    // the fields tracking had before stay as they were
    expect(tracked.json()).toMatchObject({
      status: 'CERTIFICATE_READY',
      pickup: expect.any(Object),
    });
    expect(tracked.body).not.toContain('张');

    const slots = (await visit.slots()).json().slots as { start: string; placesLeft: number }[];
    expect(slots.find((s) => s.start === china('2027-03-02 09:00'))?.placesLeft).toBe(2);

    const again = await visit.book(china('2027-03-02 09:00'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(res.json());
    expect(await bookedAt(t.app, china('2027-03-02 09:00'))).toEqual({ booked: 1, capacity: 3 });
    const audit = await t.app.prisma.auditEvent.findMany({
      where: { applicationId: approved.id, action: 'VISIT_BOOKED' },
    });
    expect(audit.map((e) => e.detail)).toEqual([
      { centreId: 'SH-HUANGPU', start: china('2027-03-02 09:00') },
    ]);
  });

  it('a start that is no slot of the centre is 422 naming start, and books nothing', async () => {
    const other = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const visit = visitOf(t.app, other);
    for (const [start, code] of [
      [china('2027-03-02 09:10'), 'error.visit.notASlot'],
      [china('2027-03-02 12:00'), 'error.visit.notASlot'],
      [china('2027-03-06 09:00'), 'error.visit.notASlot'],
      [china('2027-03-01 09:30'), 'error.visit.notASlot'],
      [china('2027-03-15 09:00'), 'error.visit.notASlot'],
      ['2027-03-02', 'error.visit.start'],
      ['2027-03-02T09:00:00', 'error.visit.start'],
    ]) {
      const res = await visit.book(start!);
      expect({ start, status: res.statusCode, errors: res.json().errors }).toEqual({
        start,
        status: 422,
        errors: [expect.objectContaining({ path: 'start', code })],
      });
    }
    expect(await t.app.prisma.visit.count({ where: { applicationId: other.id } })).toBe(0);
  });

  it('moves the booking: the old place is freed and the new one taken, in one step; audited', async () => {
    const visit = visitOf(t.app, approved);
    const res = await visit.book(china('2027-03-03 14:00'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'BOOKED', start: china('2027-03-03 14:00') });
    expect(await bookedAt(t.app, china('2027-03-02 09:00'))).toEqual({ booked: 0, capacity: 3 });
    expect(await bookedAt(t.app, china('2027-03-03 14:00'))).toEqual({ booked: 1, capacity: 3 });
    expect((await visit.view()).json().visit.start).toBe(china('2027-03-03 14:00'));
    // one booking, moved: not a second one
    expect(await t.app.prisma.visit.count({ where: { applicationId: approved.id } })).toBe(1);
    const moved = await t.app.prisma.auditEvent.findFirstOrThrow({
      where: { applicationId: approved.id, action: 'VISIT_MOVED' },
    });
    expect(moved.detail).toEqual({
      centreId: 'SH-HUANGPU',
      from: china('2027-03-02 09:00'),
      to: china('2027-03-03 14:00'),
    });
  });

  it('cancels (204): the place is free again and the view shows no visit; cancelling again is 204', async () => {
    const visit = visitOf(t.app, approved);
    const res = await visit.cancel();
    expect(res.statusCode).toBe(204);
    expect(await bookedAt(t.app, china('2027-03-03 14:00'))).toEqual({ booked: 0, capacity: 3 });
    expect((await visit.view()).json().visit).toBeNull();
    const tracked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      payload: { reference: approved.reference, idNumber: approved.idNumber },
    });
    expect(tracked.json().visit).toBeNull();
    expect((await visit.cancel()).statusCode).toBe(204);
    const stored = await t.app.prisma.visit.findFirstOrThrow({
      where: { applicationId: approved.id },
    });
    expect(stored).toMatchObject({ status: 'CANCELLED', activeApplicationId: null });
    expect(
      await t.app.prisma.auditEvent.count({
        where: { applicationId: approved.id, action: 'VISIT_CANCELLED' },
      }),
    ).toBe(1);
    // and books again
    expect((await visit.book(china('2027-03-04 09:00'))).statusCode).toBe(201);
  });

  it('within 2 hours of its start the visit can be neither moved nor cancelled: 409 visit-change-too-late', async () => {
    const soon = await approvedApplication(t.app, reviewer);
    t.clock.set(MONDAY_MORNING);
    const visit = visitOf(t.app, soon);
    expect((await visit.book(china('2027-03-01 10:30'))).statusCode).toBe(201);
    // a minute before the deadline (08:30, 2 hours before): a move is allowed
    t.clock.set(china('2027-03-01 08:29'));
    const moved = await visit.book(china('2027-03-01 11:00'));
    expect(moved.statusCode).toBe(200);
    t.clock.set(china('2027-03-01 09:00'));
    t.clock.advance(MINUTE / 60);
    for (const res of [await visit.book(china('2027-03-02 10:00')), await visit.cancel()]) {
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        type: '/problems/visit-change-too-late',
        changeableUntil: china('2027-03-01 09:00'),
      });
    }
    expect((await visit.view()).json().visit.start).toBe(china('2027-03-01 11:00'));
    expect(await bookedAt(t.app, china('2027-03-01 11:00'))).toMatchObject({ booked: 1 });
    t.clock.set(MONDAY_MORNING);
  });

  it('a full slot is 409 slot-full naming start, offering the next free slots', async () => {
    const start = china('2027-03-05 15:00');
    const applicants: Approved[] = [];
    for (let i = 0; i < 4; i++) applicants.push(await approvedApplication(t.app, reviewer));
    t.clock.set(MONDAY_MORNING);
    for (const applicant of applicants.slice(0, 3)) {
      expect((await visitOf(t.app, applicant).book(start)).statusCode).toBe(201);
    }
    const res = await visitOf(t.app, applicants[3]!).book(start);
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body).toMatchObject({
      type: '/problems/slot-full',
      status: 409,
      errors: [{ path: 'start', code: 'error.visit.slotFull', message: expect.any(String) }],
    });
    expect(body.nextSlots).toHaveLength(5);
    expectEvery(body.nextSlots, (s: { placesLeft: number }) => s.placesLeft > 0, 'offered');
    expect(body.nextSlots.map((s: { start: string }) => s.start)).not.toContain(start);
    expect(body.nextSlots[0].start).toBe(china('2027-03-01 10:00'));
    expect(await bookedAt(t.app, start)).toEqual({ booked: 3, capacity: 3 });
    const free = (await visitOf(t.app, applicants[3]!).slots()).json().slots;
    expect(free.map((s: { start: string }) => s.start)).not.toContain(start);
  });

  it('the database itself refuses a place beyond capacity and a second booking holding a place', async () => {
    const start = china('2027-03-05 15:00');
    const slot = await t.app.prisma.visitSlot.findUniqueOrThrow({
      where: { centreId_startsAt: { centreId: 'SH-HUANGPU', startsAt: new Date(start) } },
    });
    // Whatever the code does: the CHECK constraint (booked <= capacity) holds.
    await expect(
      t.app.prisma.visitSlot.update({ where: { id: slot.id }, data: { booked: { increment: 1 } } }),
    ).rejects.toThrow();
    await expect(
      t.app.prisma.visitSlot.update({ where: { id: slot.id }, data: { booked: -1 } }),
    ).rejects.toThrow();
    const holder = await t.app.prisma.visit.findFirstOrThrow({
      where: { slotId: slot.id, status: 'BOOKED' },
    });
    // The unique activeApplicationId: one booking holding a place per application.
    await expect(
      t.app.prisma.visit.create({
        data: {
          applicationId: holder.applicationId,
          slotId: slot.id,
          activeApplicationId: holder.applicationId,
          bookedAt: new Date(),
          changedAt: new Date(),
        },
      }),
    ).rejects.toThrow();
    // and a booking cannot hold a place without saying so, nor say so without holding one
    await expect(
      t.app.prisma.visit.update({ where: { id: holder.id }, data: { activeApplicationId: null } }),
    ).rejects.toThrow();
    expect(await bookedAt(t.app, start)).toEqual({ booked: 3, capacity: 3 });
  });
});
