import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  deathCase,
  DEMO,
  fileApplication,
  freshResidentId,
  settledAbroadCase,
  signIn,
  type StaffSession,
  type StaffTestApp,
} from './support.ts';

const kinds = await databaseKinds();
const PASSWORD = 'Long-enough-2026';

describe.each(kinds)('claims, reassignment and role changes (%s)', (kind) => {
  let t: StaffTestApp;
  let reviewerA: StaffSession;
  let reviewerB: StaffSession;
  let supervisor: StaffSession;
  let admin: StaffSession;
  let pudong: StaffSession;
  beforeAll(async () => {
    t = await createStaffTestApp(kind);
    supervisor = await signIn(t.app, DEMO.supervisor);
    admin = await signIn(t.app, DEMO.admin);
    reviewerA = await signIn(t.app, DEMO.huangpu);
    pudong = await signIn(t.app, DEMO.pudong);
    // A second reviewer of the same centre, made the way a supervisor makes one.
    const created = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: 'reviewer.huangpu.b',
      displayName: 'Reviewer B',
      role: 'REVIEWER',
      password: PASSWORD,
    });
    expect(created.statusCode, created.body).toBe(201);
    reviewerB = await signIn(t.app, ['reviewer.huangpu.b', PASSWORD]);
  });
  afterAll(async () => t?.close());

  const base = (id: string) => `/api/v1/staff/applications/${id}`;
  const staffView = async (id: string) => (await supervisor.get(base(id))).json();

  async function claimedByA(answers: Record<string, unknown>, role?: 'AGENT') {
    const filed = await fileApplication(t.app, answers, role);
    const view = (await reviewerA.get(base(filed.id))).json();
    const claim = await reviewerA.post(`${base(filed.id)}/claim`, { version: view.version });
    expect(claim.statusCode, claim.body).toBe(200);
    expect(claim.json().assignee.id).toBe(reviewerA.id);
    return { filed, view: claim.json() };
  }

  /**
   * B is refused with claimed-elsewhere and nothing changes; then A sends the very same request
   * and it goes through, so the refusal was about the claim and nothing else.
   */
  async function refusedForBThenDoneByA(id: string, path: string, body: Record<string, unknown>) {
    const before = await staffView(id);
    const refused = await reviewerB.post(`${base(id)}${path}`, {
      ...body,
      version: before.version,
    });
    expect(refused.statusCode, `${path}: ${refused.body}`).toBe(409);
    expect(refused.json().type).toBe('/problems/claimed-elsewhere');
    const after = await staffView(id);
    expect(after.version).toBe(before.version);
    expect(after.status).toBe(before.status);
    expect(after.assignee.id).toBe(reviewerA.id);
    const done = await reviewerA.post(`${base(id)}${path}`, { ...body, version: before.version });
    expect(done.statusCode, `${path} by A: ${done.body}`).toBe(200);
    return done.json();
  }

  it('claimed by A, B (same centre) is refused on every decision route; A may act', async () => {
    const { filed, view } = await claimedByA(
      deathCase(freshResidentId(), freshResidentId()),
      'AGENT',
    );
    // claim itself
    const claim = await reviewerB.post(`${base(filed.id)}/claim`, { version: view.version });
    expect(claim.statusCode).toBe(409);
    expect(claim.json().type).toBe('/problems/claimed-elsewhere');

    const documents = view.documents as { id: string }[];
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      await refusedForBThenDoneByA(filed.id, `/documents/${document.id}/review`, {
        decision: 'ACCEPTED',
      });
    }
    await refusedForBThenDoneByA(filed.id, '/expenses', { settled: true });
    await refusedForBThenDoneByA(filed.id, '/hrss-closed', { closed: true });
    const approved = await refusedForBThenDoneByA(filed.id, '/approve', {});
    expect(approved.status).toBe('CERTIFICATE_READY');
  });

  it('claimed by A, B cannot return it for correction; A can', async () => {
    const { filed } = await claimedByA(settledAbroadCase(freshResidentId()));
    const returned = await refusedForBThenDoneByA(filed.id, '/return', {
      items: [{ kind: 'ABROAD_PROOF', reason: 'BLURRED' }],
    });
    expect(returned.status).toBe('RETURNED_FOR_CORRECTION');
  });

  it('refusing is for supervisors: a reviewer, assigned or not, gets 403; a supervisor steps in', async () => {
    const { filed, view } = await claimedByA(settledAbroadCase(freshResidentId()));
    for (const reviewer of [reviewerA, reviewerB]) {
      const res = await reviewer.post(`${base(filed.id)}/reject`, {
        reason: 'DUPLICATE',
        version: view.version,
      });
      expect(res.statusCode).toBe(403);
    }
    const res = await supervisor.post(`${base(filed.id)}/reject`, {
      reason: 'DUPLICATE',
      version: view.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('REJECTED');
  });

  it('a supervisor reassigns A’s case to B: B may act, A no longer; audited', async () => {
    const { filed, view } = await claimedByA(settledAbroadCase(freshResidentId()));
    const denied = await reviewerA.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerB.id,
      version: view.version,
    });
    expect(denied.statusCode).toBe(403);
    const res = await supervisor.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerB.id,
      version: view.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assignee.id).toBe(reviewerB.id);
    const stale = await supervisor.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerA.id,
      version: view.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toBe('/problems/decided-elsewhere');

    const docId = (res.json().documents as { id: string }[])[0]!.id;
    const byA = await reviewerA.post(`${base(filed.id)}/documents/${docId}/review`, {
      decision: 'ACCEPTED',
      version: res.json().version,
    });
    expect(byA.statusCode).toBe(409);
    expect(byA.json().type).toBe('/problems/claimed-elsewhere');
    const byB = await reviewerB.post(`${base(filed.id)}/documents/${docId}/review`, {
      decision: 'ACCEPTED',
      version: res.json().version,
    });
    expect(byB.statusCode, byB.body).toBe(200);

    const audit = await t.app.prisma.auditEvent.findMany({
      where: { applicationId: filed.id, action: 'APPLICATION_REASSIGNED' },
    });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: supervisor.id,
        detail: { from: reviewerA.id, to: reviewerB.id },
      }),
    ]);
  });

  it('reassigning to staff of another centre, a disabled account or nobody known is 422 on staffId', async () => {
    const { filed, view } = await claimedByA(settledAbroadCase(freshResidentId()));
    const spare = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: 'reviewer.huangpu.spare',
      displayName: 'Spare',
      role: 'REVIEWER',
      password: PASSWORD,
    });
    await supervisor.patch(`/api/v1/staff/users/${spare.json().id}`, {
      currentPassword: supervisor.password,
      disabled: true,
    });
    const targets = [pudong.id, spare.json().id, '00000000-0000-4000-8000-000000000000'];
    for (const staffId of targets) {
      // An admin may reassign anywhere, but only to staff of the application's own centre.
      for (const actor of [supervisor, admin]) {
        const res = await actor.post(`${base(filed.id)}/reassign`, {
          staffId,
          version: view.version,
        });
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json().errors).toEqual([expect.objectContaining({ path: 'staffId' })]);
      }
    }
    expect((await staffView(filed.id)).assignee.id).toBe(reviewerA.id);
  });

  it('another centre’s application is not found for a supervisor, but an admin may reassign it', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId(), 'SH-PUDONG'));
    const view = (await pudong.get(base(filed.id))).json();
    const res = await supervisor.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerA.id,
      version: view.version,
    });
    expect(res.statusCode).toBe(404);
    const wrongCentre = await admin.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerA.id,
      version: view.version,
    });
    expect(wrongCentre.statusCode).toBe(422);
    const ok = await admin.post(`${base(filed.id)}/reassign`, {
      staffId: pudong.id,
      version: view.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().assignee.id).toBe(pudong.id);
  });

  it('a decided case is no longer reassigned (409 wrong-status)', async () => {
    const { filed, view } = await claimedByA(settledAbroadCase(freshResidentId()));
    const rejected = await supervisor.post(`${base(filed.id)}/reject`, {
      reason: 'DUPLICATE',
      version: view.version,
    });
    const res = await supervisor.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerB.id,
      version: rejected.json().version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toBe('/problems/wrong-status');
  });

  it('role changes: a supervisor cannot promote to admin nor touch an admin; an admin can', async () => {
    const users = (await admin.get('/api/v1/staff/users')).json().items as {
      id: string;
      username: string;
      role: string;
    }[];
    const adminUser = users.find((u) => u.username === 'admin.shanghai')!;
    const changesBySupervisor = () =>
      t.app.prisma.auditEvent.count({
        where: { action: 'STAFF_USER_CHANGED', actorId: supervisor.id },
      });
    const changesBefore = await changesBySupervisor();
    const promote = await supervisor.patch(`/api/v1/staff/users/${reviewerB.id}`, {
      currentPassword: supervisor.password,
      role: 'ADMIN',
    });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().errors).toEqual([expect.objectContaining({ path: 'role' })]);
    const demoteAdmin = await supervisor.patch(`/api/v1/staff/users/${adminUser.id}`, {
      currentPassword: supervisor.password,
      role: 'REVIEWER',
    });
    expect(demoteAdmin.statusCode).toBe(403);
    const otherCentre = await supervisor.patch(`/api/v1/staff/users/${pudong.id}`, {
      currentPassword: supervisor.password,
      role: 'SUPERVISOR',
    });
    expect(otherCentre.statusCode).toBe(404);
    const byReviewer = await reviewerA.patch(`/api/v1/staff/users/${reviewerB.id}`, {
      currentPassword: reviewerA.password,
      role: 'SUPERVISOR',
    });
    expect(byReviewer.statusCode).toBe(403);
    const roles = async () =>
      Object.fromEntries(
        ((await admin.get('/api/v1/staff/users')).json().items as typeof users).map((u) => [
          u.id,
          u.role,
        ]),
      );
    expect(await roles()).toMatchObject({
      [reviewerB.id]: 'REVIEWER',
      [adminUser.id]: 'ADMIN',
      [pudong.id]: 'REVIEWER',
    });
    expect(await changesBySupervisor()).toBe(changesBefore);

    // A role change applies to the next request of a session already open.
    const { filed, view } = await claimedByA(settledAbroadCase(freshResidentId()));
    expect(
      (
        await reviewerB.post(`${base(filed.id)}/reassign`, {
          staffId: reviewerB.id,
          version: view.version,
        })
      ).statusCode,
    ).toBe(403);
    const promoted = await admin.patch(`/api/v1/staff/users/${reviewerB.id}`, {
      currentPassword: admin.password,
      role: 'SUPERVISOR',
    });
    expect(promoted.statusCode, promoted.body).toBe(200);
    const taken = await reviewerB.post(`${base(filed.id)}/reassign`, {
      staffId: reviewerB.id,
      version: view.version,
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().assignee.id).toBe(reviewerB.id);
  });
});
