// Starts the real service for the browser journeys: a fresh PGlite data folder, the real
// migrations and demo seed, the built web app, on its own port.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loggerOptions } from '../../apps/api/src/app.ts';
import { openDatabase } from '../../apps/api/src/db/client.ts';
import { applyMigrations } from '../../apps/api/src/db/migrations.ts';
import { seedDemoData } from '../../apps/api/src/db/demo-data.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-e2e-'));
await applyMigrations({ dataDir });
const database = await openDatabase({ dataDir });
await seedDemoData(database.prisma);

// Journeys in four projects track, sign in and read the centres many times a minute from one address.
const relaxed = { max: 1000, timeWindow: '1 minute' };
const app = await buildApp({
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
await app.listen({ host: '127.0.0.1', port });
console.log(`e2e server on http://127.0.0.1:${port} (data in ${dataDir})`);
