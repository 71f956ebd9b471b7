import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coversServerIndependentTests, databaseKinds } from '../helpers/database.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { pdf, png } from '../fixtures/files.ts';
import { createLocalStorage } from '../../src/lib/document-storage.ts';
import { loadStorageMasterKey } from '../../src/lib/master-keys.ts';
import { makePdf, zipWith } from './corpus.ts';
import { createDraft, storedFiles, uploadDocument } from './helpers.ts';

const kinds = await databaseKinds();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe.runIf(coversServerIndependentTests())('encryption at rest (storage unit)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ssc-storage-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('round-trips any length across segment boundaries and hides the plaintext', async () => {
    const key = await loadStorageMasterKey(dir, undefined);
    const storage = createLocalStorage(path.join(dir, 'documents'), key);
    for (const length of [0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 200_001]) {
      const plain = Buffer.alloc(length, 'A');
      randomBytes(Math.min(length, 64)).copy(plain);
      const staged = await storage.stage(Readable.from([plain]));
      expect(staged.size).toBe(length);
      const storageKey = await staged.commit();
      expect(await buffer(storage.read(storageKey))).toEqual(plain);
      const raw = await readFile(path.join(dir, 'documents', storageKey.slice(0, 2), storageKey));
      expect(raw.subarray(0, 6).toString()).toBe('SSCDOC');
      if (length > 100) expect(raw.includes(Buffer.alloc(32, 'A'))).toBe(false);
    }
  });

  it('keeps the generated master key in DATA_DIR/keys with mode 0600, reused on restart', async () => {
    const file = path.join(dir, 'keys', 'storage-master.key');
    const info = await stat(file);
    expect(info.mode & 0o777).toBe(0o600);
    expect(info.size).toBe(32);
    const again = await loadStorageMasterKey(dir, undefined);
    const first = await loadStorageMasterKey(dir, undefined);
    expect(again.id).toEqual(first.id);
  });

  it('takes STORAGE_MASTER_KEY, and a file sealed under one key does not open under another', async () => {
    await expect(loadStorageMasterKey(dir, Buffer.alloc(16).toString('base64'))).rejects.toThrow(
      /32 bytes/,
    );
    const a = createLocalStorage(
      path.join(dir, 'shared'),
      await loadStorageMasterKey(dir, randomBytes(32).toString('base64')),
    );
    const b = createLocalStorage(
      path.join(dir, 'shared'),
      await loadStorageMasterKey(dir, randomBytes(32).toString('base64')),
    );
    const storageKey = await (await a.stage(Readable.from([Buffer.from('secret')]))).commit();
    expect((await buffer(a.read(storageKey))).toString()).toBe('secret');
    await expect(buffer(b.read(storageKey))).rejects.toThrow(/different storage master key/);
  });

  it('refuses a tampered or truncated file instead of returning altered bytes', async () => {
    const storage = createLocalStorage(
      path.join(dir, 'documents'),
      await loadStorageMasterKey(dir, undefined),
    );
    const plain = randomBytes(150_000);
    const storageKey = await (await storage.stage(Readable.from([plain]))).commit();
    const file = path.join(dir, 'documents', storageKey.slice(0, 2), storageKey);
    const raw = await readFile(file);
    const flipped = Buffer.from(raw);
    flipped[100_000] = flipped[100_000]! ^ 1;
    await writeFile(file, flipped);
    await expect(buffer(storage.read(storageKey))).rejects.toThrow();
    // cut exactly at a segment boundary: only the last-segment flag can tell
    await writeFile(file, raw.subarray(0, 82 + 65_536 + 16));
    await expect(buffer(storage.read(storageKey))).rejects.toThrow();
    await writeFile(file, raw);
    expect(await buffer(storage.read(storageKey))).toEqual(plain);
  });
});

describe.each(kinds)('documents through the API (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  const storedRow = (id: string) => t.app.prisma.document.findUniqueOrThrow({ where: { id } });

  it('stores a PDF encrypted, under a random name, and gives back exactly what was sent', async () => {
    const draft = await createDraft(t.app);
    const res = await uploadDocument(t.app, draft, {
      data: pdf,
      filename: '../../../../tmp/evil.pdf',
      contentType: 'application/pdf',
      kind: 'ABROAD_PROOF',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ size: pdf.length, sha256: sha256(pdf) });
    const row = await storedRow(res.json().id);
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    const files = await storedFiles(t.dataDir);
    expect(files).toEqual([path.join(row.storageKey.slice(0, 2), row.storageKey)]);
    const raw = await readFile(path.join(t.dataDir, 'documents', files[0]!));
    expect(raw.includes(Buffer.from('%PDF'))).toBe(false);
    expect(raw.includes(Buffer.from('/Catalog'))).toBe(false);
    expect(await buffer(t.app.storage.read(row.storageKey))).toEqual(pdf);
    await t.app.prisma.document.delete({ where: { id: row.id } });
    await t.app.storage.remove(row.storageKey);
  });

  it('re-encodes a photo: orientation applied, EXIF and GPS gone, appended data gone, original hash kept', async () => {
    const draft = await createDraft(t.app);
    const pixels = await sharp({
      create: { width: 80, height: 40, channels: 3, background: '#3366aa' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Artist: 'Zhang San' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1' },
      })
      .toBuffer();
    const hostile = Buffer.concat([pixels, zipWith('payload.sh', Buffer.from('#!/bin/sh\nid\n'))]);
    expect(await sharp(hostile).metadata()).toMatchObject({ orientation: 6, width: 80 });
    expect(hostile.includes(Buffer.from('Zhang San'))).toBe(true);

    const res = await uploadDocument(t.app, draft, { data: hostile });
    expect(res.statusCode).toBe(201);
    expect(res.json().sha256).toBe(sha256(hostile));
    const kept = await buffer(t.app.storage.read((await storedRow(res.json().id)).storageKey));
    expect(kept.length).toBe(res.json().size);
    const meta = await sharp(kept).metadata();
    // Orientation 6 = rotate 90°: 80×40 becomes 40×80, with nothing left to rotate.
    expect(meta).toMatchObject({ format: 'jpeg', width: 40, height: 80 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(kept.includes(Buffer.from('Zhang San'))).toBe(false);
    expect(kept.includes(Buffer.from('PK\x03\x04', 'latin1'))).toBe(false);
    expect(kept.includes(Buffer.from('#!/bin/sh'))).toBe(false);
  });

  it('re-encodes a PNG, dropping its text chunks', async () => {
    const draft = await createDraft(t.app);
    const tagged = await sharp(png)
      .png()
      .withMetadata()
      .withExif({ IFD0: { Artist: 'Li Si' } })
      .toBuffer();
    const res = await uploadDocument(t.app, draft, { data: tagged, contentType: 'image/png' });
    expect(res.statusCode).toBe(201);
    expect(res.json().contentType).toBe('image/png');
    const kept = await buffer(t.app.storage.read((await storedRow(res.json().id)).storageKey));
    expect(kept.includes(Buffer.from('Li Si'))).toBe(false);
    expect(await sharp(kept).metadata()).toMatchObject({ format: 'png', width: 40, height: 30 });
  });

  it('accepts a PDF of exactly 20 pages', async () => {
    const draft = await createDraft(t.app);
    const twenty = await makePdf(() => undefined, { pages: 20 });
    const res = await uploadDocument(t.app, draft, {
      data: twenty,
      contentType: 'application/pdf',
    });
    expect(res.statusCode).toBe(201);
  });

  it('takes 20 files an application and refuses the 21st with 413, storing nothing of it', async () => {
    const draft = await createDraft(t.app);
    const before = (await storedFiles(t.dataDir)).length;
    for (let i = 0; i < 20; i++) {
      const res = await uploadDocument(t.app, draft, { data: pdf, kind: 'OTHER_SUPPORTING' });
      expect(res.statusCode).toBe(201);
    }
    const res = await uploadDocument(t.app, draft, { data: pdf, kind: 'OTHER_SUPPORTING' });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toMatchObject({ path: 'file', code: 'error.documents.tooMany' });
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(20);
    expect((await storedFiles(t.dataDir)).length).toBe(before + 20);
  });

  it('never lets two uploads at once make a 21st file', async () => {
    const draft = await createDraft(t.app);
    for (let i = 0; i < 19; i++) {
      await uploadDocument(t.app, draft, { data: pdf, kind: 'OTHER_SUPPORTING' });
    }
    const results = await Promise.all(
      [0, 1, 2].map(() => uploadDocument(t.app, draft, { data: pdf, kind: 'OTHER_SUPPORTING' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 413, 413]);
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(20);
  });

  // A failing database write, made real with a trigger, at two points of the transaction:
  // before the file is renamed into place (the row insert) and after it (the audit insert).
  it.each([
    ['the document insert', 'Document'],
    ['the audit insert, after the file was moved into place', 'AuditEvent'],
  ])('leaves neither row nor file when %s fails', async (_label, table) => {
    const draft = await createDraft(t.app);
    const before = await storedFiles(t.dataDir);
    await t.app.prisma.$executeRawUnsafe(
      `CREATE FUNCTION ssc_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`,
    );
    await t.app.prisma.$executeRawUnsafe(
      `CREATE TRIGGER ssc_test_fail BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ssc_test_fail()`,
    );
    try {
      const res = await uploadDocument(t.app, draft, { data: png, contentType: 'image/png' });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('disk full');
    } finally {
      await t.app.prisma.$executeRawUnsafe(`DROP TRIGGER ssc_test_fail ON "${table}"`);
      await t.app.prisma.$executeRawUnsafe(`DROP FUNCTION ssc_test_fail()`);
    }
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(0);
    expect(await storedFiles(t.dataDir)).toEqual(before);
    // and the same upload works once the database does
    const res = await uploadDocument(t.app, draft, { data: png, contentType: 'image/png' });
    expect(res.statusCode).toBe(201);
  });
});

describe.runIf(coversServerIndependentTests())('temporary files left by a crash', () => {
  it('are swept when storage starts, unless they may belong to an upload in progress', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ssc-sweep-'));
    try {
      const incoming = path.join(dir, 'documents', '.incoming');
      await mkdir(incoming, { recursive: true });
      await writeFile(path.join(incoming, 'stale'), 'x');
      await writeFile(path.join(incoming, 'fresh'), 'x');
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      await utimes(path.join(incoming, 'stale'), twoHoursAgo, twoHoursAgo);
      const storage = createLocalStorage(
        path.join(dir, 'documents'),
        await loadStorageMasterKey(dir, undefined),
      );
      await (await storage.stage(Readable.from([Buffer.from('x')]))).discard();
      expect(await readdir(incoming)).toEqual(['fresh']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(coversServerIndependentTests())('listing placed files for the orphan sweep', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ssc-list-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const HOUR = 60 * 60 * 1000;
  const twoHoursAgo = () => new Date(Date.now() - 2 * HOUR);
  const listed = async (storage: ReturnType<typeof createLocalStorage>) => {
    const keys: string[] = [];
    for await (const key of storage.listPlaced(new Date(Date.now() - HOUR))) keys.push(key);
    return keys.sort();
  };

  it('lists only committed files placed before the cutoff, never temporary or foreign files', async () => {
    const root = path.join(dir, 'documents');
    const storage = createLocalStorage(root, await loadStorageMasterKey(dir, undefined));
    const place = () => storage.stage(Readable.from([Buffer.from('x')])).then((s) => s.commit());
    const old = await place();
    await place(); // placed just now: too young to judge
    const pending = await storage.stage(Readable.from([Buffer.from('x')]));
    const [temporary] = await readdir(path.join(root, '.incoming'));
    // Not ours to judge: a file with a key's name in the wrong folder, and a note beside the scans.
    const wrongShard = old.startsWith('ff') ? '00' : 'ff';
    await mkdir(path.join(root, wrongShard), { recursive: true });
    await writeFile(path.join(root, wrongShard, old), 'x');
    await writeFile(path.join(root, old.slice(0, 2), 'notes.txt'), 'x');
    for (const file of [
      path.join(root, old.slice(0, 2), old),
      path.join(root, '.incoming', temporary!),
      path.join(root, wrongShard, old),
      path.join(root, old.slice(0, 2), 'notes.txt'),
    ]) {
      await utimes(file, twoHoursAgo(), twoHoursAgo());
    }

    expect(await listed(storage)).toEqual([old]);
    await pending.discard();
  });

  it('dates a file from when it was placed, not from when its upload was written', async () => {
    const root = path.join(dir, 'queued');
    const storage = createLocalStorage(root, await loadStorageMasterKey(dir, undefined));
    const staged = await storage.stage(Readable.from([Buffer.from('x')]));
    // An upload that waited in the inspection queue: written long ago, placed only now.
    const [temporary] = await readdir(path.join(root, '.incoming'));
    await utimes(path.join(root, '.incoming', temporary!), twoHoursAgo(), twoHoursAgo());
    const storageKey = await staged.commit();
    expect(await listed(storage)).toEqual([]);
    await utimes(path.join(root, storageKey.slice(0, 2), storageKey), twoHoursAgo(), twoHoursAgo());
    expect(await listed(storage)).toEqual([storageKey]);
  });
});
