import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';

describe('RATE_LIMITS', () => {
  it('keeps the default limits unless told otherwise', () => {
    expect(readConfig({}).rateLimits).toEqual({});
    expect(readConfig({ RATE_LIMITS: 'on' }).rateLimits).toEqual({});
  });

  it('lifts every per-address limit when off, outside production', () => {
    const { rateLimits } = readConfig({ RATE_LIMITS: 'off', NODE_ENV: 'development' });
    for (const name of [
      'tracking',
      'applicant',
      'createApplication',
      'staffSignIn',
      'publicRead',
    ] as const) {
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

describe('PUBLIC_URL', () => {
  const db = {
    DATABASE_URL: 'postgres://ssc@db.internal/ssc',
    STORAGE_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    APP_SECRET: 'x'.repeat(32),
  };

  it('is required with PostgreSQL, and the message says what to set', () => {
    expect(() => readConfig(db)).toThrow(/PUBLIC_URL must be set/);
    expect(readConfig({ ...db, PUBLIC_URL: 'https://ssc.example.gov.cn' }).publicUrl).toBe(
      'https://ssc.example.gov.cn',
    );
  });

  it('may be left out on the embedded default (the app uses its own listening address)', () => {
    expect(readConfig({}).publicUrl).toBeUndefined();
  });

  it('keeps a path prefix and drops a trailing slash', () => {
    expect(readConfig({ PUBLIC_URL: 'https://gov.example.cn/ssc/' }).publicUrl).toBe(
      'https://gov.example.cn/ssc',
    );
  });

  it.each([
    ['ssc.example.gov.cn', /absolute address/],
    ['ftp://ssc.example.gov.cn', /https:\/\/ or http:\/\//],
    ['javascript:alert(1)', /https:\/\/ or http:\/\//],
    ['https://user:pw@ssc.example.gov.cn', /credentials, a query or a fragment/],
    ['https://ssc.example.gov.cn/?next=evil', /credentials, a query or a fragment/],
  ])('refuses %s', (value, message) => {
    expect(() => readConfig({ PUBLIC_URL: value })).toThrow(message);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts nothing unless told', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('takes a number of hops, or the proxies’ addresses and ranges', () => {
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16 ,::1' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
  });

  it.each(['true', '*', 'proxy.internal', '10.0.0.0/33', '11'])(
    'refuses %s rather than believing every client',
    (value) => {
      expect(() => readConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );
});

describe('keys in production (docs/decisions/012-personal-data-at-rest.md)', () => {
  const key = Buffer.alloc(32, 7).toString('base64');
  const secret = 'x'.repeat(32);
  const production = {
    DATABASE_URL: 'postgres://db.example/ssc',
    PUBLIC_URL: 'https://ssc.example.gov.cn',
  };

  it('refuses to start on PostgreSQL without STORAGE_MASTER_KEY, naming the setting', () => {
    expect(() => readConfig({ ...production, APP_SECRET: secret })).toThrow(
      /STORAGE_MASTER_KEY must be set when DATABASE_URL is set/,
    );
  });

  it('refuses to start on PostgreSQL without APP_SECRET, naming the setting', () => {
    expect(() => readConfig({ ...production, STORAGE_MASTER_KEY: key })).toThrow(
      /APP_SECRET must be set when DATABASE_URL is set/,
    );
  });

  it('starts on PostgreSQL with both keys from the settings', () => {
    const config = readConfig({ ...production, STORAGE_MASTER_KEY: key, APP_SECRET: secret });
    expect(config.storageMasterKey).toBe(key);
    expect(config.appSecret).toBe(secret);
  });

  it('keeps the embedded default on key files', () => {
    const config = readConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.storageMasterKey).toBeUndefined();
    expect(config.appSecret).toBeUndefined();
  });

  it('refuses a master key of the wrong size and a short digest key', () => {
    expect(() => readConfig({ STORAGE_MASTER_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /STORAGE_MASTER_KEY must be 32 bytes/,
    );
    expect(() => readConfig({ APP_SECRET: 'short' })).toThrow(/APP_SECRET must be at least 32/);
  });

  it('passes the previous master keys of a rotation on', () => {
    expect(readConfig({ STORAGE_MASTER_KEY_PREVIOUS: key }).storageMasterKeyPrevious).toBe(key);
  });
});

// The README's table of settings is what an operator reads; the defaults it gives are the ones
// the service starts with when nothing is set, and the ones every test app starts from.
describe('the defaults the README documents', () => {
  const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
  /** The "default" cell of the README's row for `name`, without its backticks. */
  const documented = (name: string) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
    if (!row) throw new Error(`README.md has no row for ${name}`);
    return row.split('|')[2]!.trim().replace(/`/g, '');
  };
  const defaults = readConfig({});

  it('are the defaults of an unconfigured start', () => {
    expect(String(defaults.port)).toBe(documented('PORT'));
    expect(defaults.host).toBe(documented('HOST'));
    expect(defaults.dataDir).toBe(path.resolve(documented('DATA_DIR')));
    // "—": not set, so the embedded database, no proxy believed, the own address as public URL
    expect(documented('DATABASE_URL')).toBe('—');
    expect(defaults.databaseUrl).toBeUndefined();
    expect(documented('TRUST_PROXY')).toBe('—');
    expect(defaults.trustProxy).toBe(false);
    expect(documented('PUBLIC_URL')).toBe('own listening address');
    expect(defaults.publicUrl).toBeUndefined();
    // `on`: every limit as routes/rate-limits.ts sets it, none lifted
    expect(documented('RATE_LIMITS')).toBe('on');
    expect(defaults.rateLimits).toEqual({});
    expect(documented('APP_SECRET')).toBe('key file in DATA_DIR');
    expect(defaults.appSecret).toBeUndefined();
    expect(documented('STORAGE_MASTER_KEY')).toBe('key file in DATA_DIR');
    expect(defaults.storageMasterKey).toBeUndefined();
  });
});
