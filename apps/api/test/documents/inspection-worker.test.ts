import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInspector,
  workerEnvironment,
  type Inspector,
} from '../../src/lib/inspection-worker.ts';
import { coversServerIndependentTests, databaseKinds } from '../helpers/database.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { pdf, png } from '../fixtures/files.ts';
import { createDraft, storedFiles, uploadDocument } from './helpers.ts';

const kinds = await databaseKinds();

/** A file that arrives half-way and then never finishes: the worker waits for the rest. */
function stalled(data: Buffer): Readable {
  return new Readable({
    read() {
      if (this.readableLength === 0 && !(this as { sent?: boolean }).sent) {
        (this as { sent?: boolean }).sent = true;
        this.push(data.subarray(0, data.length >> 1));
      }
    },
  });
}

const image = (data: Buffer) => ({
  type: 'image/png' as const,
  size: data.length,
  input: () => Readable.from([data]),
});

describe.runIf(coversServerIndependentTests())(
  'the inspection worker (a parser that crashes or hangs)',
  () => {
    let inspector: Inspector;
    afterAll(() => inspector.close());

    it('re-encodes a good image, streamed in and out over its pipes', async () => {
      inspector = createInspector({ timeoutMs: 20_000 });
      const result = await inspector.inspect(image(png));
      expect(result.ok).toBe(true);
      const output = await buffer((result as { output: Readable }).output);
      expect(await sharp(output).metadata()).toMatchObject({
        format: 'png',
        width: 40,
        height: 30,
      });
    });

    it('refuses the file when the worker dies mid-job, and the next file gets a new worker', async () => {
      const job = inspector.inspect({
        type: 'image/png',
        size: png.length,
        input: () => stalled(png),
      });
      await expect.poll(() => inspector.workerPid).toBeDefined();
      const crashed = inspector.workerPid!;
      // What a segfault in a decoder looks like from outside.
      process.kill(crashed, 'SIGKILL');
      expect(await job).toEqual({ ok: false, reason: 'error.file.unreadable' });

      const next = await inspector.inspect(image(png));
      expect(next.ok).toBe(true);
      await buffer((next as { output: Readable }).output);
      expect(inspector.workerPid).toBeDefined();
      expect(inspector.workerPid).not.toBe(crashed);
    });

    it('replaces the worker when a caller gives up on an image half-read, so no bytes leak into the next', async () => {
      const big = await sharp({
        create: {
          width: 1200,
          height: 900,
          channels: 3,
          background: '#000',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .png()
        .toBuffer();
      const first = await inspector.inspect(image(big));
      const abandoned = inspector.workerPid;
      (first as { output: Readable }).output.destroy();
      const next = await inspector.inspect(image(png));
      const output = await buffer((next as { output: Readable }).output);
      expect(await sharp(output).metadata()).toMatchObject({ width: 40, height: 30 });
      expect(inspector.workerPid).not.toBe(abandoned);
    });

    it('kills a worker that takes too long, refuses the file, and serves the next', async () => {
      const slow = createInspector({ timeoutMs: 3_000 });
      try {
        // A job's limit starts once its worker is ready, so neither this first fork nor the
        // replacement's below counts against the 3 s; the warm worker makes `hung` known.
        const warm = await slow.inspect(image(png));
        await buffer((warm as { output: Readable }).output);
        const hung = slow.workerPid;
        const started = performance.now();
        const verdict = await slow.inspect({
          type: 'application/pdf',
          size: pdf.length,
          input: () => stalled(pdf),
          nameRefusal: undefined,
        });
        expect(verdict).toEqual({ ok: false, reason: 'error.file.unreadable' });
        expect(performance.now() - started).toBeGreaterThanOrEqual(2_900);
        const next = await slow.inspect({
          type: 'application/pdf',
          size: pdf.length,
          input: () => Readable.from([pdf]),
          nameRefusal: undefined,
        });
        expect(next).toEqual({ ok: true });
        expect(slow.workerPid).not.toBe(hung);
      } finally {
        slow.close();
      }
    });

    it('takes files one at a time, each answered with its own result', async () => {
      const big = await sharp({
        create: { width: 900, height: 700, channels: 3, background: '#3a6' },
      })
        .png()
        .toBuffer();
      // Each caller reads its image as soon as it has it; the next file waits for that.
      const judged = (job: Parameters<Inspector['inspect']>[0]) =>
        inspector.inspect(job).then(async (r) => ({
          ok: r.ok,
          size: r.ok && r.output ? await sharp(await buffer(r.output)).metadata() : undefined,
        }));
      const results = await Promise.all([
        judged(image(big)),
        judged({
          type: 'application/pdf',
          size: pdf.length,
          input: () => Readable.from([pdf]),
          nameRefusal: undefined,
        }),
        judged(image(png)),
        judged(image(Buffer.from('not a png at all, only words'))),
      ]);
      expect(results.map((r) => r.size && [r.size.width, r.size.height])).toEqual([
        [900, 700],
        undefined,
        [40, 30],
        undefined,
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    });
  },
);

describe.each(kinds)('an upload whose inspection fails (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // Too short for any file: every inspection is cut off, as a hanging parser would be.
    t = await createTestApp(kind, { inspectionTimeoutMs: 1 });
  });
  afterAll(async () => t.close());

  it('is refused with a clear 422, leaves neither row nor file, and the service keeps serving', async () => {
    const draft = await createDraft(t.app);
    const res = await uploadDocument(t.app, draft, {
      data: png,
      filename: 'scan.png',
      contentType: 'image/png',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      errors: [{ path: 'file', code: 'error.file.unreadable' }],
    });
    expect(await storedFiles(t.dataDir)).toEqual([]);
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(0);

    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.id}`,
      headers: draft.auth,
    });
    expect(view.statusCode).toBe(200);
  });
});

describe.runIf(coversServerIndependentTests())('the inspection worker’s environment', () => {
  it('holds what Node and libvips need, and none of our keys nor the database’s address', () => {
    const env = workerEnvironment({
      PATH: '/usr/bin',
      TZ: 'Asia/Shanghai',
      VIPS_CONCURRENCY: '1',
      STORAGE_MASTER_KEY: 'k'.repeat(64),
      STORAGE_MASTER_KEY_PREVIOUS: 'p'.repeat(64),
      APP_SECRET: 'secret',
      DATABASE_URL: 'postgres://user:pass@db/ssc',
      CLAMD_HOST: 'clamd',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      TZ: 'Asia/Shanghai',
      VIPS_CONCURRENCY: '1',
      MALLOC_ARENA_MAX: '2',
    });
  });
});
