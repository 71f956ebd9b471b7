import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  HOUR,
  MINUTE,
  settledAbroadCase,
  signIn,
  type StaffTestApp,
} from './support.ts';

const kinds = await databaseKinds();

describe.each(kinds)('staff accounts, sessions and CSRF (%s)', (kind) => {
  let t: StaffTestApp;
  beforeAll(async () => {
    t = await createStaffTestApp(kind, {
      rateLimits: { staffSignIn: { max: 20, timeWindow: '1 minute' } },
    });
  });
  afterAll(async () => t?.close());

  it('gives a CSRF token at sign-in and again on "who am I"', async () => {
    const staff = await signIn(t.app, DEMO.huangpu);
    expect(staff.csrf).toMatch(/^[\w-]{40,}$/);
    const me = await staff.get('/api/v1/staff/session');
    expect(me.json()).toMatchObject({ username: 'reviewer.huangpu', csrfToken: staff.csrf });
  });

  it('refuses a change without the CSRF token, or with another session’s', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const staff = await signIn(t.app, DEMO.huangpu);
    const other = await signIn(t.app, DEMO.supervisor);
    const url = `/api/v1/staff/applications/${filed.id}/claim`;
    const none = await t.app.inject({
      method: 'POST',
      url,
      cookies: { ssc_staff: staff.cookie },
      payload: { version: 1 },
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().type).toBe('/problems/csrf');
    const wrong = await staff.post(url, { version: 1 }, { 'x-csrf-token': other.csrf });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().type).toBe('/problems/csrf');
    // nothing happened
    const view = await staff.get(`/api/v1/staff/applications/${filed.id}`);
    expect(view.json()).toMatchObject({ status: 'SUBMITTED', assignee: null });
    const ok = await staff.post(url, { version: view.json().version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'UNDER_REVIEW', assignee: { id: staff.id } });
  });

  it('signs out (with the token) and the cookie stops working', async () => {
    const staff = await signIn(t.app, DEMO.huangpu);
    const noToken = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/staff/session',
      cookies: { ssc_staff: staff.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/staff/session',
      cookies: { ssc_staff: staff.cookie },
      headers: { 'x-csrf-token': staff.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await staff.get('/api/v1/staff/session')).statusCode).toBe(401);
  });

  it('ends a session 8 hours after sign-in, however busy', async () => {
    const staff = await signIn(t.app, DEMO.pudong);
    // A request every 29 minutes keeps it from going idle, for 7 h 44 min …
    for (let i = 0; i < 16; i++) {
      t.clock.advance(29 * MINUTE);
      expect((await staff.get('/api/v1/staff/applications')).statusCode).toBe(200);
    }
    t.clock.advance(8 * HOUR - 16 * 29 * MINUTE - MINUTE);
    expect((await staff.get('/api/v1/staff/applications')).statusCode).toBe(200);
    // … and at 8 hours it ends all the same.
    t.clock.advance(MINUTE);
    const expired = await staff.get('/api/v1/staff/applications');
    expect(expired.statusCode).toBe(401);
  });

  it('ends a session after 30 minutes without a request, and audits why', async () => {
    const staff = await signIn(t.app, DEMO.pudong);
    t.clock.advance(29 * MINUTE);
    const me = await staff.get('/api/v1/staff/session');
    expect(me.statusCode).toBe(200);
    // The page is told the limit, to warn before it (and "continue" is any request, such as this).
    expect(me.json().idleMinutes).toBe(30);
    t.clock.advance(29 * MINUTE);
    expect((await staff.get('/api/v1/staff/session')).statusCode).toBe(200);
    t.clock.advance(30 * MINUTE);
    const idle = await staff.get('/api/v1/staff/applications');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().detail).toMatch(/30 minutes without activity/);
    // Ended for good: the session row is gone, and coming back a moment later does not revive it.
    expect((await staff.get('/api/v1/staff/session')).statusCode).toBe(401);
    const ended = await t.app.prisma.auditEvent.findMany({
      where: { actorId: staff.id, action: 'STAFF_SIGNED_OUT' },
    });
    const idleEnds = ended.filter(
      (e) => (e.detail as { reason?: string } | null)?.reason === 'idle',
    );
    expect(idleEnds).toHaveLength(1);
  });

  /** A sign-in from its own client address (the per-address limit stays out of the way). */
  const attempt = (
    username: string,
    password: string,
    device?: string,
    remoteAddress = '127.0.1.1',
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      remoteAddress,
      payload: { username, password },
      cookies: device ? { ssc_staff_device: device } : {},
    });
  const deviceOf = (res: Awaited<ReturnType<typeof attempt>>) =>
    res.cookies.find((c) => c.name === 'ssc_staff_device')!.value;

  it('locks an account for 15 minutes after 5 failed sign-ins from new devices, answering as for a wrong password, and audits each try', async () => {
    const [username, password] = DEMO.pudong;
    const unknown = await attempt('nobody.here', password);
    const wrong = await attempt(username, 'wrong');
    for (let i = 0; i < 4; i++) expect((await attempt(username, 'wrong')).statusCode).toBe(401);
    // Locked now: even the right password is refused, with the same answer as a wrong password
    // and an unknown username, so the lock tells a stranger nothing about the account.
    const locked = await attempt(username, password);
    for (const res of [unknown, wrong, locked]) expect(res.statusCode).toBe(401);
    expect(locked.json()).toEqual(wrong.json());
    expect(locked.json()).toEqual(unknown.json());
    expect(locked.json().detail).toMatch(/5 failed tries.*15 minutes/);
    const user = await t.app.prisma.staffUser.findUniqueOrThrow({ where: { username } });
    const failures = await t.app.prisma.auditEvent.findMany({
      where: { actorId: user.id, action: 'STAFF_SIGN_IN_FAILED' },
      orderBy: { id: 'asc' },
    });
    expect(failures.map((f) => (f.detail as { reason: string }).reason)).toEqual([
      'password',
      'password',
      'password',
      'password',
      'password',
      'locked',
    ]);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await attempt(username, password)).statusCode).toBe(200);
  });

  it('the lock cannot keep someone from their own desk: a device the account signed in from still signs in', async () => {
    const [username, password] = DEMO.huangpu;
    const own = deviceOf(await attempt(username, password));
    // A colleague, or anyone, types wrong passwords for this username until it locks.
    for (let i = 0; i < 5; i++) await attempt(username, `guess-${i}`, undefined, '127.0.1.2');
    expect((await attempt(username, password, undefined, '127.0.1.2')).statusCode).toBe(401);
    // The owner, at their own desk, signs in as usual; a wrong password there is still wrong.
    expect((await attempt(username, 'typo', own)).statusCode).toBe(401);
    const back = await attempt(username, password, own);
    expect(back.statusCode, back.body).toBe(200);
    // Each sign-in gives the device a fresh note.
    expect(deviceOf(back)).not.toBe(own);
  });

  it('a device cookie vouches only for its own account, cannot be forged, and has an allowance of its own', async () => {
    const [username, password] = DEMO.pudong;
    const [otherName, otherPassword] = DEMO.supervisor;
    // This device's own address, so that the per-address limit stays out of the count.
    const at = (name: string, secret: string, device?: string) =>
      attempt(name, secret, device, '127.0.1.3');
    const own = deviceOf(await at(username, password));
    const lock = async (name: string) => {
      for (let i = 0; i < 5; i++) await attempt(name, `guess-${i}`, undefined, '127.0.1.4');
    };
    // Another account's lock holds against this device.
    await lock(otherName);
    expect((await at(otherName, otherPassword, own)).statusCode).toBe(401);
    // A note altered by a hair is no note at all.
    await lock(username);
    const [staffId, issuedAt, nonce, digest] = own.split('.');
    const flipped = `${digest!.slice(0, -1)}${digest!.endsWith('0') ? '1' : '0'}`;
    for (const altered of [
      `${staffId}.${issuedAt}.${nonce}.${flipped}`,
      `${staffId}.${issuedAt}.x.${digest}`,
      // Made younger by hand, to outlive its 90 days: the digest covers the date too.
      `${staffId}.${Number(issuedAt) + 1000}.${nonce}.${digest}`,
    ]) {
      expect((await at(username, password, altered)).statusCode).toBe(401);
    }
    // Ten tries in 15 minutes from one device (one went to the other account above); after
    // them it counts as a new device, which the lock holds against.
    for (let i = 0; i < 8; i++) expect((await at(username, 'typo', own)).statusCode).toBe(401);
    const tenth = await at(username, password, own);
    expect(tenth.statusCode, tenth.body).toBe(200);
    await lock(username);
    expect((await at(username, password, own)).statusCode).toBe(401);
    // Let both locks run out for the tests that follow.
    t.clock.advance(15 * 60_000 + 1000);
  });

  it('a device note is worth nothing after 90 days, whatever the browser keeps', async () => {
    const [username, password] = DEMO.huangpu;
    const at = (device?: string, from = '127.0.1.6') => attempt(username, password, device, from);
    const own = deviceOf(await at());
    t.clock.advance(91 * 24 * HOUR);
    for (let i = 0; i < 5; i++) await attempt(username, `guess-${i}`, undefined, '127.0.1.7');
    expect((await at(own)).statusCode).toBe(401);
    // Let the lock run out for the tests that follow.
    t.clock.advance(15 * MINUTE + 1000);
  });

  it('keeps roles apart: reviewers cannot reject, reassign, read the audit or manage staff', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const reviewer = await signIn(t.app, DEMO.huangpu);
    const view = await reviewer.get(`/api/v1/staff/applications/${filed.id}`);
    expect(view.json().allowedActions).not.toContain('reject');
    const reject = await reviewer.post(`/api/v1/staff/applications/${filed.id}/reject`, {
      reason: 'DUPLICATE',
      version: view.json().version,
    });
    expect(reject.statusCode).toBe(403);
    expect((await reviewer.get('/api/v1/staff/audit')).statusCode).toBe(403);
    expect((await reviewer.get('/api/v1/staff/users')).statusCode).toBe(403);
    const supervisorView = await (
      await signIn(t.app, DEMO.supervisor)
    ).get(`/api/v1/staff/applications/${filed.id}`);
    expect(supervisorView.json().allowedActions).toEqual(
      expect.arrayContaining(['reject', 'reassign']),
    );
  });

  it('keeps the audit trail append-only: an update or delete through Prisma fails', async () => {
    const row = await t.app.prisma.auditEvent.findFirstOrThrow({});
    await expect(
      t.app.prisma.auditEvent.update({
        where: { id: row.id },
        data: { action: 'STAFF_SIGNED_OUT' },
      }),
    ).rejects.toThrow(/append-only/);
    await expect(t.app.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    const again = await t.app.prisma.auditEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(again.action).toBe(row.action);
  });

  it('rate-limits sign-in per client address', async () => {
    // A client address of its own: its window opens with its first attempt, so no earlier test
    // and no minute boundary decides how many attempts it gets — exactly the limit (20).
    const attempt = (remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        remoteAddress,
        payload: { username: 'nobody', password: 'x' },
      });
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) codes.push((await attempt('127.0.0.7')).statusCode);
    expect(codes).toEqual([...Array<number>(20).fill(401), 429, 429]);
    // Another address is not affected.
    expect((await attempt('127.0.0.8')).statusCode).toBe(401);
  });
});
