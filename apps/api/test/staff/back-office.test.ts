import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/services/export-audit-csv.ts';
import { coversServerIndependentTests, databaseKinds } from '../helpers/database.ts';
import { expectEvery } from '../helpers/expect-every.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  HOUR,
  prepareForApproval,
  settledAbroadCase,
  signIn,
  type StaffSession,
  type StaffTestApp,
  MANY_SIGN_INS,
} from './support.ts';

const kinds = await databaseKinds();

describe.runIf(coversServerIndependentTests())('CSV cells', () => {
  it('quote everything and neutralise formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('plain, text')).toBe('"plain, text"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe.each(kinds)('audit trail, dashboard and staff management (%s)', (kind) => {
  let t: StaffTestApp;
  let supervisor: StaffSession;
  let admin: StaffSession;
  let decidedReference: string;
  beforeAll(async () => {
    t = await createStaffTestApp(kind, { rateLimits: MANY_SIGN_INS });
    supervisor = await signIn(t.app, DEMO.supervisor);
    admin = await signIn(t.app, DEMO.admin);
  });
  afterAll(async () => t?.close());

  it('supervisors manage their own centre’s staff, but cannot make admins', async () => {
    const created = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: 'reviewer.two',
      displayName: '=HYPERLINK("http://evil.example","click")',
      role: 'REVIEWER',
      password: 'Long-enough-2026',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ centreId: 'SH-HUANGPU', role: 'REVIEWER' });
    const duplicate = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: 'Reviewer.Two',
      displayName: 'x',
      role: 'REVIEWER',
      password: 'Long-enough-2026',
    });
    expect(duplicate.statusCode).toBe(409);
    const shortPassword = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: 'reviewer.three',
      displayName: 'x',
      role: 'REVIEWER',
      password: 'short',
    });
    expect(shortPassword.statusCode).toBe(422);
    expect(shortPassword.json().errors[0].path).toBe('password');
    const makeAdmin = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: 'boss',
      displayName: 'Boss',
      role: 'ADMIN',
      password: 'Long-enough-2026',
    });
    expect(makeAdmin.statusCode).toBe(403);
    const list = (await supervisor.get('/api/v1/staff/users')).json();
    expectEvery(
      list.items,
      (u: { centreId: string }) => u.centreId === 'SH-HUANGPU',
      'own centre only',
    );
    expect(list.items.map((u: { username: string }) => u.username)).not.toContain(
      'reviewer.pudong',
    );
    const pudong = (await admin.get('/api/v1/staff/users'))
      .json()
      .items.find((u: { username: string }) => u.username === 'reviewer.pudong');
    expect(
      (
        await supervisor.patch(`/api/v1/staff/users/${pudong.id}`, {
          currentPassword: supervisor.password,
          disabled: true,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('disabling an account ends its sessions and stops sign-in', async () => {
    const two = await signIn(t.app, ['reviewer.two', 'Long-enough-2026']);
    expect((await two.get('/api/v1/staff/session')).statusCode).toBe(200);
    const res = await supervisor.patch(`/api/v1/staff/users/${two.id}`, {
      currentPassword: supervisor.password,
      disabled: true,
    });
    expect(res.statusCode).toBe(200);
    expect((await two.get('/api/v1/staff/session')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { username: 'reviewer.two', password: 'Long-enough-2026' },
    });
    expect(again.statusCode).toBe(401);
    await supervisor.patch(`/api/v1/staff/users/${two.id}`, {
      currentPassword: supervisor.password,
      disabled: false,
    });
  });

  it('a too-short password on PATCH is 422 naming the password; the old one still signs in', async () => {
    const two = await signIn(t.app, ['reviewer.two', 'Long-enough-2026']);
    const res = await supervisor.patch(`/api/v1/staff/users/${two.id}`, {
      currentPassword: supervisor.password,
      password: 'short-1',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'password', code: 'error.password.tooShort' }),
    ]);
    expect((await signIn(t.app, ['reviewer.two', 'Long-enough-2026'])).id).toBe(two.id);
  });

  it('a malformed audit filter is 422 naming the field, not an empty page', async () => {
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['applicationId=not-a-uuid', 'applicationId'],
      ['actorId=%00', 'actorId'],
    ] as const) {
      const res = await supervisor.get(`/api/v1/staff/audit?${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
  });

  it('browses the audit trail with filters, newest first, in pages', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    decidedReference = filed.reference;
    let reviewer = await signIn(t.app, DEMO.huangpu);
    const version = await prepareForApproval(reviewer, filed.id);
    // Decided two hours after submission (the dashboard's median below); both sessions have
    // gone idle by then (the admin's too), so all sign in again.
    t.clock.advance(2 * HOUR);
    reviewer = await signIn(t.app, DEMO.huangpu);
    supervisor = await signIn(t.app, DEMO.supervisor);
    admin = await signIn(t.app, DEMO.admin);
    await reviewer.post(`/api/v1/staff/applications/${filed.id}/approve`, { version });
    await reviewer.get(`/api/v1/staff/applications/${filed.id}/certificate.pdf`);

    const forApp = (
      await supervisor.get(`/api/v1/staff/audit?applicationId=${filed.id}&limit=200`)
    ).json();
    const actions = forApp.items.map((i: { action: string }) => i.action);
    for (const action of [
      'APPLICATION_CREATED',
      'DOCUMENT_UPLOADED',
      'APPLICATION_SUBMITTED',
      'STAFF_VIEWED_APPLICATION',
      'DOCUMENT_REVIEWED',
      'EXPENSES_CONFIRMED',
      'APPLICATION_APPROVED',
      'CERTIFICATE_ISSUED',
      'STAFF_VIEWED_CERTIFICATE',
    ]) {
      expect(actions).toContain(action);
    }
    const ids = forApp.items.map((i: { id: string }) => BigInt(i.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(forApp.items[0]).toMatchObject({ reference: filed.reference });
    const approvedRow = forApp.items.find(
      (i: { action: string }) => i.action === 'APPLICATION_APPROVED',
    );
    expect(approvedRow.actor).toEqual({ id: reviewer.id, displayName: expect.any(String) });

    const onlyApprovals = (
      await supervisor.get('/api/v1/staff/audit?action=APPLICATION_APPROVED')
    ).json();
    expect(onlyApprovals.items.map((i: { applicationId: string }) => i.applicationId)).toEqual([
      filed.id,
    ]);
    const byActor = (
      await supervisor.get(`/api/v1/staff/audit?actorId=${reviewer.id}&limit=200`)
    ).json();
    expectEvery(
      byActor.items,
      (i: { actor: { id: string } }) => i.actor.id === reviewer.id,
      'actorId filter',
    );

    const first = (await supervisor.get('/api/v1/staff/audit?limit=3')).json();
    const second = (
      await supervisor.get(`/api/v1/staff/audit?limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect(BigInt(second.items[0].id)).toBeLessThan(BigInt(first.items[2].id));

    const future = new Date(t.clock.now().getTime() + HOUR).toISOString();
    expect((await supervisor.get(`/api/v1/staff/audit?from=${future}`)).json().items).toEqual([]);
  });

  it('shows supervisors only their centre in the audit trail; failed sign-ins are there', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { username: 'reviewer.huangpu', password: 'nope' },
    });
    const pudong = await signIn(t.app, DEMO.pudong);
    const failed = (await supervisor.get('/api/v1/staff/audit?action=STAFF_SIGN_IN_FAILED')).json();
    expect(failed.items.length).toBeGreaterThan(0);
    const theirs = (await supervisor.get(`/api/v1/staff/audit?actorId=${pudong.id}`)).json();
    expect(theirs.items).toEqual([]);
    const all = (await admin.get(`/api/v1/staff/audit?actorId=${pudong.id}`)).json();
    expect(all.items.map((i: { action: string }) => i.action)).toContain('STAFF_SIGNED_IN');
  });

  it('exports CSV with the same filters, formula cells neutralised', async () => {
    const res = await supervisor.get('/api/v1/staff/audit.csv?action=STAFF_SIGNED_IN');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"id","at","actorType","actorId","actor","action","applicationId","reference","documentId","detail"',
    );
    expectEvery(lines.slice(1), (l) => l.includes('"STAFF_SIGNED_IN"'), 'CSV rows');
    // reviewer.two signed in earlier; its display name looks like a formula
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(res.body).not.toMatch(/(^|,)"=HYPERLINK/m);
    const reviewer = await signIn(t.app, DEMO.huangpu);
    expect((await reviewer.get('/api/v1/staff/audit.csv')).statusCode).toBe(403);
  });

  it('dashboard: counts by status, oldest waiting, median hours to decision — per centre', async () => {
    const waiting = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const mine = (await supervisor.get('/api/v1/staff/dashboard')).json();
    expect(mine.centres).toHaveLength(1);
    const centre = mine.centres[0];
    expect(centre.centre.id).toBe('SH-HUANGPU');
    expect(centre.countsByStatus).toMatchObject({ CERTIFICATE_READY: 1, SUBMITTED: 1 });
    expect(centre.oldestWaiting).toEqual({
      reference: waiting.reference,
      submittedAt: expect.any(String),
    });
    // approved two hours (test clock) after submission
    expect(centre.medianHoursToDecision30d).toBeGreaterThanOrEqual(2);
    expect(centre.medianHoursToDecision30d).toBeLessThan(2.1);
    const everything = (await admin.get('/api/v1/staff/dashboard')).json();
    expect(everything.centres.map((c: { centre: { id: string } }) => c.centre.id)).toEqual([
      'SH-HUANGPU',
      'SH-PUDONG',
    ]);
    const pudong = everything.centres[1];
    expect(pudong).toMatchObject({
      countsByStatus: {},
      oldestWaiting: null,
      medianHoursToDecision30d: null,
    });
    expect(decidedReference).toBeTruthy();
  });
});

describe.each(kinds)('a supervisor’s audit trail is their centre’s (%s)', (kind) => {
  let t: StaffTestApp;
  let supervisor: StaffSession;
  let admin: StaffSession;
  beforeAll(async () => {
    t = await createStaffTestApp(kind, { rateLimits: MANY_SIGN_INS });
    supervisor = await signIn(t.app, DEMO.supervisor);
    admin = await signIn(t.app, DEMO.admin);
  });
  afterAll(async () => t?.close());

  it('an admin counted among this centre’s staff: what they do at another centre stays out', async () => {
    // The demo admin belongs to Huangpu, as the supervisor does.
    const pudongCase = await fileApplication(
      t.app,
      settledAbroadCase(freshResidentId(), 'SH-PUDONG'),
    );
    expect((await admin.get(`/api/v1/staff/applications/${pudongCase.id}`)).statusCode).toBe(200);
    const pudongUser = await admin.post('/api/v1/staff/users', {
      currentPassword: admin.password,
      username: `pudong.${pudongCase.reference.toLowerCase().replace(/-/g, '')}`,
      displayName: 'Pudong newcomer',
      role: 'REVIEWER',
      centreId: 'SH-PUDONG',
      password: 'Long-enough-2026',
    });
    expect(pudongUser.statusCode, pudongUser.body).toBe(201);
    const huangpuCase = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    expect((await admin.get(`/api/v1/staff/applications/${huangpuCase.id}`)).statusCode).toBe(200);

    const seen = (await supervisor.get(`/api/v1/staff/audit?actorId=${admin.id}&limit=200`)).json();
    const ids = seen.items.map((i: { applicationId: string | null }) => i.applicationId);
    expect(ids).not.toContain(pudongCase.id);
    expect(ids).toContain(huangpuCase.id);
    const created = seen.items.filter((i: { action: string }) => i.action === 'STAFF_USER_CREATED');
    expect(created.map((i: { detail: { staffId: string } }) => i.detail.staffId)).not.toContain(
      pudongUser.json().id,
    );
    expect(
      seen.items.filter((i: { action: string }) => i.action === 'STAFF_SIGNED_IN'),
      'an admin’s own sign-ins belong to no centre',
    ).toEqual([]);
    const csv = (await supervisor.get(`/api/v1/staff/audit.csv?actorId=${admin.id}`)).body;
    expect(csv).not.toContain(pudongCase.id);
    expect(csv).toContain(huangpuCase.id);

    const everything = (
      await admin.get(`/api/v1/staff/audit?actorId=${admin.id}&limit=200`)
    ).json();
    const all = everything.items.map((i: { applicationId: string | null }) => i.applicationId);
    expect(all).toContain(pudongCase.id);
  });
});
