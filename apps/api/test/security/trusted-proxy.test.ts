import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustProxy } from '../../src/config.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { freshResidentId } from '../staff/support.ts';

// Per-address limits are only as good as the address: each case sends tracking requests that
// forge a different left-most X-Forwarded-For, as an attacker spreading guesses would. The
// window is an hour so that no test depends on finishing within a real minute.
const LIMIT = 3;

/**
 * A random documentation address (RFC 5737 TEST-NET-3), different on every run and never one
 * an earlier case of this file used: the cases of a describe share one app, so a client drawn
 * twice would start with the allowance an earlier case spent (a 1-in-125 failure per run).
 */
const drawn = new Set<string>();
const someClient = () => {
  let address: string;
  do address = `203.0.113.${1 + (randomBytes(1)[0]! % 250)}`;
  while (drawn.has(address));
  drawn.add(address);
  return address;
};
const forged = () => `198.51.100.${randomBytes(1)[0]! % 250}`;

describe.each<[string, TrustProxy, string]>([
  // [what, TRUST_PROXY, the address our front proxy connects from]
  ['no proxy trusted', false, '192.0.2.10'],
  ['one proxy hop trusted', 1, '10.0.0.1'],
  ['the proxy trusted by address', ['10.0.0.0/8'], '10.0.0.1'],
])('tracking limits with %s', (_what, trustProxy, proxyAddress) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', {
      trustProxy,
      rateLimits: { tracking: { max: LIMIT, timeWindow: '1 hour' } },
    });
  });
  afterAll(async () => t?.close());

  const track = (remoteAddress: string, forwardedFor?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      remoteAddress,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      payload: { reference: 'ZZZZ-ZZZZ-ZZZZ', idNumber: freshResidentId() },
    });

  it('a client that forges X-Forwarded-For gets no fresh allowance from it', async () => {
    const client = someClient();
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      // What a client would send through our proxy: its forgery, then the proxy's append.
      const res =
        trustProxy === false
          ? await track(client, forged())
          : await track(proxyAddress, `${forged()}, ${client}`);
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(404), 429]);
  });

  it.runIf(trustProxy !== false)(
    'two clients behind the same proxy are counted apart',
    async () => {
      const first = someClient();
      const second = someClient();
      for (let i = 0; i < LIMIT; i++)
        expect((await track(proxyAddress, first)).statusCode).toBe(404);
      expect((await track(proxyAddress, first)).statusCode).toBe(429);
      expect((await track(proxyAddress, second)).statusCode).toBe(404);
    },
  );

  it.runIf(Array.isArray(trustProxy))(
    'a connection from outside the trusted range is its own client, whatever it forwards',
    async () => {
      const outsider = '192.0.2.77';
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i++)
        statuses.push((await track(outsider, someClient())).statusCode);
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(404), 429]);
    },
  );
});
