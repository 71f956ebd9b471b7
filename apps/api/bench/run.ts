/**
 * `pnpm bench`: the service's speed as ratios against yardsticks measured in the same run
 * (docs/performance.md says why). Needs a PostgreSQL server (BENCH_POSTGRES_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) and the build (`pnpm run build`); creates and
 * drops its own database. Writes the table into docs/performance.md.
 *
 * `pnpm bench --smoke`: the same steps on 1 000 rows, one short load run and one page load,
 * in seconds, writing nothing: it keeps this script working (run by `npm test`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { STAFF_WORK_STATUSES } from '@ssc/domain/status';
import { z } from 'zod';
import { normaliseIdNumber } from '@ssc/domain/id-number';
import { applyMigrations } from '../src/db/migrations.ts';
import { openDatabase } from '../src/db/client.ts';
import { demoCentres, demoStaff, seedDemoData } from '../src/db/demo-data.ts';
import { seedApplications, type SeedMix } from './seed-applications.ts';
import { MasterKey } from '../src/lib/file-encryption.ts';
import { Keyring } from '../src/lib/field-encryption.ts';
import { PersonalData } from '../src/services/personal-data.ts';
import { sealClearRows } from '../src/services/seal-clear-rows.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import {
  openBrowser,
  PHONE_PROFILES,
  requireChromium,
  timeJourney,
  type Journey,
  type PhoneProfile,
} from './browser.ts';

const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 1 : 3;
const SIZES = smoke ? [1_000] : [10_000, 1_000_000];
const MIXES: SeedMix[] = smoke ? ['realistic'] : ['realistic', 'open'];
const LOAD_SECONDS = smoke ? 1 : 10;
const CONNECTIONS = 50;
// 50 keeps the full run under half an hour on a busy 2-core machine; p95 is then the third-slowest.
const LATENCY_SAMPLES = smoke ? 10 : 50;
const small = SIZES[0]!;
const large = SIZES.at(-1)!;

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const apiRoot = path.join(repo, 'apps/api');
const serverJs = path.join(apiRoot, 'dist/server.js');
const webDist = path.join(repo, 'apps/web/dist');
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const secret = randomBytes(32).toString('hex');
// With DATABASE_URL the server takes its master key from the settings only (src/config.ts).
const masterKey = randomBytes(32);
const personalData = new PersonalData(new Keyring(new MasterKey(masterKey)));
const trackedIdNumber = '11010519491231002X';

const children: ChildProcess[] = [];
const log = (line: string) => console.warn(line);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server process and resolves once `url` answers. */
async function startServer(
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: apiRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function rssMiB(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const autocannonResult = z.object({
  requests: z.object({ average: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});

/** Requests per second over LOAD_SECONDS with 50 connections (autocannon in its own process). */
async function throughput(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<number> {
  const args = [
    path.join(repo, 'node_modules/autocannon/autocannon.js'),
    '-c',
    String(CONNECTIONS),
    '-d',
    String(LOAD_SECONDS),
    '-j',
    '-m',
    options.method ?? 'GET',
  ];
  const headers = { ...options.headers };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    args.push('-b', JSON.stringify(options.body));
  }
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  args.push(url);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', () => resolve(out));
  });
  const result = autocannonResult.parse(JSON.parse(output));
  if (result.non2xx > 0 || result.errors > 0) {
    const probe = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load; now ${probe.status} ${await probe.text()}`,
    );
  }
  return result.requests.average;
}

/** p95 in ms of sequential requests (after a warm-up), each checked for a 2xx answer. */
async function latencyP95(request: () => Promise<Response>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES + 10; i++) {
    const started = performance.now();
    const response = await request();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    if (i >= 10) times.push(performance.now() - started);
  }
  return percentile(times, 95);
}

async function signIn(base: string, username: string): Promise<string> {
  const staff = demoStaff.find((s) => s.username === username);
  if (!staff) throw new Error(`no demo staff ${username}`);
  const response = await fetch(`${base}/api/v1/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: staff.password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

interface Scenario {
  name: string;
  request: (base: string) => Promise<Response>;
}

function scaleScenarios(cookies: { reviewer: string; supervisor: string }, tracked: string) {
  const asReviewer = (query: string) => (base: string) =>
    fetch(`${base}/api/v1/staff/applications${query}`, { headers: { cookie: cookies.reviewer } });
  const asSupervisor = (url: string) => (base: string) =>
    fetch(`${base}${url}`, { headers: { cookie: cookies.supervisor } });
  const scenarios: Scenario[] = [
    { name: 'queue: default view', request: asReviewer('') },
    { name: 'queue: status SUBMITTED', request: asReviewer('?status=SUBMITTED') },
    { name: 'queue: status APPROVED', request: asReviewer('?status=APPROVED') },
    { name: 'queue: reason DEATH', request: asReviewer('?reason=DEATH') },
    { name: 'queue: unassigned', request: asReviewer('?assignee=unassigned') },
    { name: 'queue: assigned to me', request: asReviewer('?assignee=me') },
    { name: 'queue: older than 30 days', request: asReviewer('?minAgeDays=30') },
    { name: 'queue: reference search', request: asReviewer('?reference=BNZZ') },
    { name: 'audit trail (supervisor)', request: asSupervisor('/api/v1/staff/audit') },
    { name: 'dashboard (supervisor)', request: asSupervisor('/api/v1/staff/dashboard') },
    {
      name: 'tracking',
      request: (base) =>
        fetch(`${base}/api/v1/tracking`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference: tracked, idNumber: trackedIdNumber }),
        }),
    },
  ];
  return scenarios;
}

/** Empties the application tables and fills them again; returns one trackable reference. */
async function reseed(
  client: pg.Client,
  prisma: PrismaClient,
  count: number,
  mix: SeedMix,
): Promise<string> {
  // The audit table refuses changes by trigger (append-only); this throwaway database may be
  // emptied, so the bench's own session skips triggers while it does.
  await client.query('SET session_replication_role = replica');
  await client.query(
    'TRUNCATE "AuditEvent", "StatusEvent", "Certificate", "CorrectionRequest", "Document", "Visit", "VisitSlot", "Application"',
  );
  await seedApplications(client, {
    count,
    mix,
    centreIds: demoCentres.map((c) => c.id),
    now: new Date(),
  });
  await client.query('SET session_replication_role = DEFAULT');
  // The rows go in as an earlier release stored them, in clear; the server's start-up step
  // (services/seal-clear-rows.ts) seals them, here run by the bench so that every read below
  // opens sealed cases as production does. Its time is the upgrade's one-off cost.
  const started = performance.now();
  const sealed = await sealClearRows(prisma, personalData);
  log(
    `sealed ${sealed.applications} clear cases in ${fmt((performance.now() - started) / 1000, 1)} s`,
  );
  await client.query('ANALYZE "Application"');
  // The server's digest of the tracked ID number (plugins/app/secrets.ts), on one open row.
  const digest = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(`id:${normaliseIdNumber(trackedIdNumber)}`)
    .digest('hex');
  const { rows } = await client.query<{ reference: string }>(
    `UPDATE "Application" SET "cardholderIdDigest" = $1
     WHERE id = (SELECT id FROM "Application" WHERE status = 'UNDER_REVIEW' LIMIT 1)
     RETURNING reference`,
    [digest],
  );
  const reference = rows[0]?.reference;
  if (!reference) throw new Error('no application to track');
  return reference;
}

/** EXPLAIN of the statements behind the queue's default view, the audit trail and tracking. */
async function explainPlans(client: pg.Client): Promise<string> {
  const open = STAFF_WORK_STATUSES;
  const branch = (status: string) =>
    `(SELECT id, "submittedAt" FROM "Application" WHERE status = '${status}' AND "submittedAt" IS NOT NULL AND "centreId" = 'SH-HUANGPU' ORDER BY "submittedAt", id LIMIT 51)`;
  const statements: [string, string][] = [
    [
      'queue, default view (one branch per open status, merged)',
      `SELECT id FROM (${open.map(branch).join(' UNION ALL ')}) AS page ORDER BY "submittedAt", id LIMIT 51`,
    ],
    [
      'audit trail, a supervisor (newest first, scoped by EXISTS)',
      `SELECT e.id FROM "AuditEvent" e WHERE (EXISTS (SELECT 1 FROM "StaffUser" s WHERE s.id::text = e."actorId" AND s."centreId" = 'SH-HUANGPU') OR EXISTS (SELECT 1 FROM "Application" a WHERE a.id = e."applicationId" AND a."centreId" = 'SH-HUANGPU')) ORDER BY e.id DESC LIMIT 51`,
    ],
    [
      'dashboard, counts by status of one centre',
      `SELECT status, count(*) FROM "Application" WHERE "centreId" = 'SH-HUANGPU' AND status <> 'DRAFT' GROUP BY status`,
    ],
    [
      'tracking (by reference)',
      `SELECT id FROM "Application" WHERE reference = (SELECT reference FROM "Application" LIMIT 1)`,
    ],
  ];
  const parts: string[] = [];
  for (const [title, sql] of statements) {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
    );
    parts.push(`#### ${title}\n\n\`\`\`\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``);
  }
  return parts.join('\n\n');
}

interface Row {
  what: string;
  value: string;
  goal: string;
  met: boolean | null;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function main() {
  const chromiumPath = requireChromium();
  if (!existsSync(serverJs) || !existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(
      'build first: pnpm run build (the bench runs the compiled API and the built web app)',
    );
  }
  const rows: Row[] = [];
  const dbName = `ssc_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = databaseUrl(dbName);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ssc-bench-'));
  const client = new pg.Client({ connectionString: url });
  let plans = '';
  let closeDb = async () => {};
  try {
    log(`bench database ${dbName}${smoke ? ' (smoke)' : ''}`);
    await applyMigrations({ databaseUrl: url, dataDir: tmp });
    // Kept open for the whole run: each reseed seals its rows through it.
    const db = await openDatabase({ databaseUrl: url, dataDir: tmp });
    closeDb = () => db.close();
    await seedDemoData(db.prisma);
    await client.connect();

    const apiPort = await freePort();
    const basePort = await freePort();
    const api = `http://127.0.0.1:${apiPort}`;
    const base = `http://127.0.0.1:${basePort}`;
    const apiEnv = {
      DATABASE_URL: url,
      PUBLIC_URL: api,
      PORT: String(apiPort),
      DATA_DIR: path.join(tmp, 'api'),
      APP_SECRET: secret,
      STORAGE_MASTER_KEY: masterKey.toString('base64'),
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    };
    let tracked = await reseed(client, db.prisma, SIZES[0]!, 'realistic');
    const server = await startServer([serverJs], apiEnv, `${api}/api/v1/health`);
    const baseline = await startServer(
      ['--import', 'tsx', path.join(apiRoot, 'bench/baseline-server.ts')],
      { DATABASE_URL: url, PORT: String(basePort) },
      `${base}/hello`,
    );

    // Memory, idle after start and a first answer.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idlePg = await rssMiB(server);
    rows.push({
      what: 'API idle RSS on PostgreSQL (MiB)',
      value: fmt(idlePg, 0),
      goal: '≤ 150',
      met: idlePg <= 150,
    });

    // Throughput, each against its yardstick in the same run.
    const { rows: pkRows } = await client.query<{ id: string }>(
      'SELECT id FROM "Application" LIMIT 1',
    );
    const pkId = pkRows[0]!.id;
    const cookies = {
      reviewer: await signIn(api, 'reviewer.huangpu'),
      supervisor: await signIn(api, 'supervisor.shanghai'),
    };
    const ratios = { eligibility: [] as number[], tracking: [] as number[], queue: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const hello = await throughput(`${base}/hello`);
      const eligibility = await throughput(`${api}/api/v1/eligibility`, {
        method: 'POST',
        body: { reason: 'SETTLED_ABROAD', filer: { role: 'CARDHOLDER' } },
      });
      const pk = await throughput(`${base}/pk?id=${pkId}`);
      const tracking = await throughput(`${api}/api/v1/tracking`, {
        method: 'POST',
        body: { reference: tracked, idNumber: trackedIdNumber },
      });
      const queue = await throughput(`${api}/api/v1/staff/applications`, {
        headers: { cookie: cookies.reviewer },
      });
      log(
        `run ${run + 1}: hello ${fmt(hello, 0)}/s, eligibility ${fmt(eligibility, 0)}/s, pk ${fmt(pk, 0)}/s, tracking ${fmt(tracking, 0)}/s, queue ${fmt(queue, 0)}/s`,
      );
      ratios.eligibility.push(eligibility / hello);
      ratios.tracking.push(tracking / pk);
      ratios.queue.push(queue / pk);
    }
    for (const [name, values, yardstick] of [
      ['POST /eligibility', ratios.eligibility, 'hello world'],
      ['POST /tracking', ratios.tracking, 'one PK query'],
      ['GET /staff/applications', ratios.queue, 'one PK query'],
    ] as const) {
      const value = median(values);
      rows.push({
        what: `${name} req/s ÷ bare Fastify ${yardstick}`,
        value: fmt(value),
        goal: '≥ 0.5',
        met: value >= 0.5,
      });
    }

    // First request after the pool has sat idle past pg's old 10 s idle timeout.
    if (!smoke) {
      const health = () =>
        fetch(`${api}/api/v1/tracking`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference: tracked, idNumber: trackedIdNumber }),
        });
      const warm = await latencyP95(health);
      const cold: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await new Promise((resolve) => setTimeout(resolve, 11_000));
        const started = performance.now();
        await (await health()).arrayBuffer();
        cold.push(performance.now() - started);
      }
      rows.push({
        what: 'tracking after 11 s idle (ms), vs warm p95',
        value: `${fmt(median(cold), 1)} vs ${fmt(warm, 1)}`,
        goal: 'no penalty',
        met: median(cold) <= warm * 1.5 + 2,
      });
    }

    // Page loads on throttled phones, against the compiled API serving the built web app.
    const browser = await openBrowser(chromiumPath);
    try {
      const profiles: PhoneProfile[] = smoke
        ? ['Lighthouse mobile']
        : ['Lighthouse mobile', '2017 baseline'];
      for (const profile of profiles) {
        for (const journey of ['start', 'wizard'] as Journey[]) {
          const times: number[] = [];
          for (let run = 0; run < RUNS; run++)
            times.push(await timeJourney(browser, api, profile, journey));
          const goal = profile === '2017 baseline' ? 3500 : 1500;
          const value = median(times);
          rows.push({
            what: `${journey === 'start' ? 'start page' : 'first wizard step'} usable, ${profile} (ms)`,
            value: fmt(value, 0),
            goal: `≤ ${goal}`,
            met: value <= goal,
          });
        }
      }
    } finally {
      await browser.close();
    }
    log(`page loads measured (${Object.keys(PHONE_PROFILES).join(', ')})`);

    // Scale: p95 per endpoint at each size and mix; the ratio of the largest to the smallest.
    const scenarios = scaleScenarios(cookies, tracked);
    const p95s = new Map<string, number>();
    for (const mix of MIXES) {
      for (const size of SIZES) {
        const started = performance.now();
        tracked = await reseed(client, db.prisma, size, mix);
        log(`seeded ${size} (${mix}) in ${fmt((performance.now() - started) / 1000, 0)} s`);
        const current = scaleScenarios(cookies, tracked);
        for (const scenario of current) {
          const values: number[] = [];
          for (let run = 0; run < RUNS; run++)
            values.push(await latencyP95(() => scenario.request(api)));
          p95s.set(`${mix}|${size}|${scenario.name}`, median(values));
        }
        if (size === SIZES.at(-1) && mix === 'open') plans = await explainPlans(client);
      }
    }
    for (const mix of MIXES) {
      for (const scenario of scenarios) {
        const a = p95s.get(`${mix}|${small}|${scenario.name}`)!;
        const b = p95s.get(`${mix}|${large}|${scenario.name}`)!;
        rows.push({
          what: `${scenario.name}, ${mix} mix: p95 ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')}`,
          value: `${fmt(b / a)} (${fmt(a, 1)} → ${fmt(b, 1)} ms)`,
          goal: '≤ 1.5',
          met: smoke ? null : b / a <= 1.5,
        });
      }
    }
    await stopServer(baseline);
    await stopServer(server);

    // Memory on the embedded database: a fresh PGlite folder, idle after start.
    const pgliteDir = path.join(tmp, 'pglite-api');
    await applyMigrations({ dataDir: pgliteDir });
    const pglitePort = await freePort();
    const embedded = await startServer(
      [serverJs],
      { ...apiEnv, DATABASE_URL: '', DATA_DIR: pgliteDir, PORT: String(pglitePort) },
      `http://127.0.0.1:${pglitePort}/api/v1/health`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idlePglite = await rssMiB(embedded);
    await stopServer(embedded);
    rows.push({
      what: 'API idle RSS on PGlite (MiB)',
      value: fmt(idlePglite, 0),
      goal: '≤ 300',
      met: idlePglite <= 300,
    });
  } finally {
    for (const child of children) await stopServer(child);
    await closeDb().catch(() => undefined);
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await rm(tmp, { recursive: true, force: true });
  }

  const table = [
    '| measurement | median of runs | goal | met |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.value} | ${r.goal} | ${r.met === null ? '—' : r.met ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
  const header = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, Node.js ${process.version}, ${RUNS} runs each; load: autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s; latency: p95 of ${LATENCY_SAMPLES} sequential requests.`;
  console.warn(`\n${header}\n\n${table}\n`);
  if (smoke) return;
  const doc = path.join(repo, 'docs/performance.md');
  const text = await readFile(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  await writeFile(
    doc,
    `${before}\n\n${header}\n\n${table}\n\n### Query plans at ${large.toLocaleString('en')} applications, all open\n\n${plans}\n\n${after}`,
  );
  log('docs/performance.md updated');
}

await main().catch(async (error: unknown) => {
  console.error(error);
  for (const child of children) await stopServer(child);
  process.exitCode = 1;
});
