import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { databaseKinds } from '../helpers/database.ts';
import { fileApplication, freshResidentId, settledAbroadCase } from '../staff/support.ts';

// Guessing one reference's ID number from many addresses: the per-address limit is generous
// here, so only the per-reference limit can stop it. Its window is an hour, so nothing below
// depends on finishing within a real minute.
const MISSES = 3;
const kinds = await databaseKinds();

describe.each(kinds)('tracking misses per reference (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      rateLimits: { trackingMissesPerReference: { max: MISSES, timeWindow: '1 hour' } },
    });
  });
  afterAll(async () => t?.close());

  let address = 0;
  /** Every request from a new address, as a botnet's would be. */
  const track = (reference: string, idNumber: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      remoteAddress: `198.51.100.${++address % 250}`,
      payload: { reference, idNumber },
    });

  async function filed() {
    const idNumber = freshResidentId();
    const { reference } = await fileApplication(t.app, settledAbroadCase(idNumber));
    return { reference, idNumber };
  }

  it('stops guesses at one reference from any number of addresses, and says how long', async () => {
    const target = await filed();
    for (let i = 0; i < MISSES; i++) {
      expect((await track(target.reference, freshResidentId())).statusCode).toBe(404);
    }
    // Written another way (lower case, spaces), it is still the same reference.
    const spaced = target.reference.toLowerCase().replace(/-/g, ' ');
    const limited = await track(spaced, freshResidentId());
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ status: 429, type: expect.stringContaining('rate') });
    const wait = Number(limited.headers['retry-after']);
    expect(wait).toBeGreaterThan(3000);
    expect(wait).toBeLessThanOrEqual(3600);
    // A right guess now is not confirmed either.
    expect((await track(target.reference, target.idNumber)).statusCode).toBe(429);
  });

  it('leaves other references alone, and never counts a cardholder’s own look-ups', async () => {
    const mine = await filed();
    for (let i = 0; i < MISSES * 2; i++) {
      const res = await track(mine.reference, mine.idNumber);
      expect(res.statusCode, res.body).toBe(200);
    }
    // One mistyped ID among them still leaves the rest of the allowance.
    expect((await track(mine.reference, freshResidentId())).statusCode).toBe(404);
    expect((await track(mine.reference, mine.idNumber)).statusCode).toBe(200);
  });
});
