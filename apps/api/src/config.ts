import { existsSync } from 'node:fs';
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
  return { tracking: lifted, applicant: lifted, createApplication: lifted, staffSignIn: lifted };
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
    ...readKeys(env, databaseUrl),
  };
}
