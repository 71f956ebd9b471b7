import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  settledAbroadCase,
  signIn,
  type Filed,
  type StaffSession,
  type StaffTestApp,
} from '../staff/support.ts';

type Reply = Awaited<ReturnType<StaffTestApp['app']['inject']>>;

/** The 422 names exactly the field, in the shared text message. */
function expectRefused(res: Reply, path: string, code?: string) {
  expect(res.statusCode, res.body).toBe(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const errors: { path: string; code: string }[] = res.json().errors;
  expect(errors.map((e) => e.path)).toContain(path);
  if (code) expect(errors.find((e) => e.path === path)?.code).toBe(code);
}

const ODD = {
  NUL: 'Zhang\u0000San',
  'a lone surrogate': 'Zhang\ud800San',
  'U+FFFE': 'Zhang\ufffe',
  'U+FDD0': '\ufdd0Zhang',
  'U+1FFFF': 'Zhang\u{1ffff}',
  'a right-to-left override': '\u202eZhang',
  'an escape sequence': '\u001b[2J',
};

describe('odd input is a 422 naming the field, before anything is written', () => {
  let t: StaffTestApp;
  let staff: StaffSession;
  let draft: { id: string; auth: { authorization: string } };
  let filed: Filed;

  beforeAll(async () => {
    t = await createStaffTestApp('pglite');
    staff = await signIn(t.app, DEMO.admin);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    draft = {
      id: created.json().id,
      auth: { authorization: `Bearer ${created.json().accessToken}` },
    };
    filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
  });
  afterAll(async () => t?.close());

  it.each(Object.entries(ODD))(
    'PATCH refuses %s in a name and keeps the draft as it was',
    async (_label, value) => {
      const before = await t.app.inject({
        url: `/api/v1/applications/${draft.id}`,
        headers: draft.auth,
      });
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${draft.id}`,
        headers: draft.auth,
        payload: { reason: 'SETTLED_ABROAD', cardholder: { name: value } },
      });
      expectRefused(res, 'cardholder.name', 'error.text.invalidCharacter');
      const after = await t.app.inject({
        url: `/api/v1/applications/${draft.id}`,
        headers: draft.auth,
      });
      expect(after.json().version).toBe(before.json().version);
      expect(after.json().case).toEqual(before.json().case);
    },
  );

  it('keeps line breaks in the free-text explanation, but not NUL', async () => {
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}`,
      headers: draft.auth,
      payload: { reason: 'OTHER', explanation: '移居海外。\n已办理完毕。' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().case.explanation).toBe('移居海外。\n已办理完毕。');
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}`,
      headers: draft.auth,
      payload: { explanation: 'line\u0000' },
    });
    expectRefused(bad, 'explanation');
  });

  it('names the field in the reader’s language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      headers: { 'accept-language': 'en' },
      payload: {
        reason: 'SETTLED_ABROAD',
        filer: { role: 'CARDHOLDER' },
        serviceCentre: 'SH\u0000',
      },
    });
    expectRefused(res, 'serviceCentre', 'error.text.invalidCharacter');
    expect(res.json().errors[0].message).toMatch(/character that cannot be accepted/);
  });

  it('refuses odd text in every kind of field: body, path, query, staff notes', async () => {
    const tracking = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      payload: { reference: filed.reference, idNumber: '1101\u0000' },
    });
    expectRefused(tracking, 'idNumber');

    const signInRes = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { username: 'admin\ud800', password: 'whatever-long-enough' },
    });
    expectRefused(signInRes, 'username');

    const serial = await t.app.inject({ url: '/api/v1/certificates/SSC%00X/verification' });
    expectRefused(serial, 'serial');

    const audit = await staff.get('/api/v1/staff/audit?action=STAFF%00');
    expectRefused(audit, 'action');

    const queue = await staff.get(
      `/api/v1/staff/applications?reference=${encodeURIComponent('\u202e7KQM')}`,
    );
    expectRefused(queue, 'reference');

    const view = await staff.get(`/api/v1/staff/applications/${filed.id}`);
    const returned = await staff.post(`/api/v1/staff/applications/${filed.id}/return`, {
      items: [{ field: 'cardholder.name', reason: 'OTHER', note: 'bad\u0000note' }],
      version: view.json().version,
    });
    expectRefused(returned, 'items.0.note');

    const user = await staff.post('/api/v1/staff/users', {
      currentPassword: staff.password,
      username: 'reviewer.odd',
      displayName: 'Odd\uffff',
      role: 'REVIEWER',
      password: 'a-long-enough-password',
    });
    expectRefused(user, 'displayName');
  });
});

describe('query numbers, dates, cursors and ids are bounded', () => {
  let t: StaffTestApp;
  let staff: StaffSession;
  let filed: Filed;
  beforeAll(async () => {
    t = await createStaffTestApp('pglite');
    staff = await signIn(t.app, DEMO.admin);
    filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
  });
  afterAll(async () => t?.close());

  it.each([
    ['cursor', 'cursor=9999999999999999999'],
    ['cursor', 'cursor=-5'],
    ['from', 'from=0000-01-01'],
    ['from', 'from=2026-02-30'],
    ['to', 'to=%2B275760-09-13'],
    ['to', 'to=275760-09-13'],
    ['limit', 'limit=9007199254740993'],
    ['limit', 'limit=1e2'],
    ['limit', 'limit='],
    ['actorId', 'actorId=not-a-uuid'],
    ['applicationId', 'applicationId=00000000-0000-0000-0000-00000000000g'],
  ])('the audit trail refuses %s in “%s”', async (name, query) => {
    expectRefused(await staff.get(`/api/v1/staff/audit?${query}`), name);
  });

  it('the audit trail still reads real dates and a real cursor', async () => {
    const res = await staff.get(
      '/api/v1/staff/audit?from=2020-01-01&to=2999-12-31T23:59:59Z&limit=1',
    );
    expect(res.statusCode, res.body).toBe(200);
    const next = res.json().nextCursor;
    expect(next).toMatch(/^\d+$/);
    expect((await staff.get(`/api/v1/staff/audit?cursor=${next}&limit=1`)).statusCode).toBe(200);
  });

  const forged = (content: unknown) => Buffer.from(JSON.stringify(content)).toString('base64url');
  it.each([
    ['an id that is not a UUID', forged({ s: '2026-01-01T00:00:00.000Z', i: '-'.repeat(36) })],
    [
      'a date past the calendar',
      forged({ s: '+275760-09-13T00:00:00.000Z', i: '00000000-0000-4000-8000-000000000000' }),
    ],
    ['something else', forged([1, 2, 3])],
    ['not base64', '%%%'],
    ['a huge one', 'A'.repeat(5000)],
  ])('the queue refuses a cursor holding %s', async (_label, cursor) => {
    expectRefused(await staff.get(`/api/v1/staff/applications?cursor=${cursor}`), 'cursor');
  });

  it('the queue follows its own cursor, and refuses odd numbers and ids', async () => {
    await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const first = await staff.get('/api/v1/staff/applications?limit=1');
    expect(first.statusCode, first.body).toBe(200);
    const next = await staff.get(
      `/api/v1/staff/applications?limit=1&cursor=${first.json().nextCursor}`,
    );
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);

    expectRefused(await staff.get('/api/v1/staff/applications?minAgeDays=1e3'), 'minAgeDays');
    expectRefused(await staff.get('/api/v1/staff/applications?limit=0x10'), 'limit');
    expectRefused(await staff.get('/api/v1/staff/applications?assignee=42'), 'assignee');
  });

  it('a version beyond a database integer is a 422, not an overflow', async () => {
    const res = await staff.post(`/api/v1/staff/applications/${filed.id}/claim`, {
      version: 2_147_483_648,
    });
    expectRefused(res, 'version');
    const huge = await staff.post(`/api/v1/staff/applications/${filed.id}/claim`, {
      version: Number.MAX_SAFE_INTEGER + 2,
    });
    expectRefused(huge, 'version');
  });

  it('an id that is not a UUID is refused before any lookup', async () => {
    expectRefused(await staff.get('/api/v1/staff/applications/not-a-uuid'), 'id');
    const res = await staff.post(`/api/v1/staff/applications/${filed.id}/reassign`, {
      staffId: 'x',
      version: 0,
    });
    expectRefused(res, 'staffId');
  });
});
