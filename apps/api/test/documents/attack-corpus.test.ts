import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { createTestApp, multipart, type TestApp } from '../helpers/app.ts';
import { jpeg, png } from '../fixtures/files.ts';
import { buildAttackCorpus } from './corpus.ts';
import { createDraft, storedFiles, uploadDocument } from './helpers.ts';

const kinds = await databaseKinds();
const corpus = await buildAttackCorpus();

describe.each(kinds)('attack corpus of hostile and broken uploads (%s)', (kind) => {
  let t: TestApp;
  let draft: Awaited<ReturnType<typeof createDraft>>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    draft = await createDraft(t.app);
  });
  afterAll(async () => t?.close());

  it('holds at least 40 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus)('refuses $label with $status $code', async (file) => {
    const res = await uploadDocument(t.app, draft, file, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(file.status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.status).toBe(file.status);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: 'file', code: file.code, message: expect.any(String) }),
    ]);
    // The message is the English text of the key, not the key itself.
    expect(body.errors[0].message).not.toBe(file.code);
    expect(res.body).not.toContain(file.filename.slice(0, 20));
  });

  it('stored nothing: no row, no file, no temporary file', async () => {
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(0);
    expect(await storedFiles(t.dataDir)).toEqual([]);
  });

  it('stays healthy and still takes a good scan afterwards', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    const res = await uploadDocument(t.app, draft, {
      data: png,
      filename: 'id.png',
      contentType: 'image/png',
    });
    expect(res.statusCode).toBe(201);
    expect(await storedFiles(t.dataDir)).toHaveLength(1);
  });

  it('answers refused large uploads over a real socket, and keeps serving', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as { port: number };
    // One kept-alive connection for every request: if the server stopped reading the rest of
    // a refused body, that connection never frees up and the next request never goes out.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = (data: Buffer) =>
      new Promise<number>((resolve, reject) => {
        const form = multipart([
          { name: 'kind', value: 'CARD_FRONT' },
          { name: 'file', filename: 'x.jpg', contentType: 'image/jpeg', data },
        ]);
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/api/v1/applications/${draft.id}/documents`,
            headers: { ...draft.auth, ...form.headers },
            agent,
            timeout: 15_000,
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('timeout', () => req.destroy(new Error('no answer: the connection is stuck')));
        req.on('error', reject);
        req.end(form.payload);
      });
    const before = await storedFiles(t.dataDir);
    const html = Buffer.concat([Buffer.from('<html><script>x</script>'), Buffer.alloc(9e6, 32)]);
    expect(await post(html)).toBe(415);
    expect(await post(Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024)]))).toBe(413);
    expect(await post(html)).toBe(415);
    expect(await storedFiles(t.dataDir)).toEqual(before);
    expect(await post(jpeg)).toBe(201);
    agent.destroy();
  });
});
