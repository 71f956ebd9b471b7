import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  HOUR,
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

  it('ends a session 8 hours after sign-in', async () => {
    const staff = await signIn(t.app, DEMO.pudong);
    t.clock.advance(8 * HOUR - 60_000);
    expect((await staff.get('/api/v1/staff/applications')).statusCode).toBe(200);
    t.clock.advance(60_000);
    const expired = await staff.get('/api/v1/staff/applications');
    expect(expired.statusCode).toBe(401);
  });

  it('locks an account for 15 minutes after 5 failed sign-ins, and audits each try', async () => {
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { username: 'reviewer.pudong', password },
      });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    const locked = await attempt(DEMO.pudong[1]);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().type).toBe('/problems/account-locked');
    const user = await t.app.prisma.staffUser.findUniqueOrThrow({
      where: { username: 'reviewer.pudong' },
    });
    const failures = await t.app.prisma.auditEvent.findMany({
      where: { actorId: user.id, action: 'STAFF_SIGN_IN_FAILED' },
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
    expect((await attempt(DEMO.pudong[1])).statusCode).toBe(200);
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
