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

  it('does not repeat itself across thousands of draws', () => {
    const ids = Array.from({ length: 5000 }, () => randomResidentId());
    expect(new Set(ids).size).toBe(ids.length);
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
