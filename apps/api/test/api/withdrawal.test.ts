import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  prepareForApproval,
  settledAbroadCase,
  signIn,
  type Filed,
  type StaffSession,
  type StaffTestApp,
} from '../staff/support.ts';

const kinds = await databaseKinds();

describe.each(kinds)('an applicant withdraws (%s)', (kind) => {
  let t: StaffTestApp;
  let reviewer: StaffSession;
  beforeAll(async () => {
    t = await createStaffTestApp(kind);
    reviewer = await signIn(t.app, DEMO.huangpu);
  });
  afterAll(async () => t?.close());

  const withdraw = (filed: Pick<Filed, 'id' | 'auth'>, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${filed.id}/withdraw`,
      headers: { ...filed.auth, ...headers },
    });
  const track = (reference: string, idNumber: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/tracking', payload: { reference, idNumber } });
  const auditOf = (applicationId: string) =>
    t.app.prisma.auditEvent.findMany({ where: { applicationId }, orderBy: { id: 'asc' } });

  it('a draft: WITHDRAWN, in its history and the audit trail, and no longer editable', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    const { id, reference, accessToken } = created.json();
    const auth = { authorization: `Bearer ${accessToken}` };
    const res = await withdraw({ id, auth });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ status: 'WITHDRAWN', reference });

    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth,
    });
    expect(view.json().status).toBe('WITHDRAWN');
    expect(view.json().history.at(-1)).toMatchObject({ status: 'WITHDRAWN' });
    const audit = await auditOf(id);
    expect(audit.at(-1)).toMatchObject({
      action: 'APPLICATION_WITHDRAWN',
      actorType: 'APPLICANT',
      detail: { from: 'DRAFT' },
    });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: auth,
      payload: { reason: 'SETTLED_ABROAD' },
    });
    expect(patch.statusCode).toBe(409);
  });

  it('a submitted application: tracking shows it withdrawn and the card may be filed again', async () => {
    const idNumber = freshResidentId();
    const filed = await fileApplication(t.app, settledAbroadCase(idNumber));
    const res = await withdraw(filed);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('WITHDRAWN');

    const tracked = await track(filed.reference, idNumber);
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json().status).toBe('WITHDRAWN');
    expect(tracked.json().timeline.map((e: { status: string }) => e.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'WITHDRAWN',
    ]);
    const audit = await auditOf(filed.id);
    const withdrawn = audit.filter((a) => a.action === 'APPLICATION_WITHDRAWN');
    expect(withdrawn).toEqual([
      expect.objectContaining({ actorType: 'APPLICANT', detail: { from: 'SUBMITTED' } }),
    ]);
    // No ID number or name in what the audit trail keeps about it.
    expect(JSON.stringify(withdrawn.map((a) => a.detail))).not.toContain(idNumber);
    // A withdrawn application is closed: the same card can be filed again (one open per card).
    const again = await fileApplication(t.app, settledAbroadCase(idNumber));
    expect((await track(again.reference, idNumber)).json().status).toBe('SUBMITTED');

    // Staff see it leave the work queue.
    const queue = (await reviewer.get('/api/v1/staff/applications?limit=100')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(filed.id);
  });

  it('an application under review can be withdrawn; staff can then no longer decide it', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const version = await prepareForApproval(reviewer, filed.id);
    const res = await withdraw(filed);
    expect(res.statusCode, res.body).toBe(200);
    const approve = await reviewer.post(`/api/v1/staff/applications/${filed.id}/approve`, {
      version: version + 1,
    });
    expect(approve.statusCode).toBe(409);
    expect(await t.app.prisma.certificate.count({ where: { applicationId: filed.id } })).toBe(0);
  });

  it('a second withdrawal is a 409 and writes nothing', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    expect((await withdraw(filed)).statusCode).toBe(200);
    const before = await auditOf(filed.id);
    const second = await withdraw(filed);
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.json()).toMatchObject({
      type: '/problems/cannot-withdraw',
      applicationStatus: 'WITHDRAWN',
    });
    expect(await auditOf(filed.id)).toHaveLength(before.length);
    const events = await t.app.prisma.statusEvent.count({
      where: { applicationId: filed.id, status: 'WITHDRAWN' },
    });
    expect(events).toBe(1);
  });

  it('an approved application cannot be withdrawn: 409 naming its status, nothing changes', async () => {
    const idNumber = freshResidentId();
    const filed = await fileApplication(t.app, settledAbroadCase(idNumber));
    const version = await prepareForApproval(reviewer, filed.id);
    const approved = await reviewer.post(`/api/v1/staff/applications/${filed.id}/approve`, {
      version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const status = (await track(filed.reference, idNumber)).json().status;
    expect(['APPROVED', 'CERTIFICATE_READY']).toContain(status);

    const res = await withdraw(filed);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      type: '/problems/cannot-withdraw',
      applicationStatus: status,
    });
    expect(res.json().detail).toContain(status);
    expect((await track(filed.reference, idNumber)).json().status).toBe(status);
    expect((await auditOf(filed.id)).map((a) => a.action)).not.toContain('APPLICATION_WITHDRAWN');
  });

  it('without the token it is 401, with another application’s token 404', async () => {
    const mine = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const theirs = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${mine.id}/withdraw`,
    });
    expect(anonymous.statusCode).toBe(401);
    const wrong = await withdraw({ id: mine.id, auth: theirs.auth });
    expect(wrong.statusCode).toBe(404);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${mine.id}`,
      headers: mine.auth,
    });
    expect(view.json().status).toBe('SUBMITTED');
  });
});
