// Starts the real service for the browser journeys: a fresh PGlite data folder, the real
// migrations and demo seed, the built web app, on its own port.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loggerOptions } from '@ssc/api/app';
import { openDatabase } from '@ssc/api/db/client';
import { applyMigrations } from '@ssc/api/db/migrations';
import { demoVisitSchedule, hashPassword, seedDemoData } from '@ssc/api/db/demo-data';
import type { Clock } from '@ssc/api/clock';
import { CLOCK_OFFSET_HEADER } from './clock.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-e2e-'));
await applyMigrations({ dataDir });
const database = await openDatabase({ dataDir });
await seedDemoData(database.prisma);
await seedScheduleCentres();

/**
 * The visit journeys book at the same centres at once, most of them the first free time. So
 * that none finds its time taken by another, the demo centres take 50 people a slot here (a
 * run books under 40 visits in all); the journey about a time taken meanwhile books at a
 * centre of one place a slot (SH-MINHANG). Two more centres are visit-schedule.spec.ts's, whose
 * capacity it changes (SH-JINGAN, with a supervisor as in the demo, and SH-XUHUI).
 */
async function seedScheduleCentres() {
  await database.prisma.serviceCentre.updateMany({ data: { visitSlotCapacity: 50 } });
  for (const [id, district, districtEn, capacity] of [
    ['SH-JINGAN', '静安区', "Jing'an District", demoVisitSchedule.capacity],
    ['SH-XUHUI', '徐汇区', 'Xuhui District', demoVisitSchedule.capacity],
    ['SH-MINHANG', '闵行区', 'Minhang District', 1],
  ] as const) {
    await database.prisma.serviceCentre.create({
      data: {
        id,
        nameZh: `${district}社会保障卡服务网点（测试）`,
        nameEn: `${districtEn} Social Security Card Service Point (test)`,
        addressZh: `上海市${district}测试路 3 号`,
        addressEn: `3 Test Road, ${districtEn}, Shanghai`,
        visitSlotMinutes: demoVisitSchedule.slotMinutes,
        visitSlotCapacity: capacity,
        openingHours: { create: demoVisitSchedule.hours.map((period) => ({ ...period })) },
      },
    });
  }
  await database.prisma.staffUser.create({
    data: {
      username: 'supervisor.jingan',
      displayName: '静安主管（测试）',
      role: 'SUPERVISOR',
      centreId: 'SH-JINGAN',
      passwordHash: await hashPassword('Test-Jingan-Supervisor'),
    },
  });
}

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
