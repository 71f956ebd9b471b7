import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { expectEvery } from '../helpers/expect-every.ts';
import {
  createStaffTestApp,
  DEMO,
  signIn,
  type StaffSession,
  type StaffTestApp,
} from '../staff/support.ts';
import { china, insertApprovedApplications, MONDAY_MORNING, visitOf } from './support.ts';

const kinds = await databaseKinds();

const ATTEMPTS = 200;
const PLACES = 20;
const SLOTS = [china('2027-03-03 09:00'), china('2027-03-03 09:30')];

/**
 * docs/decisions/015-visit-booking.md: capacity is the database's to keep. Two hundred approved
 * applications book at once into a fortnight that has exactly 20 places (two slots of 10, one
 * Wednesday morning): exactly 20 get one, and every other gets a 409 that offers what is left.
 * On PostgreSQL the requests meet in the pool's connections; PGlite has one connection, so
 * there they queue, and the same count must hold.
 */
describe.each(kinds)('200 bookings at once for 20 places (%s)', (kind) => {
  let t: StaffTestApp;
  let admin: StaffSession;
  const figures: string[] = [];

  beforeAll(async () => {
    t = await createStaffTestApp(kind);
    t.clock.set(MONDAY_MORNING);
    admin = await signIn(t.app, DEMO.admin);
    // Wednesday 09:00–10:00 only: two slots of 10 places on 3 March, and 10 March closed.
    const set = await admin.put('/api/v1/staff/centres/SH-HUANGPU/visit-schedule', {
      slotMinutes: 30,
      capacity: 10,
      hours: [{ weekday: 3, opens: '09:00', closes: '10:00' }],
    });
    expect(set.statusCode).toBe(200);
    const closed = await admin.put('/api/v1/staff/centres/SH-HUANGPU/closed-days/2027-03-10', {
      reason: 'Staff training',
    });
    expect(closed.statusCode).toBe(200);
  });
  afterAll(async () => {
    // The figures docs/performance.md quotes ("Visit booking under contention").
    if (figures.length) process.stdout.write(`${figures.join('\n')}\n`);
    await t?.close();
  });

  it('exactly 20 of 200 simultaneous bookings succeed; the other 180 get 409 slot-full with the free slots left', async () => {
    const applicants = await insertApprovedApplications(t.app, ATTEMPTS);
    const first = (await visitOf(t.app, applicants[0]!).slots()).json();
    expect(first.slots).toEqual(
      SLOTS.map((start) => expect.objectContaining({ start, placesLeft: 10 })),
    );

    const started = performance.now();
    const answers = await Promise.all(
      applicants.map((applicant, i) => visitOf(t.app, applicant).book(SLOTS[i % 2]!)),
    );
    const ms = Math.round(performance.now() - started);

    const booked = answers.filter((res) => res.statusCode === 201);
    const refused = answers.filter((res) => res.statusCode === 409);
    const other = answers.filter((res) => ![201, 409].includes(res.statusCode));
    expect(other.map((res) => `${res.statusCode} ${res.body}`)).toEqual([]);
    expect(booked).toHaveLength(PLACES);
    expect(refused).toHaveLength(ATTEMPTS - PLACES);
    expectEvery(
      refused.map((res) => res.json()),
      (body) =>
        body.type === '/problems/slot-full' &&
        body.errors?.[0]?.path === 'start' &&
        Array.isArray(body.nextSlots) &&
        body.nextSlots.every(
          (s: { start: string; placesLeft: number }) => SLOTS.includes(s.start) && s.placesLeft > 0,
        ),
      'refusals offering what is left',
    );
    // The last refusals see both slots full: the list they offer is empty.
    expect(refused.some((res) => res.json().nextSlots.length === 0)).toBe(true);

    // What the database holds: 10 in each slot, 20 bookings of 20 different applications.
    const slots = await t.app.prisma.visitSlot.findMany({
      where: { centreId: 'SH-HUANGPU' },
      orderBy: { startsAt: 'asc' },
    });
    expect(slots.map((s) => [s.startsAt.toISOString(), s.booked, s.capacity])).toEqual(
      SLOTS.map((start) => [start, 10, 10]),
    );
    const visits = await t.app.prisma.visit.findMany({ where: { status: 'BOOKED' } });
    expect(visits).toHaveLength(PLACES);
    expect(new Set(visits.map((v) => v.applicationId)).size).toBe(PLACES);
    expect(await t.app.prisma.auditEvent.count({ where: { action: 'VISIT_BOOKED' } })).toBe(PLACES);
    // and nothing is left to offer
    expect((await visitOf(t.app, applicants[0]!).slots()).json().slots).toEqual([]);

    figures.push(
      `visit booking race (${kind}): ${ATTEMPTS} simultaneous bookings for ${PLACES} places → ` +
        `${booked.length} booked (201), ${refused.length} refused (409 slot-full), ` +
        `${other.length} other, in ${ms} ms`,
    );
  });

  it('one application asking for several slots at once holds one place at the end', async () => {
    // Room again for this part: the centre raises the capacity, and the slots to come follow.
    const raised = await admin.put('/api/v1/staff/centres/SH-HUANGPU/visit-schedule', {
      slotMinutes: 30,
      capacity: 30,
      hours: [{ weekday: 3, opens: '09:00', closes: '10:00' }],
    });
    expect(raised.statusCode).toBe(200);
    const [applicant] = await insertApprovedApplications(t.app, 1);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => visitOf(t.app, applicant!).book(SLOTS[i % 2]!)),
    );
    const ms = Math.round(performance.now() - started);
    expect(
      answers.filter((res) => ![200, 201, 409].includes(res.statusCode)).map((r) => r.body),
    ).toEqual([]);
    expect(answers.filter((res) => res.statusCode === 201)).toHaveLength(1);
    const held = await t.app.prisma.visit.findMany({
      where: { applicationId: applicant!.id, status: 'BOOKED' },
      include: { slot: true },
    });
    expect(held).toHaveLength(1);
    // Every place counted is held by a booking: 10 + 10 from the race, plus this one.
    const slots = await t.app.prisma.visitSlot.findMany({ where: { centreId: 'SH-HUANGPU' } });
    expect(slots.reduce((sum, s) => sum + s.booked, 0)).toBe(PLACES + 1);
    const bookedNow = await t.app.prisma.visit.groupBy({
      by: ['slotId'],
      where: { status: 'BOOKED' },
      _count: true,
    });
    expect(Object.fromEntries(slots.map((s) => [s.id, s.booked]))).toEqual(
      Object.fromEntries(bookedNow.map((g) => [g.slotId, g._count])),
    );
    figures.push(
      `visit booking race (${kind}): 20 simultaneous requests of one application → ` +
        `1 booking holding 1 place, in ${ms} ms`,
    );
  });
});
