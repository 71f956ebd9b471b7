import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/app.ts';
import { buildCheckedApp } from '../helpers/answer-check.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { freshResidentId } from '../staff/support.ts';

// Random words, so the script compresses as real code does but differs on every run.
const script = Array.from(
  { length: 4000 },
  () => `const v${randomBytes(2).toString('hex')} = "${randomBytes(3).toString('hex')}";`,
).join('\n');

const BUG_MARK = randomBytes(6).toString('hex');

describe('what the server sends over the wire', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let webDist: string;
  let dataDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-delivery-'));
    webDist = await mkdtemp(path.join(os.tmpdir(), 'ssc-delivery-web-'));
    await mkdir(path.join(webDist, 'assets'));
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>t</title>');
    const asset = path.join(webDist, 'assets', 'entry-abc123.js');
    await writeFile(asset, script);
    // As the build writes them (vite.config.ts, ssc-precompress).
    await writeFile(`${asset}.br`, brotliCompressSync(script));
    await writeFile(`${asset}.gz`, gzipSync(script));
    app = await buildCheckedApp({
      dataDir,
      database,
      webDist,
      secret: 'test-secret',
      logger: {
        ...(loggerOptions('info') as object),
        stream: { write: (line: string) => lines.push(line) },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    await rm(dataDir, { recursive: true, force: true });
    await rm(webDist, { recursive: true, force: true });
  });

  it('sends a hashed asset as brotli, gzip or plain by Accept-Encoding, cached for good', async () => {
    const url = '/assets/entry-abc123.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 2);

    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('compresses a large JSON answer and leaves a small one alone', async () => {
    const large = await app.inject({
      url: '/api/v1/openapi.json',
      headers: { 'accept-encoding': 'br' },
    });
    expect(large.headers['content-encoding']).toBe('br');
    const spec = JSON.parse(brotliDecompressSync(large.rawPayload).toString()) as {
      openapi: string;
    };
    expect(spec.openapi).toBe('3.1.0');

    const small = await app.inject({ url: '/api/v1/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ status: 'ok' });
  });

  it('logs one line per request, with its id, route, status and time, and no personal data', async () => {
    const idNumber = freshResidentId();
    const reference = 'ZZZZ-ZZZZ-ZZZZ';
    lines.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/tracking?probe=${randomBytes(4).toString('hex')}`,
      payload: { reference, idNumber },
    });
    expect(response.statusCode).toBe(404);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      msg: 'request',
      reqId: response.headers['request-id'] ?? expect.any(String),
      method: 'POST',
      route: '/api/v1/tracking',
      status: 404,
      ms: expect.any(Number),
    });
    const log = lines.join('');
    expect(log).not.toContain(idNumber);
    expect(log).not.toContain(reference);
    expect(log).not.toContain('probe=');
  });

  it('a 5xx of ours: one error line with the request id and the stack; the client gets neither', async () => {
    // A bug of ours, planted in a part every tracking request uses.
    const digest = app.secrets.digest;
    app.secrets.digest = () => {
      throw new Error(`bug ${BUG_MARK}`);
    };
    lines.length = 0;
    const response = await app
      .inject({
        method: 'POST',
        url: '/api/v1/tracking',
        payload: { reference: 'ZZZZ-ZZZZ-ZZZZ', idNumber: freshResidentId() },
      })
      .finally(() => {
        app.secrets.digest = digest;
      });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({
      status: 500,
      type: expect.stringContaining('internal'),
    });
    expect(response.body).not.toContain(BUG_MARK);
    expect(response.body).not.toMatch(/at .+\.ts:\d+/);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      level: 50,
      msg: 'request',
      cause: 'unhandled error',
      reqId: expect.any(String),
      route: '/api/v1/tracking',
      status: 500,
      err: { message: `bug ${BUG_MARK}`, stack: expect.stringContaining('delivery.test.ts') },
    });
  });

  it('without PUBLIC_URL, certificates point at the server’s own listening address', async () => {
    expect(app.publicUrl()).toBe('http://localhost');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    expect(app.publicUrl()).toBe(`http://127.0.0.1:${port}`);
  });
});
