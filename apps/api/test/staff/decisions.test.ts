import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { expectEvery } from '../helpers/expect-every.ts';
import {
  createStaffTestApp,
  DAY,
  deathCase,
  DEMO,
  fileApplication,
  freshResidentId,
  prepareForApproval,
  settledAbroadCase,
  signIn,
  type StaffSession,
  type StaffTestApp,
} from './support.ts';

const kinds = await databaseKinds();

describe.each(kinds)('staff decisions (%s)', (kind) => {
  let t: StaffTestApp;
  let reviewer: StaffSession;
  let supervisor: StaffSession;
  beforeAll(async () => {
    t = await createStaffTestApp(kind);
    reviewer = await signIn(t.app, DEMO.huangpu);
    supervisor = await signIn(t.app, DEMO.supervisor);
  });
  afterAll(async () => t?.close());

  it('two staff approving at once: exactly one succeeds, the other gets 409', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const version = await prepareForApproval(supervisor, filed.id);
    const url = `/api/v1/staff/applications/${filed.id}/approve`;
    const results = await Promise.all([
      reviewer.post(url, { version }),
      supervisor.post(url, { version }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().type).toBe('/problems/decided-elsewhere');
    expect(await t.app.prisma.certificate.count({ where: { applicationId: filed.id } })).toBe(1);
    const approvals = await t.app.prisma.statusEvent.count({
      where: { applicationId: filed.id, status: 'APPROVED' },
    });
    expect(approvals).toBe(1);
  });

  it('two reviewers claiming at once: one gets it, the other 409', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const other = await signIn(t.app, DEMO.admin);
    const view = (await reviewer.get(`/api/v1/staff/applications/${filed.id}`)).json();
    const url = `/api/v1/staff/applications/${filed.id}/claim`;
    const results = await Promise.all([
      reviewer.post(url, { version: view.version }),
      other.post(url, { version: view.version }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    // Whoever lost read the version the winner replaced: refused as decided elsewhere. (A
    // reviewer acting on a case another has claimed is tested without a race in assignment.test.ts.)
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().type).toBe('/problems/decided-elsewhere');
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect([reviewer.id, other.id]).toContain(winner.assignee.id);
  });

  it('Art. 26: a death waits for the HRSS closure; the agent collects with their own ID', async () => {
    const cardholderId = freshResidentId({ bornFrom: '1930-01-01', bornTo: '1950-12-31' });
    const agentId = freshResidentId();
    const filed = await fileApplication(t.app, deathCase(cardholderId, agentId), 'AGENT');
    const base = `/api/v1/staff/applications/${filed.id}`;
    let version = await prepareForApproval(reviewer, filed.id);
    let view = (await reviewer.get(base)).json();
    expect(view.allowedActions).toContain('recordHrssClosed');
    expect(view.allowedActions).not.toContain('approve');
    const blocked = await reviewer.post(`${base}/approve`, { version });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().type).toBe('/problems/hrss-not-closed');
    const wait = await reviewer.post(`${base}/hrss-closed`, {
      closed: false,
      note: 'Pension still being paid out',
      version,
    });
    expect(wait.json().status).toBe('AWAITING_HRSS_CLOSURE');
    const closed = await reviewer.post(`${base}/hrss-closed`, {
      closed: true,
      version: wait.json().version,
    });
    expect(closed.json()).toMatchObject({ status: 'UNDER_REVIEW' });
    expect(closed.json().confirmations.hrssClosedAt).toBeTruthy();
    const approved = await reviewer.post(`${base}/approve`, { version: closed.json().version });
    expect(approved.statusCode).toBe(200);
    version = approved.json().version;
    view = (await reviewer.get(base)).json();
    expect(view.history.map((h: { status: string }) => h.status).slice(-4)).toEqual([
      'AWAITING_HRSS_CLOSURE',
      'UNDER_REVIEW',
      'APPROVED',
      'CERTIFICATE_READY',
    ]);
    // the card was reported lost: no card to hand in; the agent shows their own ID
    const pickup = await reviewer.post(`${base}/pickup`, {
      idNumber: agentId,
      originalsChecked: true,
      cardHandedIn: false,
      version: view.version,
    });
    expect(pickup.statusCode).toBe(200);
    expect(pickup.json().status).toBe('COLLECTED');
    // The history records who collected and that the card was not handed in, as codes.
    expect(pickup.json().history.at(-1).facts).toEqual([
      'COLLECTED_BY_AGENT',
      'ORIGINALS_CHECKED',
      'CARD_REPORTED_LOST',
    ]);
  });

  it('pickup before the certificate is ready is 409, and the case does not move', async () => {
    const idNumber = freshResidentId();
    const filed = await fileApplication(t.app, settledAbroadCase(idNumber));
    const version = await prepareForApproval(reviewer, filed.id);
    const base = `/api/v1/staff/applications/${filed.id}`;
    const early = await reviewer.post(`${base}/pickup`, {
      idNumber,
      originalsChecked: true,
      cardHandedIn: true,
      version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ type: '/problems/wrong-status' });
    const view = (await reviewer.get(base)).json();
    expect(view.status).toBe('UNDER_REVIEW');
    expect(view.version).toBe(version);
  });

  it('pickup is for the reviewer who claimed the case: another reviewer gets 409, a supervisor may step in', async () => {
    const idNumber = freshResidentId();
    const filed = await fileApplication(t.app, settledAbroadCase(idNumber));
    const base = `/api/v1/staff/applications/${filed.id}`;
    const ready = await prepareForApproval(reviewer, filed.id);
    const approved = await reviewer.post(`${base}/approve`, { version: ready });
    expect(approved.statusCode).toBe(200);
    const login = [`reviewer.pickup.${randomUUID().slice(0, 8)}`, 'Long-enough-2026'] as const;
    const created = await supervisor.post('/api/v1/staff/users', {
      currentPassword: supervisor.password,
      username: login[0],
      displayName: 'Second Reviewer',
      role: 'REVIEWER',
      password: login[1],
    });
    expect(created.statusCode).toBe(201);
    const second = await signIn(t.app, login);
    const seen = (await second.get(base)).json();
    expect(seen.status).toBe('CERTIFICATE_READY');
    expect(seen.allowedActions).not.toContain('recordPickup');
    const pickup = { idNumber, originalsChecked: true, cardHandedIn: true, version: seen.version };
    const refused = await second.post(`${base}/pickup`, pickup);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ type: '/problems/claimed-elsewhere' });
    expect((await reviewer.get(base)).json().status).toBe('CERTIFICATE_READY');
    expect((await reviewer.get(base)).json().allowedActions).toContain('recordPickup');
    const handed = await supervisor.post(`${base}/pickup`, pickup);
    expect(handed.statusCode).toBe(200);
    expect(handed.json().status).toBe('COLLECTED');
  });

  it('HRSS closure is refused for a case that is not Art. 26', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const view = (await reviewer.get(`/api/v1/staff/applications/${filed.id}`)).json();
    const res = await reviewer.post(`/api/v1/staff/applications/${filed.id}/hrss-closed`, {
      closed: true,
      version: view.version,
    });
    expect(res.statusCode).toBe(422);
  });

  it('a supervisor refuses with a reason the applicant reads in their own language', async () => {
    const idNumber = freshResidentId();
    const filed = await fileApplication(t.app, settledAbroadCase(idNumber));
    const base = `/api/v1/staff/applications/${filed.id}`;
    const view = (await supervisor.get(base)).json();
    const needsNote = await supervisor.post(`${base}/reject`, {
      reason: 'OTHER',
      version: view.version,
    });
    expect(needsNote.statusCode).toBe(422);
    expect(needsNote.json().errors[0].path).toBe('note');
    const res = await supervisor.post(`${base}/reject`, {
      reason: 'DOCUMENTS_NOT_GENUINE',
      note: 'The proof of residence abroad was altered.',
      version: view.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('REJECTED');
    const zh = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${filed.id}`,
      headers: filed.auth,
    });
    expect(zh.json().rejection).toEqual({
      reason: 'DOCUMENTS_NOT_GENUINE',
      message: '所提交材料无法确认真实，或不属于持卡人本人。',
      note: 'The proof of residence abroad was altered.',
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      headers: { 'accept-language': 'en' },
      payload: { reference: filed.reference, idNumber },
    });
    expect(en.json()).toMatchObject({
      status: 'REJECTED',
      rejection: { reason: 'DOCUMENTS_NOT_GENUINE', message: expect.stringMatching(/genuine/) },
    });
    expect(en.body).not.toContain('altered');
    const again = await supervisor.post(`${base}/reject`, {
      reason: 'DUPLICATE',
      version: res.json().version,
    });
    expect(again.statusCode).toBe(409);
  });

  it('the queue: filters, reference search, oldest first, keyset pages without gaps or repeats', async () => {
    const filed = [];
    for (let i = 0; i < 3; i++) {
      filed.push(await fileApplication(t.app, settledAbroadCase(freshResidentId())));
    }
    const all = (
      await reviewer.get('/api/v1/staff/applications?status=SUBMITTED&limit=100')
    ).json();
    const submittedAt = all.items.map((i: { submittedAt: string }) => i.submittedAt);
    expect(submittedAt).toEqual([...submittedAt].sort());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await reviewer.get(
        `/api/v1/staff/applications?status=SUBMITTED&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
    expect(new Set(seen).size).toBe(seen.length);

    const one = filed[1]!;
    const search = (
      await reviewer.get(`/api/v1/staff/applications?reference=${one.reference.toLowerCase()}`)
    ).json();
    expect(search.items).toEqual([
      expect.objectContaining({ id: one.id, cardholderName: '张*', ageDays: 0, assignee: null }),
    ]);
    // A term that cannot start a reference (an ID number typed in the wrong box) is refused,
    // naming the field, not searched for.
    const slip = await reviewer.get(
      `/api/v1/staff/applications?reference=${encodeURIComponent('110105197001011234')}`,
    );
    expect(slip.statusCode).toBe(422);
    expect(slip.json().errors).toEqual([
      expect.objectContaining({ path: 'reference', code: 'error.reference.searchShape' }),
    ]);
    const view = (await reviewer.get(`/api/v1/staff/applications/${one.id}`)).json();
    await reviewer.post(`/api/v1/staff/applications/${one.id}/claim`, { version: view.version });
    const mine = (
      await reviewer.get('/api/v1/staff/applications?assignee=me&status=UNDER_REVIEW')
    ).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(one.id);
    expectEvery(
      mine.items,
      (i: { assignee: { id: string } }) => i.assignee.id === reviewer.id,
      'assignee=me',
    );
    const unassigned = (
      await reviewer.get('/api/v1/staff/applications?assignee=unassigned')
    ).json();
    expect(unassigned.items.map((i: { id: string }) => i.id)).not.toContain(one.id);
    const byReason = (
      await reviewer.get('/api/v1/staff/applications?reason=DEATH&status=COLLECTED')
    ).json();
    // The Art. 26 case above was collected: the filter must find it, and only deaths.
    expectEvery(byReason.items, (i: { reason: string }) => i.reason === 'DEATH', 'reason=DEATH');
    const abroad = (await reviewer.get('/api/v1/staff/applications?reason=SETTLED_ABROAD')).json();
    expect(abroad.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([one.id]));

    expect((await reviewer.get('/api/v1/staff/applications?minAgeDays=3')).json().items).toEqual(
      [],
    );
    t.clock.advance(4 * DAY);
    reviewer = await signIn(t.app, DEMO.huangpu); // the old session ended after 8 hours
    supervisor = await signIn(t.app, DEMO.supervisor);
    const old = (
      await reviewer.get('/api/v1/staff/applications?minAgeDays=3&status=SUBMITTED')
    ).json();
    // everything still SUBMITTED is now four days old; the claimed one is UNDER_REVIEW
    expect(old.items.map((i: { id: string }) => i.id)).toEqual(
      all.items.map((i: { id: string }) => i.id).filter((id: string) => id !== one.id),
    );
    expect(old.items[0].ageDays).toBe(4);

    const badCursor = await reviewer.get('/api/v1/staff/applications?cursor=nonsense');
    expect(badCursor.statusCode).toBe(422);
    expect(badCursor.json().errors[0].path).toBe('cursor');
  });
});
