// Starts the real service for the browser journeys: a fresh PGlite data folder, the real
// migrations and demo seed, the built web app, on its own port.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loggerOptions } from '../../apps/api/src/app.ts';
import { openDatabase } from '../../apps/api/src/db/client.ts';
import { applyMigrations } from '../../apps/api/src/db/migrations.ts';
import { seedDemoData } from '../../apps/api/src/db/demo-data.ts';
import type { Clock } from '../../apps/api/src/plugins/app/clock.ts';
import { CLOCK_OFFSET_HEADER } from './clock.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-e2e-'));
await applyMigrations({ dataDir });
const database = await openDatabase({ dataDir });
await seedDemoData(database.prisma);

// Journeys in four projects track, sign in and read the centres many times a minute from one address.
const relaxed = { max: 1000, timeWindow: '1 minute' };
// A journey that needs another hour (a visit 2 hours away, a slot that has begun) moves the
// server's clock for its own requests only, by a header its browser context sends
// (e2e/support/clock.ts); the journeys beside it keep the real time. The product has no such
// header: the clock is passed in here, as the API tests pass a fixed one.
const offsets = new AsyncLocalStorage<number>();
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const now = () => new Date(Date.now() + (offsets.getStore() ?? 0));
const clock: Clock = { now, today: () => chinaDate.format(now()) };

const app = await buildApp({
  clock,
  dataDir,
  database,
  webDist: fileURLToPath(new URL('../../apps/web/dist', import.meta.url)),
  logger: loggerOptions('warn'),
  rateLimits: {
    tracking: relaxed,
    staffSignIn: relaxed,
    createApplication: relaxed,
    publicRead: relaxed,
  },
});
// Before Fastify's own listener: the request's handling, and everything it awaits, runs with
// its offset (AsyncLocalStorage.enterWith carries into the listeners after it).
app.server.prependListener('request', (request) => {
  const offset = Number(request.headers[CLOCK_OFFSET_HEADER] ?? 0);
  offsets.enterWith(Number.isFinite(offset) ? offset : 0);
});
await app.listen({ host: '127.0.0.1', port });
console.log(`e2e server on http://127.0.0.1:${port} (data in ${dataDir})`);
