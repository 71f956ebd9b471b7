import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { databaseKinds } from '../helpers/database.ts';
import { fillPath, loadOperations, type Operation } from '../helpers/openapi.ts';

// The web app reaches an application with an HttpOnly cookie. A change sent with that cookie
// must come from our own page: every applicant operation that changes something is tried, from
// the document, so a new one is covered the day it is added.
const kinds = await databaseKinds();

describe.each(kinds)('applicant changes by cookie check their origin (%s)', (kind) => {
  let t: TestApp;
  let changes: Operation[];
  let id: string;
  let cookies: Record<string, string>;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    changes = (await loadOperations(t.app)).filter(
      (op) => op.security === 'applicant' && op.method !== 'GET',
    );
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    id = created.json().id;
    token = created.json().accessToken;
    const cookie = created.cookies.find((c) => c.name.startsWith('ssc_app_'))!;
    cookies = { [cookie.name]: cookie.value };
  });
  afterAll(async () => t?.close());

  const send = (op: Operation, headers: Record<string, string>, withCookie = true) =>
    t.app.inject({
      method: op.method,
      url: fillPath(op.path, { id, documentId: '00000000-0000-4000-8000-000000000000' }),
      headers: { host: 'ssc.example.gov.cn', ...headers },
      ...(withCookie ? { cookies } : {}),
    });

  it('finds the operations to try', () => {
    expect(changes.map((op) => op.key)).toEqual(
      expect.arrayContaining([
        'PATCH /api/v1/applications/{id}',
        'POST /api/v1/applications/{id}/submit',
        'POST /api/v1/applications/{id}/withdraw',
      ]),
    );
  });

  it('refuses each from another site, or with no origin at all, and changes nothing', async () => {
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'https://ssc.example.gov.cn.evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      {},
    ];
    for (const headers of refused) {
      for (const op of changes) {
        const res = await send(op, headers);
        expect({ op: op.key, headers, status: res.statusCode, type: res.json().type }).toEqual({
          op: op.key,
          headers,
          status: 403,
          type: '/problems/csrf',
        });
      }
    }
    const view = await t.app.inject({ url: `/api/v1/applications/${id}`, cookies });
    expect(view.json().status).toBe('DRAFT');
  });

  it('lets our own page through, by Origin or by Sec-Fetch-Site', async () => {
    const patch = changes.find((op) => op.key === 'PATCH /api/v1/applications/{id}')!;
    const allowed: Record<string, string>[] = [
      { origin: 'https://ssc.example.gov.cn' },
      { 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of allowed) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: fillPath(patch.path, { id }),
        headers: { host: 'ssc.example.gov.cn', ...headers },
        cookies,
        payload: { reason: 'SETTLED_ABROAD' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('asks nothing of a Bearer token, which no browser sends by itself', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: { authorization: `Bearer ${token}`, origin: 'https://evil.example' },
      payload: { reason: 'SETTLED_ABROAD' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
