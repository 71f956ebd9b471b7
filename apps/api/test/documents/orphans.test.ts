import { mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/app.ts';
import { buildCheckedApp } from '../helpers/answer-check.ts';
import { seedDemoData } from '../../src/db/demo-data.ts';
import { sweepOrphanedDocuments } from '../../src/services/sweep-orphaned-documents.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import {
  coversServerIndependentTests,
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../helpers/database.ts';
import {
  DEMO,
  HOUR,
  fileApplication,
  freshResidentId,
  settledAbroadCase,
  signIn,
} from '../staff/support.ts';

const kinds = await databaseKinds();

const fileOf = (dataDir: string, storageKey: string) =>
  path.join(dataDir, 'documents', storageKey.slice(0, 2), storageKey);

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Older than the sweep's one-hour margin, as after a crash and a night's downtime. */
async function backdate(dataDir: string, storageKey: string) {
  const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
  await utimes(fileOf(dataDir, storageKey), twoHoursAgo, twoHoursAgo);
}

/** What a crash between the rename and the commit leaves: a placed file that no row points at. */
async function placeWithoutRow(app: FastifyInstance): Promise<string> {
  const staged = await app.storage.stage(Readable.from([Buffer.from('scan of an ID card')]));
  return staged.commit();
}

async function documentKeys(app: FastifyInstance, applicationId: string) {
  const rows = await app.prisma.document.findMany({
    where: { applicationId },
    select: { storageKey: true },
  });
  return rows.map((row) => row.storageKey);
}

/** A reviewer opens every scan of the application as a download; each must arrive whole. */
async function expectStaffCanDownloadAll(app: FastifyInstance, applicationId: string) {
  const staff = await signIn(app, DEMO.huangpu);
  const view = await staff.get(`/api/v1/staff/applications/${applicationId}`);
  const documents = view.json().documents as { id: string; size: number }[];
  expect(documents.length).toBeGreaterThan(0);
  for (const doc of documents) {
    const res = await staff.get(
      `/api/v1/staff/applications/${applicationId}/documents/${doc.id}/content?download=1`,
    );
    expect(res.statusCode).toBe(200);
    // Decryption authenticates every segment: a complete body means the file is intact.
    expect(res.rawPayload.length).toBe(doc.size);
  }
}

describe.each(kinds)('orphaned document files (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('removes an old file without a row, keeps committed documents and fresh files', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const committed = await documentKeys(t.app, filed.id);
    for (const key of committed) await backdate(t.dataDir, key);
    const oldOrphan = await placeWithoutRow(t.app);
    await backdate(t.dataDir, oldOrphan);
    // Placed a moment ago: its transaction may still be running.
    const freshOrphan = await placeWithoutRow(t.app);

    const result = await sweepOrphanedDocuments(t.app, { now: new Date() });

    expect(result).toMatchObject({ removed: 1, refusedEmptyDatabase: false });
    expect(await exists(fileOf(t.dataDir, oldOrphan))).toBe(false);
    expect(await exists(fileOf(t.dataDir, freshOrphan))).toBe(true);
    for (const key of committed) expect(await exists(fileOf(t.dataDir, key))).toBe(true);
    await expectStaffCanDownloadAll(t.app, filed.id);
  });

  it('checks the keys against the database a batch at a time', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const committed = await documentKeys(t.app, filed.id);
    const orphans = [];
    for (let i = 0; i < 5; i++) orphans.push(await placeWithoutRow(t.app));
    for (const key of [...committed, ...orphans]) await backdate(t.dataDir, key);

    // Batches of 2 over a folder that also holds the first test's documents: referenced and
    // unreferenced keys fall into the same batches and into different ones.
    const result = await sweepOrphanedDocuments(t.app, { now: new Date(), batchSize: 2 });

    expect(result.removed).toBe(5);
    for (const key of orphans) expect(await exists(fileOf(t.dataDir, key))).toBe(false);
    for (const key of committed) expect(await exists(fileOf(t.dataDir, key))).toBe(true);
    await expectStaffCanDownloadAll(t.app, filed.id);
  });
});

describe.each(kinds)('a crash between placing a file and committing its row (%s)', (kind) => {
  let database: TestDatabase;
  let dataDir: string;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoData(database.prisma);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-orphans-'));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no file once the app has restarted, and the committed scans still download', async () => {
    const before = await buildCheckedApp({ dataDir, database, secret: 'test-secret' });
    apps.push(before);
    const filed = await fileApplication(before, settledAbroadCase(freshResidentId()));
    const committed = await documentKeys(before, filed.id);
    const orphan = await placeWithoutRow(before);
    await before.close();
    apps.pop();
    for (const key of [...committed, orphan]) await backdate(dataDir, key);

    const lines: string[] = [];
    // The sweep runs in the background after start; its log line is the event waited for
    // (however long a loaded machine takes), not a poll with a deadline.
    let sweepLogged: (entry: Record<string, unknown>) => void = () => undefined;
    const swept = new Promise<Record<string, unknown>>((resolve) => (sweepLogged = resolve));
    const after = await buildCheckedApp({
      dataDir,
      database,
      secret: 'test-secret',
      logger: {
        ...(loggerOptions('info') as object),
        stream: {
          write: (l: string) => {
            lines.push(l);
            const entry = JSON.parse(l) as Record<string, unknown>;
            if (String(entry.msg).startsWith('orphaned document')) sweepLogged(entry);
          },
        },
      },
    });
    apps.push(after);
    await after.ready();

    expect(await swept).toMatchObject({ msg: 'orphaned document files swept', removed: 1 });
    expect(await exists(fileOf(dataDir, orphan))).toBe(false);
    for (const key of committed) expect(await exists(fileOf(dataDir, key))).toBe(true);
    await expectStaffCanDownloadAll(after, filed.id);
    // Counts only: never a key or a path.
    const log = lines.join('');
    expect(log).not.toContain(orphan);
    expect(log).not.toContain(dataDir);
  });
});

describe.runIf(coversServerIndependentTests())(
  'a documents folder that the database knows nothing about',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite');
    });
    afterAll(async () => t?.close());

    it('is left alone while the database holds no document at all', async () => {
      // As when DATABASE_URL is missing and the app opens a fresh embedded database beside
      // the real scans: removing them all would be unrecoverable.
      const stray = await placeWithoutRow(t.app);
      await backdate(t.dataDir, stray);

      const refused = await sweepOrphanedDocuments(t.app, { now: new Date() });
      expect(refused).toMatchObject({ removed: 0, refusedEmptyDatabase: true });
      expect(await exists(fileOf(t.dataDir, stray))).toBe(true);

      await fileApplication(t.app, settledAbroadCase(freshResidentId()));
      const swept = await sweepOrphanedDocuments(t.app, { now: new Date() });
      expect(swept).toMatchObject({ removed: 1, refusedEmptyDatabase: false });
      expect(await exists(fileOf(t.dataDir, stray))).toBe(false);
    });
  },
);
