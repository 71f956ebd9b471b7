import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../../src/routes/rate-limits.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { databaseKinds } from '../helpers/database.ts';

// Limits that fit carrier-grade NAT: a crowd behind one address is not one person, so the
// per-address limits are the service's defaults here, and one person's pace is limited per
// application instead. Windows are a minute or an hour; nothing waits for one to pass.
const kinds = await databaseKinds();
const PER_APPLICATION = 5;
const CROWD = 250;

describe.each(kinds)('citizen limits (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      rateLimits: {
        createApplication: defaultRateLimits.createApplication,
        applicant: defaultRateLimits.applicant,
        perApplication: { max: PER_APPLICATION, timeWindow: '1 hour' },
      },
    });
  });
  afterAll(async () => t?.close());

  let address = 0;
  const nextAddress = () => `198.51.100.${++address % 250}`;
  const CGNAT = '100.64.0.1';

  async function startDraft(remoteAddress = CGNAT) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      remoteAddress,
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    return res;
  }

  it(`${CROWD} people behind one carrier-grade NAT address can each start a draft`, async () => {
    const statuses = new Map<number, number>();
    for (let i = 0; i < CROWD; i++) {
      const { statusCode } = await startDraft();
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 201: CROWD });
  });

  it('one application’s pace is limited from any address, with the true wait', async () => {
    const { id, accessToken } = (await startDraft(nextAddress())).json();
    const view = () =>
      t.app.inject({
        url: `/api/v1/applications/${id}`,
        remoteAddress: nextAddress(),
        headers: { authorization: `Bearer ${accessToken}` },
      });
    for (let i = 0; i < PER_APPLICATION; i++) expect((await view()).statusCode).toBe(200);
    const limited = await view();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ status: 429 });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
    // Another application behind the same addresses is not held back.
    const other = (await startDraft(nextAddress())).json();
    const res = await t.app.inject({
      url: `/api/v1/applications/${other.id}`,
      headers: { authorization: `Bearer ${other.accessToken}` },
    });
    expect(res.statusCode).toBe(200);
  });

  it('a stranger without the token cannot use up someone else’s allowance', async () => {
    const { id, accessToken } = (await startDraft(nextAddress())).json();
    for (let i = 0; i < PER_APPLICATION * 2; i++) {
      const res = await t.app.inject({
        url: `/api/v1/applications/${id}`,
        remoteAddress: nextAddress(),
        headers: { authorization: 'Bearer not-the-token' },
      });
      expect(res.statusCode).toBe(404);
    }
    const mine = await t.app.inject({
      url: `/api/v1/applications/${id}`,
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(mine.statusCode).toBe(200);
  });
});
