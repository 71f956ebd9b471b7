import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCheckedApp } from '../helpers/answer-check.ts';
import { seedDemoData } from '../../src/db/demo-data.ts';
import { MasterKey } from '../../src/lib/file-encryption.ts';
import { rotateToCurrentKey, wrappingKeyIdOf } from '../../src/services/rotate-keys.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/database.ts';
import {
  DEMO,
  fileApplication,
  freshResidentId,
  settledAbroadCase,
  signIn,
  type Filed,
} from '../staff/support.ts';

/*
 * docs/decisions/012-personal-data-at-rest.md: after a whole journey (create, answer, upload,
 * submit, staff notes) no name, ID number, card number or phone number is in clear, neither in
 * any row of the tables that hold application data (read with raw SQL) nor, on PGlite, in the
 * database's files on disk. The figures printed here are recorded in docs/security.md.
 */

const kinds = await databaseKinds();

/** Tables holding application data, read whole as text (bytea shows as hex, never as text). */
const TABLES = [
  'Application',
  'Document',
  'CorrectionRequest',
  'StatusEvent',
  'AuditEvent',
  'Certificate',
] as const;

async function rawRows(database: TestDatabase) {
  const out: string[] = [];
  for (const table of TABLES) {
    const rows = await database.prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${table}" t`,
    );
    out.push(...rows.map((r) => r.row));
  }
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function buildWith(
  database: TestDatabase,
  dataDir: string,
  keys: { masterKey?: string; previousMasterKeys?: string } = {},
) {
  return buildCheckedApp({ dataDir, database, secret: 'test-secret', ...keys });
}

describe.each(kinds)('personal data at rest after a whole journey (%s)', (kind) => {
  let database: TestDatabase;
  let dataDir: string;
  let app: FastifyInstance;
  const cardholderId = freshResidentId();
  const agentId = freshResidentId();
  const cardholderName = '司马相如';
  const agentName = '诸葛孔明';
  const phone = '13987654321';
  const cardNumber = `C${cardholderId.slice(-8)}`;
  const secrets = {
    cardholderId,
    agentId,
    cardholderName,
    agentName,
    phone,
    cardNumber,
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoData(database.prisma);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-at-rest-'));
    app = await buildWith(database, dataDir);
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('files, reviews with notes naming the person, and leaves none of it in clear', async () => {
    const answers = {
      ...settledAbroadCase(cardholderId),
      filer: { role: 'AGENT' },
      cardholder: {
        name: cardholderName,
        idType: 'RESIDENT_ID',
        idNumber: cardholderId,
        cardNumber,
        cardLost: false,
      },
      agent: {
        name: agentName,
        idType: 'RESIDENT_ID',
        idNumber: agentId,
        phone,
        relationship: 'CHILD',
      },
      explanation: `${cardholderName} 已定居海外，联系电话 ${phone}`,
    };
    const filed: Filed = await fileApplication(app, answers, 'AGENT');
    const reviewer = await signIn(app, DEMO.huangpu);
    const url = `/api/v1/staff/applications/${filed.id}`;
    let version: number = (await reviewer.post(`${url}/claim`, { version: 0 })).json().version;
    const view = (await reviewer.get(url)).json();
    version = view.version;
    // Staff free text that names the person, as a real note might.
    const note = `${cardholderName}（${cardholderId}）本人来电 ${phone}`;
    const document = view.documents[0];
    let res = await reviewer.post(`${url}/documents/${document.id}/review`, {
      decision: 'REJECTED',
      reason: 'OTHER',
      note,
      version,
    });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    res = await reviewer.post(`${url}/expenses`, { settled: false, note, version });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    res = await reviewer.post(`${url}/expenses`, { settled: true, note, version });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    res = await reviewer.post(`${url}/return`, {
      items: [{ documentId: document.id, reason: 'OTHER', note }],
      message: note,
      version,
    });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    const supervisor = await signIn(app, DEMO.supervisor);
    res = await supervisor.post(`${url}/reject`, { reason: 'OTHER', note, version });
    expect(res.statusCode).toBe(200);

    // Everything still reads back in clear through the service.
    const staffView = (await supervisor.get(url)).json();
    expect(staffView.case.cardholder.name).toBe(cardholderName);
    expect(staffView.case.agent.phone).toBe(phone);
    expect(staffView.rejection.note).toBe(note);
    expect(staffView.documents[0].review.note).toBe(note);
    expect(staffView.history.map((h: { note: string | null }) => h.note)).toContain(note);
    const mine = await app.inject({
      method: 'GET',
      url: `/api/v1/applications/${filed.id}`,
      ...{ headers: filed.auth },
    });
    expect(mine.json().case.cardholder.idNumber).toBe(cardholderId);
    const audit = (await supervisor.get(`/api/v1/staff/audit?applicationId=${filed.id}`)).json();
    expect(
      audit.items.some((item: { detail: { note?: string } | null }) => item.detail?.note === note),
    ).toBe(true);

    // The rows, read whole with raw SQL: none of it in clear.
    const rows = await rawRows(database);
    const text = rows.join('\n');
    // The control: what is kept in clear on purpose (the reference) is found by the same search.
    expect(text.includes(filed.reference)).toBe(true);
    for (const [what, value] of Object.entries(secrets)) {
      expect(text.includes(value), `${what} in a raw row`).toBe(false);
    }
    console.warn(
      `[at rest] ${kind}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes of row text scanned`,
    );

    if (kind === 'pglite') {
      // The embedded database's own files (tables, indexes, write-ahead log) after a checkpoint,
      // and every file of the data folder (scans, keys), byte for byte.
      await database.prisma.$executeRawUnsafe('CHECKPOINT');
      const files = [
        ...(await filesUnder(path.join(database.options.dataDir, 'pglite'))),
        ...(await filesUnder(dataDir)),
      ];
      let bytes = 0;
      let referenceSeen = false;
      const needles = Object.entries(secrets).map(
        ([what, value]) => [what, Buffer.from(value, 'utf8')] as const,
      );
      for (const file of files) {
        if (!(await stat(file)).isFile()) continue;
        const content = await readFile(file);
        bytes += content.length;
        referenceSeen ||= content.includes(Buffer.from(filed.reference, 'utf8'));
        for (const [what, needle] of needles) {
          expect(content.includes(needle), `${what} in ${path.basename(file)}`).toBe(false);
        }
      }
      // The control: the rows did reach the files scanned.
      expect(referenceSeen).toBe(true);
      console.warn(`[at rest] pglite: ${files.length} files, ${bytes} bytes scanned on disk`);
    }
  });
});

describe.each(kinds)('rotating the storage master key (%s)', (kind) => {
  let database: TestDatabase;
  let dataDir: string;
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const newKeyId = new MasterKey(Buffer.from(newKey, 'base64')).id.toString('hex');

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoData(database.prisma);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-rotation-'));
  });
  afterAll(async () => {
    await database?.dispose();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const readBoth = async (app: FastifyInstance, filed: Filed[]) => {
    const reviewer = await signIn(app, DEMO.huangpu);
    for (const one of filed) {
      const mine = await app.inject({
        method: 'GET',
        url: `/api/v1/applications/${one.id}`,
        headers: one.auth,
      });
      expect(mine.statusCode).toBe(200);
      expect(mine.json().case.cardholder.name).toBe('张三');
      const [document] = mine.json().documents;
      const scan = await reviewer.get(
        `/api/v1/staff/applications/${one.id}/documents/${document.id}/content`,
      );
      expect(scan.statusCode).toBe(200);
      expect(scan.rawPayload.length).toBe(document.size);
    }
  };

  it('reads old and new rows during the rotation, and only the new key afterwards', async () => {
    const before = await buildWith(database, dataDir, { masterKey: oldKey });
    const first = await fileApplication(before, settledAbroadCase(freshResidentId()));
    await before.close();

    // The new key becomes current; the old one stays on the keyring for reading.
    const during = await buildWith(database, dataDir, {
      masterKey: newKey,
      previousMasterKeys: oldKey,
    });
    const second = await fileApplication(during, settledAbroadCase(freshResidentId()));
    await readBoth(during, [first, second]);
    const sealedBefore = await database.prisma.application.findUniqueOrThrow({
      where: { id: first.id },
      select: { caseSealed: true },
    });

    const report = await rotateToCurrentKey(database.prisma, during.keyring, dataDir);
    expect(report.rewrapped).toBe(1);
    expect(report.resealedScans).toBeGreaterThan(0);
    expect(report.remaining).toEqual({});
    // Only data keys moved: the sealed case itself is byte for byte what it was.
    const sealedAfter = await database.prisma.application.findUniqueOrThrow({
      where: { id: first.id },
      select: { caseSealed: true },
    });
    expect(Buffer.from(sealedAfter.caseSealed!)).toEqual(Buffer.from(sealedBefore.caseSealed!));
    await readBoth(during, [first, second]);
    await during.close();

    // The old key removed: everything still opens.
    const after = await buildWith(database, dataDir, { masterKey: newKey });
    await readBoth(after, [first, second]);
    const keys = await database.prisma.application.findMany({ select: { dataKey: true } });
    for (const { dataKey } of keys) expect(wrappingKeyIdOf(dataKey!)).toBe(newKeyId);
    expect((await rotateToCurrentKey(database.prisma, after.keyring, dataDir)).rewrapped).toBe(0);
    await after.close();
  });

  it('refuses to open what the old key wrapped once that key is gone too early', async () => {
    const other = randomBytes(32).toString('base64');
    const app = await buildWith(database, dataDir, { masterKey: other });
    const reviewer = await signIn(app, DEMO.huangpu);
    const [row] = await database.prisma.application.findMany({
      where: { submittedAt: { not: null } },
      select: { id: true },
      take: 1,
    });
    const res = await reviewer.get(`/api/v1/staff/applications/${row!.id}`);
    expect(res.statusCode).toBe(500);
    await app.close();
  });
});
