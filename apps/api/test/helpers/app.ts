import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildCheckedApp } from './answer-check.ts';
import type { RateLimits } from '../../src/routes/rate-limits.ts';
import type { TrustProxy } from '../../src/config.ts';
import { seedDemoData } from '../../src/db/demo-data.ts';
import { createTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A whole app on its own fresh database and data folder, seeded with the demo centres and staff:
 * production's app, as buildApp's defaults make it (its limits and its key files included), but
 * for what the test must own. A test that lifts a limit says why where it does.
 */
export async function createTestApp(
  kind: 'pglite' | 'postgres',
  options: {
    rateLimits?: Partial<RateLimits>;
    inspectionTimeoutMs?: number;
    trustProxy?: TrustProxy;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  await seedDemoData(database.prisma);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-api-test-'));
  const app = await buildCheckedApp({
    dataDir,
    database,
    inspectionTimeoutMs: options.inspectionTimeoutMs,
    trustProxy: options.trustProxy,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  return {
    app,
    dataDir,
    async close() {
      await app.close();
      await database.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** multipart/form-data by hand, so tests control field order, names and declared types exactly. */
export function multipart(
  parts: (
    | { name: string; value: string }
    | { name: string; filename: string; contentType: string; data: Buffer }
  )[],
) {
  const boundary = `----ssc${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('value' in part) {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
    } else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType}\r\n\r\n`,
        ),
      );
      chunks.push(part.data, Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
