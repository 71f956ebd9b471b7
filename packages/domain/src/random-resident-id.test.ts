import { describe, expect, it } from 'vitest';
import { birthDateFromIdNumber, validateIdNumber } from './id-number.ts';
import { randomResidentId } from './random-resident-id.ts';

describe('randomResidentId (test data)', () => {
  it('draws valid resident IDs born inside the range asked for', () => {
    for (let i = 0; i < 500; i++) {
      const id = randomResidentId({ bornFrom: '2012-02-28', bornTo: '2012-03-01' });
      expect(validateIdNumber('RESIDENT_ID', id, '2026-01-01'), id).toEqual({
        ok: true,
        birthDate: expect.any(String),
      });
      expect(['2012-02-28', '2012-02-29', '2012-03-01']).toContain(
        birthDateFromIdNumber('RESIDENT_ID', id),
      );
    }
  });

  it('almost never repeats itself, even across thousands of draws', () => {
    // About 38 regions × 22 280 days × 1 000 sequences = 8.5 × 10^8 numbers: 5 000 draws meet
    // 5 000² / (2 × 8.5 × 10^8) ≈ 0.015 times on average, so demanding none would fail one run
    // in seventy. More than five repeats has a chance below 10^-13; a generator with a thousand
    // times less room (say, no random sequence) would repeat about 15 times, and one stuck on a
    // few prefixes is caught by the spread below.
    const ids = Array.from({ length: 5000 }, () => randomResidentId());
    expect(ids.length - new Set(ids).size).toBeLessThanOrEqual(5);
    // Spread over regions and birth years, not stuck on one prefix.
    expect(new Set(ids.map((id) => id.slice(0, 6))).size).toBeGreaterThan(20);
    expect(new Set(ids.map((id) => id.slice(6, 10))).size).toBeGreaterThan(40);
  });

  it('refuses an empty range', () => {
    expect(() => randomResidentId({ bornFrom: '2000-01-02', bornTo: '2000-01-01' })).toThrow(
      RangeError,
    );
  });
});
