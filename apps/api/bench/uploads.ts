/*
 * `pnpm bench:uploads` (docs/decisions/005-document-storage.md): 50 concurrent 8 MB uploads against the real
 * app listening on a loopback port, compared with a bare @fastify/multipart-to-disk server
 * measured in the same run. Each server runs in its own child process; this process samples
 * the child's resident memory (/proc/<pid>/status, every 5 ms) and prints the peak growth over
 * the idle level just before the burst, and throughput (MB/s of upload bodies) as a ratio.
 * Not part of `npm test`: it takes about a minute and its figures depend on the machine.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';

const CONCURRENCY = 50;
const FILE_BYTES = 8 * 1024 * 1024;
const TIMEOUT_MS = 5 * 60_000;
const HOST = '127.0.0.1'; // loopback only
const self = fileURLToPath(import.meta.url);

type Role = 'app' | 'bare';

// ---------------------------------------------------------------- servers (child processes)

async function serve(role: Role) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `ssc-bench-${role}-`));
  let close: () => Promise<void>;
  let port: number;
  if (role === 'app') {
    const { applyMigrations } = await import('../src/db/migrations.ts');
    const { buildApp } = await import('../src/app.ts');
    await applyMigrations({ dataDir });
    const generous = { max: 1_000_000, timeWindow: '1 minute' };
    const app = await buildApp({
      dataDir,
      secret: 'bench',
      rateLimits: {
        tracking: generous,
        applicant: generous,
        perApplication: generous,
        createApplication: generous,
        staffSignIn: generous,
        publicRead: generous,
      },
    });
    await app.listen({ host: HOST, port: 0 });
    port = (app.server.address() as { port: number }).port;
    close = () => app.close();
  } else {
    // The baseline: what streaming a multipart file to disk costs with nothing else done.
    const app = Fastify({ logger: false });
    await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
    app.post('/upload', async (req, reply) => {
      const part = await req.file();
      if (!part) return reply.code(400).send();
      await pipeline(
        part.file,
        createWriteStream(path.join(dataDir, randomBytes(16).toString('hex'))),
      );
      return reply.code(201).send({ ok: true });
    });
    await app.listen({ host: HOST, port: 0 });
    port = (app.server.address() as { port: number }).port;
    close = () => app.close();
  }
  process.send!({ port });
  process.on('message', async (message) => {
    if (message === 'stop') {
      await close();
      await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
}

// ---------------------------------------------------------------- load generator (parent)

function rssKb(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((status) =>
    Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
  );
}

function send(
  port: number,
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: HOST, port, method: 'POST', path: url, headers, timeout: TIMEOUT_MS },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

function multipartBody(file: Buffer, contentType: string) {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nOTHER_SUPPORTING\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, file, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function start(role: Role): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(self, ['--serve', role], {
    execArgv: ['--import', 'tsx'],
    // As recommended for production (docs/decisions/005): fewer glibc malloc arenas keep
    // libvips' worker threads from each holding on to their own freed memory.
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${role} server exited (${code})`)));
  });
  return { child, port };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.send('stop');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Resident memory of the process's children (the app's image worker), in KB. */
async function childrenRssKb(pid: number): Promise<number> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  let total = 0;
  for (const child of children.split(/\s+/).filter(Boolean)) {
    total += await rssKb(Number(child)).catch(() => 0);
  }
  return total;
}

interface Measurement {
  seconds: number;
  /** Peak resident memory of the server's child processes (the image worker), if any. */
  childrenPeakMb: number;
  mbPerSecond: number;
  baselineMb: number;
  peakGrowthMb: number;
  statuses: Record<number, number>;
}

async function measure(
  child: ChildProcess,
  uploads: (() => Promise<{ status: number }>)[],
  fileBytes: number,
): Promise<Measurement> {
  const pid = child.pid!;
  // settle: let start-up garbage be collected before the idle level is read
  await new Promise((r) => setTimeout(r, 1500));
  const baseline = await rssKb(pid);
  let peak = baseline;
  let childrenPeak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssKb(pid));
      childrenPeak = Math.max(childrenPeak, await childrenRssKb(pid));
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const started = performance.now();
  const results = await Promise.all(uploads.map((u) => u()));
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  const statuses: Record<number, number> = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return {
    seconds,
    mbPerSecond: (uploads.length * fileBytes) / 1024 / 1024 / seconds,
    baselineMb: baseline / 1024,
    peakGrowthMb: (peak - baseline) / 1024,
    childrenPeakMb: childrenPeak / 1024,
    statuses,
  };
}

async function makeFiles() {
  // A PDF of exactly 8 MB: one page and a large hex stream (no "/" inside, so no stray names).
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('bench', { x: 20, y: 100 });
  const pdfBase = Buffer.from(await doc.save({ useObjectStreams: false }));
  const padding = FILE_BYTES - pdfBase.length - 200;
  doc.context.register(doc.context.stream(randomBytes(padding / 2).toString('hex')));
  let pdf = Buffer.from(await doc.save({ useObjectStreams: false }));
  if (pdf.length > FILE_BYTES) throw new Error(`bench PDF is ${pdf.length} bytes`);
  pdf = Buffer.concat([pdf, Buffer.alloc(FILE_BYTES - pdf.length, 0x0a)]); // whitespace after %%EOF

  // A JPEG of at most 8 MB, as large as fits: a 12-megapixel photo with sensor-like noise.
  const width = 4000;
  const height = 3000;
  const pixels = randomBytes(width * height * 3);
  for (let i = 0; i < pixels.length; i++)
    pixels[i] = 64 + (pixels[i]! & 0x7f) + ((i / 3) % width) / 64;
  let jpeg: Buffer = Buffer.alloc(0);
  for (let quality = 98; quality > 10; quality -= 2) {
    jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg({ quality })
      .toBuffer();
    if (jpeg.length <= FILE_BYTES) break;
  }
  return { pdf, jpeg };
}

function printRow(label: string, m: Measurement) {
  console.warn(
    `  ${label.padEnd(34)} ${m.seconds.toFixed(2).padStart(6)} s  ${m.mbPerSecond
      .toFixed(1)
      .padStart(
        6,
      )} MB/s  idle RSS ${m.baselineMb.toFixed(0).padStart(4)} MB  peak growth ${m.peakGrowthMb
      .toFixed(1)
      .padStart(6)} MB  statuses ${JSON.stringify(m.statuses)}` +
      (m.childrenPeakMb > 0 ? `  image worker peak RSS ${m.childrenPeakMb.toFixed(0)} MB` : ''),
  );
}

async function bench() {
  const timer = setTimeout(() => {
    console.error('bench:uploads timed out');
    process.exit(1);
  }, TIMEOUT_MS);
  const files = await makeFiles();
  console.warn(
    `${CONCURRENCY} concurrent uploads of 8 MB (PDF ${files.pdf.length} B, JPEG ${files.jpeg.length} B, 4000×3000), loopback, ` +
      `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? '2'}`,
  );

  const results: Record<string, Measurement> = {};
  // Fresh server processes for each file type, so that one run's heap does not carry over.
  for (const [name, file, type] of [
    ['pdf', files.pdf, 'application/pdf'],
    ['jpeg', files.jpeg, 'image/jpeg'],
  ] as const) {
    const form = multipartBody(file, type);
    const bare = await start('bare');
    try {
      // warm-up: one request, so lazy loading is not counted as growth
      await send(bare.port, '/upload', form.body, form.headers);
      results[`${name}:bare`] = await measure(
        bare.child,
        Array.from(
          { length: CONCURRENCY },
          () => () => send(bare.port, '/upload', form.body, form.headers),
        ),
        file.length,
      );
    } finally {
      await stop(bare.child);
    }
    const app = await start('app');
    try {
      // one draft application per upload (an application holds at most 20 files)
      const drafts = await Promise.all(
        Array.from({ length: CONCURRENCY + 1 }, async () => {
          const res = await send(
            app.port,
            '/api/v1/applications',
            '{"filer":{"role":"CARDHOLDER"}}',
            { 'content-type': 'application/json' },
          );
          return JSON.parse(res.body) as { id: string; accessToken: string };
        }),
      );
      const upload = (draft: { id: string; accessToken: string }) =>
        send(app.port, `/api/v1/applications/${draft.id}/documents`, form.body, {
          ...form.headers,
          authorization: `Bearer ${draft.accessToken}`,
        });
      await upload(drafts[CONCURRENCY]!);
      results[`${name}:app`] = await measure(
        app.child,
        drafts.slice(0, CONCURRENCY).map((d) => () => upload(d)),
        file.length,
      );
    } finally {
      await stop(app.child);
    }
  }
  clearTimeout(timer);

  let ok = true;
  for (const name of ['pdf', 'jpeg']) {
    const bareRun = results[`${name}:bare`]!;
    const appRun = results[`${name}:app`]!;
    console.warn(`\n${name.toUpperCase()}`);
    printRow('bare @fastify/multipart to disk', bareRun);
    printRow('the app (sniff, hash, encrypt, check)', appRun);
    console.warn(
      `  throughput ratio app/bare ${(appRun.mbPerSecond / bareRun.mbPerSecond).toFixed(2)}; ` +
        `app peak RSS growth ${appRun.peakGrowthMb.toFixed(1)} MB (goal ≤ 64 MB: ${appRun.peakGrowthMb <= 64 ? 'met' : 'NOT met'})`,
    );
    if (appRun.statuses[201] !== CONCURRENCY) ok = false;
  }
  if (!ok) {
    console.error('some uploads were not accepted; see the statuses above');
    process.exitCode = 1;
  }
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) await serve(process.argv[serveIndex + 1] as Role);
else await bench();
