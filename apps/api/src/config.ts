import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RateLimits } from './routes/rate-limits.ts';

// The web app built by `pnpm build`, served from the same origin unless WEB_DIST says otherwise.
const bundledWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppConfig {
  host: string;
  port: number;
  /** Folder for the embedded database, uploaded scans and key files. */
  dataDir: string;
  /** A postgres:// URL switches from the embedded PGlite to PostgreSQL. */
  databaseUrl: string | undefined;
  /** Built web app to serve at `/`; absent in API-only tests. */
  webDist: string | undefined;
  logLevel: string;
  /** PUBLIC_URL: where people reach the service; undefined = its own listening address. */
  publicUrl: string | undefined;
  /** Which proxies in front of the service to believe about the client's address and scheme. */
  trustProxy: TrustProxy;
  /** Per-route limits to use instead of the defaults (only ever lifted, for benchmarks). */
  rateLimits: Partial<RateLimits>;
  /** APP_SECRET: the key of the ID-number and card-number digests; else a key file. */
  appSecret: string | undefined;
  /** STORAGE_MASTER_KEY: wraps every data key (scans, cases, notes); else a key file. */
  storageMasterKey: string | undefined;
  /** STORAGE_MASTER_KEY_PREVIOUS: keys a rotation is moving away from, still read. */
  storageMasterKeyPrevious: string | undefined;
}

/**
 * docs/decisions/012-personal-data-at-rest.md: with a PostgreSQL database (production) the keys
 * come from settings (a secret store), never from key files beside the data, where a copy of the
 * data folder or of a backup would carry them along. The embedded default keeps its key files.
 */
function readKeys(env: NodeJS.ProcessEnv, databaseUrl: string | undefined) {
  const appSecret = env.APP_SECRET || undefined;
  const storageMasterKey = env.STORAGE_MASTER_KEY || undefined;
  if (databaseUrl) {
    for (const [name, value] of [
      ['STORAGE_MASTER_KEY', storageMasterKey],
      ['APP_SECRET', appSecret],
    ] as const) {
      if (!value) {
        throw new Error(
          `${name} must be set when DATABASE_URL is set: in production the keys come from settings, not from key files beside the data`,
        );
      }
    }
  }
  if (storageMasterKey && Buffer.from(storageMasterKey, 'base64').length !== 32) {
    throw new Error('STORAGE_MASTER_KEY must be 32 bytes, base64-encoded');
  }
  // A short digest key can be guessed, and with it every ID number tried against the digests.
  if (appSecret && Buffer.byteLength(appSecret, 'utf8') < 32) {
    throw new Error('APP_SECRET must be at least 32 characters long');
  }
  return {
    appSecret,
    storageMasterKey,
    storageMasterKeyPrevious: env.STORAGE_MASTER_KEY_PREVIOUS || undefined,
  };
}

/**
 * false: believe no X-Forwarded-* header (the service faces clients directly). A number: that
 * many proxies of ours stand in front, so the client is the address that many hops back in
 * X-Forwarded-For — entries further left were written by the client and prove nothing. A list:
 * the proxies' own addresses or CIDR ranges.
 */
export type TrustProxy = false | number | string[];

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY is never "trust everything": Fastify's `true` takes the left-most
 * X-Forwarded-For entry, which any client writes, and with it every per-address limit would
 * be one header away from lifted.
 */
function readTrustProxy(setting: string | undefined): TrustProxy {
  const value = setting?.trim() ?? '';
  if (value === '' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRUST_PROXY counts proxy hops (1 to 10), got "${value}"`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isAddressOrRange(entry));
  if (wrong !== undefined) {
    throw new Error(
      `TRUST_PROXY must be a number of proxy hops or the proxies' addresses (IP or CIDR, comma-separated), got "${wrong}": a value such as "true" would believe any client's X-Forwarded-For`,
    );
  }
  return entries;
}

// High enough that a load generator on one address never meets them within a run.
const lifted = { max: 1_000_000_000, timeWindow: '1 minute' };

/**
 * RATE_LIMITS=off lifts every per-address limit so a benchmark can drive tracking and
 * sign-in from one address. Refused outright in production: there the limits are what stands
 * between an attacker and guessing reference / ID-number pairs.
 */
function readRateLimits(env: NodeJS.ProcessEnv): Partial<RateLimits> {
  const setting = env.RATE_LIMITS;
  if (setting === undefined || setting === '' || setting === 'on') return {};
  if (setting !== 'off') throw new Error(`RATE_LIMITS must be "on" or "off", got "${setting}"`);
  if (env.NODE_ENV === 'production') {
    throw new Error('RATE_LIMITS=off is refused when NODE_ENV=production');
  }
  return {
    tracking: lifted,
    trackingMissesPerReference: lifted,
    applicant: lifted,
    perApplication: lifted,
    createApplication: lifted,
    staffSignIn: lifted,
    publicRead: lifted,
  };
}

/**
 * PUBLIC_URL is printed on every certificate as its verification link, so it must be an
 * address people can type: http(s), no credentials, query or fragment. With PostgreSQL (a
 * deployment, not the embedded default on one machine) it is required: the listening address
 * behind a proxy is not where anyone reaches the service.
 */
function readPublicUrl(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.PUBLIC_URL?.trim();
  if (!setting) {
    if (env.DATABASE_URL) {
      throw new Error(
        'PUBLIC_URL must be set with DATABASE_URL: the address people reach the service at, e.g. https://ssc.example.gov.cn (certificates print their verification link from it)',
      );
    }
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(
      `PUBLIC_URL must be an absolute address such as https://ssc.example.gov.cn, got "${setting}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`PUBLIC_URL must start with https:// or http://, got "${setting}"`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error('PUBLIC_URL must not carry credentials, a query or a fragment');
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    webDist: env.WEB_DIST
      ? path.resolve(env.WEB_DIST)
      : existsSync(path.join(bundledWebDist, 'index.html'))
        ? bundledWebDist
        : undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    rateLimits: readRateLimits(env),
    publicUrl: readPublicUrl(env),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    ...readKeys(env, databaseUrl),
  };
}
