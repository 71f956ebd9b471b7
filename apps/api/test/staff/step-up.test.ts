import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  DEMO,
  signIn,
  type StaffSession,
  type StaffTestApp,
} from './support.ts';

const kinds = await databaseKinds();

/** docs/decisions/004-authentication.md: step-up, who manages whom, and one's own password. */
describe.each(kinds)('step-up and passwords (%s)', (kind) => {
  let t: StaffTestApp;
  let admin: StaffSession;
  let supervisor: StaffSession;
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}.${Date.now().toString(36)}${(counter += 1)}`;
  beforeAll(async () => {
    t = await createStaffTestApp(kind, {
      rateLimits: { staffSignIn: { max: 1_000, timeWindow: '1 minute' } },
    });
    admin = await signIn(t.app, DEMO.admin);
    supervisor = await signIn(t.app, DEMO.supervisor);
  });
  afterAll(async () => t?.close());

  /** A new account at Huangpu, made by the admin, and a session of it. */
  async function account(role: 'REVIEWER' | 'SUPERVISOR', password = 'Granite-Lantern-Otter') {
    const username = fresh(role.toLowerCase());
    const created = await admin.post('/api/v1/staff/users', {
      username,
      displayName: `${role} for step-up`,
      role,
      password,
      centreId: 'SH-HUANGPU',
      currentPassword: admin.password,
    });
    expect(created.statusCode, created.body).toBe(201);
    return { id: created.json().id as string, username, password };
  }
  const auditOf = (actorId: string, action: string) =>
    t.app.prisma.auditEvent.findMany({ where: { actorId, action: action as never } });

  it('every change to an account asks again for the actor’s own password; a wrong one changes nothing and is audited', async () => {
    const reviewer = await account('REVIEWER');
    const url = `/api/v1/staff/users/${reviewer.id}`;
    const missing = await supervisor.patch(url, { disabled: true });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['currentPassword']);
    const wrong = await supervisor.patch(url, {
      disabled: true,
      currentPassword: 'not-mine-at-all',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({
      type: '/problems/step-up-failed',
      errors: [expect.objectContaining({ path: 'currentPassword' })],
    });
    const created = await supervisor.post('/api/v1/staff/users', {
      username: fresh('reviewer'),
      displayName: 'Never made',
      role: 'REVIEWER',
      password: 'Granite-Lantern-Otter',
      currentPassword: 'not-mine-at-all',
    });
    expect(created.statusCode).toBe(403);
    const row = await t.app.prisma.staffUser.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(row.disabled).toBe(false);
    expect(await t.app.prisma.staffUser.count({ where: { displayName: 'Never made' } })).toBe(0);
    expect((await auditOf(supervisor.id, 'STAFF_STEP_UP_FAILED')).length).toBeGreaterThanOrEqual(2);
    // With the right one it is done.
    const done = await supervisor.patch(url, {
      disabled: true,
      currentPassword: supervisor.password,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().disabled).toBe(true);
  });

  it('five wrong answers end the session, and the sign-in lock cannot stop a step-up', async () => {
    const mine = await account('SUPERVISOR');
    const session = await signIn(t.app, [mine.username, mine.password]);
    const reviewer = await account('REVIEWER');
    // Someone guesses at this supervisor's username until sign-in locks it for new devices …
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        remoteAddress: '127.0.2.1',
        payload: { username: mine.username, password: `guess-${i}` },
      });
    }
    // … which does not stop the supervisor at their desk confirming a change.
    const url = `/api/v1/staff/users/${reviewer.id}`;
    const ok = await session.patch(url, { disabled: false, currentPassword: mine.password });
    expect(ok.statusCode, ok.body).toBe(200);
    // Five wrong answers from one session, and it is over.
    for (let i = 1; i <= 5; i++) {
      const res = await session.patch(url, { disabled: true, currentPassword: `wrong-${i}` });
      expect(res.statusCode).toBe(403);
    }
    expect((await session.get('/api/v1/staff/session')).statusCode).toBe(401);
    const failures = await auditOf(mine.id, 'STAFF_STEP_UP_FAILED');
    expect(failures.map((f) => f.detail)).toEqual([
      { failures: 1, sessionEnded: false },
      { failures: 2, sessionEnded: false },
      { failures: 3, sessionEnded: false },
      { failures: 4, sessionEnded: false },
      { failures: 5, sessionEnded: true },
    ]);
  });

  it('a supervisor manages reviewers only: not another supervisor, not an admin, nor makes one', async () => {
    const peer = await account('SUPERVISOR');
    const adminUser = await t.app.prisma.staffUser.findUniqueOrThrow({
      where: { username: DEMO.admin[0] },
    });
    const before = await t.app.prisma.staffUser.findUniqueOrThrow({ where: { id: peer.id } });
    for (const change of [
      { password: 'Someone-Else-Now-2026' },
      { disabled: true },
      { role: 'REVIEWER' },
    ]) {
      for (const target of [peer.id, adminUser.id]) {
        const res = await supervisor.patch(`/api/v1/staff/users/${target}`, {
          ...change,
          currentPassword: supervisor.password,
        });
        expect(res.statusCode, JSON.stringify(change)).toBe(403);
      }
    }
    const made = await supervisor.post('/api/v1/staff/users', {
      username: fresh('supervisor'),
      displayName: 'A peer',
      role: 'SUPERVISOR',
      password: 'Granite-Lantern-Otter',
      currentPassword: supervisor.password,
    });
    expect(made.statusCode).toBe(403);
    expect(made.json().errors).toEqual([expect.objectContaining({ path: 'role' })]);
    const after = await t.app.prisma.staffUser.findUniqueOrThrow({ where: { id: peer.id } });
    expect(after).toEqual(before);
    // The peer still signs in with their own password: nobody set another.
    expect((await signIn(t.app, [peer.username, peer.password])).id).toBe(peer.id);
    // An admin may.
    const byAdmin = await admin.patch(`/api/v1/staff/users/${peer.id}`, {
      disabled: true,
      currentPassword: admin.password,
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
  });

  it('a new password is refused when common or holding the username, naming the field', async () => {
    const reviewer = await account('REVIEWER');
    for (const [password, key] of [
      ['1qaz2wsx3edc', 'error.password.common'],
      ['Password2026!', 'error.password.common'],
      [`${reviewer.username}-x`, 'error.password.containsUsername'],
      ['short', 'error.password.tooShort'],
    ] as const) {
      const res = await supervisor.patch(`/api/v1/staff/users/${reviewer.id}`, {
        password,
        currentPassword: supervisor.password,
      });
      expect(res.statusCode, password).toBe(422);
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'password', code: key })]);
    }
  });

  it('staff change their own password: the current one first; their other sessions end, this one goes on', async () => {
    const me = await account('REVIEWER');
    const here = await signIn(t.app, [me.username, me.password]);
    const elsewhere = await signIn(t.app, [me.username, me.password]);
    const change = (body: Record<string, unknown>) =>
      here.post('/api/v1/staff/session/password', body);
    const next = 'Velvet-Harbour-Kite';
    const wrong = await change({ currentPassword: 'not-my-password', newPassword: next });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    for (const [newPassword, key] of [
      ['qwerty123456', 'error.password.common'],
      ['too-short', 'error.password.tooShort'],
      [me.password, 'error.password.unchanged'],
    ] as const) {
      const res = await change({ currentPassword: me.password, newPassword });
      expect(res.statusCode, newPassword).toBe(422);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ path: 'newPassword', code: key }),
      ]);
    }
    const done = await change({ currentPassword: me.password, newPassword: next });
    expect(done.statusCode, done.body).toBe(204);
    expect((await here.get('/api/v1/staff/session')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/staff/session')).statusCode).toBe(401);
    await expect(signIn(t.app, [me.username, me.password])).rejects.toThrow(/401/);
    expect((await signIn(t.app, [me.username, next])).id).toBe(me.id);
    expect(await auditOf(me.id, 'STAFF_PASSWORD_CHANGED')).toHaveLength(1);
  });
});
