import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { png } from '../fixtures/files.ts';
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
});
