import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCheckedApp } from '../helpers/answer-check.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { seedDemoData } from '../../src/db/demo-data.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/database.ts';
import { stallingProxy, type StallingProxy } from '../helpers/stalling-proxy.ts';

// Only a server can stop answering: the embedded PGlite lives in the process and fails with it.
const kinds = (await databaseKinds()).filter((kind) => kind === 'postgres');

describe.skipIf(kinds.length === 0)('a database that stops answering (postgres)', () => {
  let real: TestDatabase;
  let proxy: StallingProxy;
  let proxied: Database;
  let app: Awaited<ReturnType<typeof buildCheckedApp>>;
  let dataDir: string;
  beforeAll(async () => {
    real = await createTestDatabase('postgres');
    await seedDemoData(real.prisma);
    proxy = await stallingProxy(real.options.databaseUrl!);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-api-down-'));
    proxied = await openDatabase({ databaseUrl: proxy.url, dataDir });
    app = await buildCheckedApp({ dataDir, database: proxied, secret: 'test-secret' });
  });
  afterAll(async () => {
    await app?.close();
    await proxied?.close();
    await proxy?.close();
    await real?.dispose();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function timed(url: string) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url });
    return { res, ms: performance.now() - started };
  }

  it('health and a data route answer 503 within seconds, and recover when it answers again', async () => {
    expect((await timed('/api/v1/health')).res.statusCode).toBe(200);
    expect((await timed('/api/v1/centres')).res.statusCode).toBe(200);

    proxy.stall();
    const health = await timed('/api/v1/health');
    expect(health.res.statusCode).toBe(503);
    expect(health.res.json()).toEqual({ status: 'unavailable' });
    expect(health.ms).toBeLessThan(10_000);

    const centres = await timed('/api/v1/centres');
    expect(centres.res.statusCode, centres.res.body).toBe(503);
    expect(centres.res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(centres.res.json()).toMatchObject({ status: 503, type: '/problems/unavailable' });
    expect(centres.res.headers['retry-after']).toBe('30');
    expect(centres.res.headers['cache-control']).toBe('no-store');
    expect(centres.ms).toBeLessThan(10_000);

    proxy.resume();
    expect((await timed('/api/v1/health')).res.statusCode).toBe(200);
    expect((await timed('/api/v1/centres')).res.statusCode).toBe(200);
  });
});
