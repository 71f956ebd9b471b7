import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { residentId } from '../fixtures/files.ts';
import { expectEvery } from '../helpers/expect-every.ts';
import { databaseKinds } from '../helpers/database.ts';

const kinds = await databaseKinds();

describe.each(kinds)('API contract edges (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      rateLimits: {
        tracking: { max: 3, timeWindow: '1 minute' },
        publicRead: { max: 3, timeWindow: '1 minute' },
      },
    });
  });
  afterAll(async () => t?.close());

  it('POST /eligibility answers for a cardholder settling abroad, statelessly', async () => {
    const writes = async () =>
      [await t.app.prisma.application.count(), await t.app.prisma.auditEvent.count()] as const;
    const before = await writes();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      payload: { reason: 'SETTLED_ABROAD', filer: { role: 'CARDHOLDER' } },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.eligible).toBe(false);
    expect(body.requiredDocuments).toContain('ABROAD_PROOF');
    expect(body.missingDocuments).toContain('ABROAD_PROOF');
    for (const blocker of body.blockers) {
      expect(blocker.rule).toMatch(/Art\. 2[67]|Guide|RULES/);
      expect(blocker.message).not.toBe(blocker.messageKey);
    }
    expect(body.blockers.length).toBeGreaterThan(0);
    // Stateless: nothing is stored, not even an audit entry.
    expect(await writes()).toEqual(before);
  });

  it('POST /eligibility: a death filed by the cardholder is blocked under Art. 26/27', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      payload: { reason: 'DEATH', filer: { role: 'CARDHOLDER' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().blockers).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'AGENT_REQUIRED' })]),
    );
  });

  it('422 for an unknown code and for an invalid ID number, naming the fields, in English when asked', async () => {
    const check = async (payload: Record<string, unknown>, field: string, code: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/eligibility',
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
        payload,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: field, code })]),
      );
      expectEvery(
        res.json().errors,
        (e: { message: string }) =>
          /[a-z]{3}/i.test(e.message) && !/[\u4e00-\u9fff]/.test(e.message),
        `${field}: messages in English`,
      );
    };
    const badCheckDigit = '110105194912310020'; // GB 11643 gives X, not 0
    await check(
      { reason: 'BORED', filer: { role: 'CARDHOLDER' } },
      'reason',
      'error.reason.invalid',
    );
    // The ID number is checked once the rest of the case has the right shape.
    await check(
      {
        reason: 'SETTLED_ABROAD',
        filer: { role: 'CARDHOLDER' },
        cardholder: { idType: 'RESIDENT_ID', idNumber: badCheckDigit },
      },
      'cardholder.idNumber',
      'error.idNumber.checkDigit',
    );
  });

  it('PATCH answers in the language asked for, as GET does', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    const { id, accessToken } = created.json() as { id: string; accessToken: string };
    const headers = (language: string) => ({
      authorization: `Bearer ${accessToken}`,
      'accept-language': language,
    });
    const patch = (language: string, reason: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${id}`,
        headers: headers(language),
        payload: { reason },
      });
    const messages = (body: { eligibility: { blockers: { message: string }[] } }) =>
      body.eligibility.blockers.map((b) => b.message);

    // A death filed by the cardholder is blocked (Art. 26/27): a blocker with a message.
    const english = await patch('en', 'DEATH');
    expect(english.statusCode).toBe(200);
    const inEnglish = messages(english.json());
    expect(inEnglish.length).toBeGreaterThan(0);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: headers('en'),
    });
    expect(inEnglish).toEqual(messages(view.json()));
    expect(inEnglish.join(' ')).toMatch(/[a-z]{4}/i);

    const chinese = await patch('zh-CN', 'DEATH');
    expect(messages(chinese.json()).join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(messages(chinese.json())).not.toEqual(inEnglish);
  });

  it('names each unknown field in its own 422 entry', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      payload: {
        reason: 'SETTLED_ABROAD',
        filer: { role: 'CARDHOLDER' },
        favouriteColour: 'red',
        cardholder: { wechat: 'x' },
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'favouriteColour', code: 'error.field.unknown' }),
        expect.objectContaining({ path: 'cardholder.wechat', code: 'error.field.unknown' }),
      ]),
    );
  });

  it('never answers bad input with a 500', async () => {
    const cases = [
      {
        method: 'POST' as const,
        url: '/api/v1/applications',
        payload: '{not json',
        headers: { 'content-type': 'application/json' },
      },
      {
        method: 'POST' as const,
        url: '/api/v1/applications',
        payload: { filer: { role: 'KING' } },
      },
      {
        method: 'POST' as const,
        url: '/api/v1/applications',
        payload: 'x',
        headers: { 'content-type': 'text/plain' },
      },
      {
        method: 'GET' as const,
        url: '/api/v1/applications/not-a-uuid',
        headers: { authorization: 'Bearer x' },
      },
      { method: 'POST' as const, url: '/api/v1/tracking', payload: { reference: 42 } },
      { method: 'GET' as const, url: `/api/v1/certificates/${'x'.repeat(100)}/verification` },
      {
        method: 'POST' as const,
        url: '/api/v1/staff/session',
        payload: { username: '', password: '' },
      },
      { method: 'GET' as const, url: '/api/v1/staff/applications' },
    ];
    for (const c of cases) {
      const res = await t.app.inject(c);
      expect(res.statusCode, `${c.method} ${c.url}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${c.method} ${c.url}`).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('a body in a type no route reads, plain text included, is a 415 problem', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/eligibility',
        payload: '{"reason":"SETTLED_ABROAD","filer":{"role":"CARDHOLDER"}}',
        headers: { 'content-type': type },
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().type).toBe('/problems/unsupported-media-type');
    }
  });

  it('GET /centres lists the service centres in both languages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/centres' });
    expect(res.statusCode).toBe(200);
    const centres = res.json() as { id: string; nameZh: string; nameEn: string }[];
    expect(centres.map((c) => c.id)).toEqual(expect.arrayContaining(['SH-HUANGPU', 'SH-PUDONG']));
    expectEvery(
      centres,
      (c) => /[\u4e00-\u9fff]/.test(c.nameZh) && /[a-z]/i.test(c.nameEn),
      'names in zh-CN and en',
    );
  });

  it('404 for an unknown certificate serial', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/certificates/2026-AAAA-BBBB-CCCC/verification',
    });
    expect(res.statusCode).toBe(404);
  });

  it('rate-limits tracking with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/tracking',
        remoteAddress: '127.0.0.9', // a client of its own, so earlier tests do not count
        payload: { reference: 'AAAA-BBBB-CCCC', idNumber: residentId('11010519491231002') },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });

  it('rate-limits the public reads, health and the centres, with a 429 problem', async () => {
    for (const url of ['/api/v1/health', '/api/v1/centres']) {
      const answers = [];
      for (let i = 0; i < 5; i++) {
        // a client of its own, so earlier tests do not count
        answers.push(await t.app.inject({ method: 'GET', url, remoteAddress: '127.0.0.10' }));
      }
      expect(answers.map((res) => res.statusCode)).toEqual([200, 200, 200, 429, 429]);
      const refused = answers[3]!;
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({ status: 429, type: '/problems/rate-limited' });
      expect(refused.headers['retry-after']).toBeDefined();
    }
    // Another address is not held back by this one.
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(other.statusCode).toBe(200);
  });
});
