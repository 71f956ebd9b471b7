import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from './db/client.ts';
import type { Clock } from './plugins/app/clock.ts';
import helmet from './plugins/external/helmet.ts';
import compress from './plugins/external/compress.ts';
import cookie from './plugins/external/cookie.ts';
import multipart from './plugins/external/multipart.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import swagger from './plugins/external/swagger.ts';
import web from './plugins/external/web.ts';
import errors from './plugins/app/errors.ts';
import { OneLineLogController } from './plugins/app/request-log.ts';
import { answerClientError } from './lib/client-error.ts';
import clock from './plugins/app/clock.ts';
import database from './plugins/app/database.ts';
import secrets from './plugins/app/secrets.ts';
import storage from './plugins/app/storage.ts';
import personalData from './plugins/app/personal-data.ts';
import virusScan from './plugins/app/virus-scan.ts';
import inspection from './plugins/app/inspection.ts';
import applicantAuth from './plugins/app/applicant-auth.ts';
import staffAuth from './plugins/app/staff-auth.ts';
import publicUrl from './plugins/app/public-url.ts';
import routes from './routes/index.ts';
import { scheduleOrphanedDocumentSweeps } from './services/sweep-orphaned-documents.ts';
import { defaultRateLimits, type RateLimits } from './routes/rate-limits.ts';
import type { TrustProxy } from './config.ts';

export interface AppOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** An open database to use instead of opening one (tests share a template database). */
  database?: Database;
  /** Folder of the built web app; when set it is served at `/`. */
  webDist?: string | undefined;
  clock?: Clock;
  /** Key for the ID-number digest; defaults to a key file in dataDir. */
  secret?: string | undefined;
  /** STORAGE_MASTER_KEY (base64); defaults to the environment, then a key file in dataDir. */
  masterKey?: string | undefined;
  /** STORAGE_MASTER_KEY_PREVIOUS: keys a rotation is moving away from (base64, comma-separated). */
  previousMasterKeys?: string | undefined;
  rateLimits?: Partial<RateLimits>;
  /** Proxies to believe about the client's address (TRUST_PROXY, config.ts); default none. */
  trustProxy?: TrustProxy | undefined;
  /** The address people reach the service at (PUBLIC_URL); default: its own listening address. */
  publicUrl?: string | undefined;
  /** How long the inspection worker may take over one file before it is killed (default 60 s). */
  inspectionTimeoutMs?: number | undefined;
}

/** Log redaction: ID numbers, names, tokens and file paths never reach a log line. */
export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.idNumber',
      '*.name',
      '*.accessToken',
      '*.password',
      // a step-up's own password and a new one (staff account changes)
      '*.currentPassword',
      '*.newPassword',
      '*.storageKey',
      '*.path',
      '*.token',
    ],
    censor: '[redacted]',
  },
});

/** The whole service as one Fastify plugin: external plugins, then ours, then routes. */
export async function registerApp(app: FastifyInstance, options: AppOptions) {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON and multipart are all the API reads: plain text, which Fastify parses by default, is a
  // 415 like any other type no route takes (ASVS 4.0.3 13.2.5), not a string handed to a schema.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet);
  await app.register(compress);
  await app.register(cookie);
  await app.register(multipart);
  await app.register(rateLimit);
  await app.register(swagger);
  if (options.webDist) await app.register(web, { root: options.webDist });

  await app.register(errors, { spa: Boolean(options.webDist) });
  await app.register(clock, { clock: options.clock });
  await app.register(publicUrl, { publicUrl: options.publicUrl });
  await app.register(database, {
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    ...(options.database ? { database: options.database } : {}),
  });
  await app.register(secrets, { dataDir: options.dataDir, secret: options.secret });
  await app.register(storage, {
    dataDir: options.dataDir,
    masterKey: options.masterKey,
    previousMasterKeys: options.previousMasterKeys,
  });
  await app.register(personalData);
  scheduleOrphanedDocumentSweeps(app);
  await app.register(virusScan);
  await app.register(inspection, { timeoutMs: options.inspectionTimeoutMs });
  await app.register(applicantAuth, {
    perApplication: { ...defaultRateLimits, ...options.rateLimits }.perApplication,
  });
  await app.register(staffAuth);

  await app.register(routes, { prefix: '/api/v1', rateLimits: options.rateLimits ?? {} });
}

/**
 * Fastify treats a bare hop count as "trust nobody" (it cannot tell our proxy from a client
 * that reached the service directly), so a count becomes the classic rule: the socket's peer
 * and the hops after it are ours. That holds only where clients cannot reach the service except
 * through those proxies; addresses are the stricter setting (README, docs/security.md).
 */
function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((a: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

export async function buildApp(
  options: AppOptions & {
    logger?: FastifyServerOptions['logger'];
    /**
     * Called on the bare instance before anything is registered, so what it adds (the test
     * suite's check of every answer against the contract) reaches every route.
     */
    prepare?: (app: FastifyInstance) => void;
  },
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Multipart uploads are bounded by the multipart limits, JSON bodies by this.
    bodyLimit: 256 * 1024,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    logController: new OneLineLogController(),
    clientErrorHandler: answerClientError,
  });
  options.prepare?.(app);
  await registerApp(app, options);
  await app.ready();
  return app;
}
