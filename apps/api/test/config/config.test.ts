import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';

describe('RATE_LIMITS', () => {
  it('keeps the default limits unless told otherwise', () => {
    expect(readConfig({}).rateLimits).toEqual({});
    expect(readConfig({ RATE_LIMITS: 'on' }).rateLimits).toEqual({});
  });

  it('lifts every per-address limit when off, outside production', () => {
    const { rateLimits } = readConfig({ RATE_LIMITS: 'off', NODE_ENV: 'development' });
    for (const name of ['tracking', 'applicant', 'createApplication', 'staffSignIn'] as const) {
      expect(rateLimits[name]?.max).toBeGreaterThanOrEqual(1_000_000);
    }
  });

  it('refuses to start with the limits lifted in production', () => {
    expect(() => readConfig({ RATE_LIMITS: 'off', NODE_ENV: 'production' })).toThrow(
      /refused when NODE_ENV=production/,
    );
  });

  it('refuses a value it does not know, rather than guessing', () => {
    expect(() => readConfig({ RATE_LIMITS: 'no' })).toThrow(/"on" or "off"/);
  });
});
