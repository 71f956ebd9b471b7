import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCheckedApp } from '../helpers/answer-check.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.ts';
import { applyMigrations, findRepoRoot } from '../../src/db/migrations.ts';
import { sha256Hex } from '../../src/lib/crypto.ts';
import { databaseKinds } from '../helpers/database.ts';
import { residentId } from '../fixtures/files.ts';

/*
 * docs/decisions/012-personal-data-at-rest.md: a database written by the release before sealing
 * (the case as clear JSON, clear notes) is readable after the upgrade, and no longer clear:
 * the migration adds the sealed columns, the start-up step seals what is there.
 */

const kinds = await databaseKinds();
const repoRoot = findRepoRoot();
const SEALING_MIGRATION = '20261204063437_personal_data_sealed';

/** prisma/ as it was before the sealing migration. */
async function previousRelease(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ssc-prisma-before-sealing-'));
  await cp(path.join(repoRoot, 'prisma'), path.join(root, 'prisma'), {
    recursive: true,
    filter: (source) => !source.includes(SEALING_MIGRATION),
  });
  return root;
}

const adminUrl = () =>
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function emptyDatabase(kind: 'pglite' | 'postgres') {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-upgrade-'));
  if (kind === 'pglite') {
    return { options: { dataDir } as DatabaseOptions, drop: async () => undefined, dataDir };
  }
  const name = `ssc_upgrade_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString(), dataDir } as DatabaseOptions,
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    dataDir,
  };
}

describe.each(kinds)('upgrading a database with clear personal data (%s)', (kind) => {
  let target: Awaited<ReturnType<typeof emptyDatabase>>;
  let database: Database;
  let before: string;
  const applicationId = '6f1c1f5e-2a53-4d38-9b7e-6d1f0c3b7a11';
  const documentId = '0b8f0a3e-5d5c-4f21-8a43-2f6b1c9d7e22';
  const token = randomBytes(24).toString('base64url');
  const idNumber = residentId('11010519491231002');
  const name = '欧阳修远';
  const note = `${name} 的证件 ${idNumber} 模糊`;
  const legacyCase = {
    reason: 'SETTLED_ABROAD',
    filer: { role: 'CARDHOLDER' },
    cardholder: { name, idType: 'RESIDENT_ID', idNumber, cardLost: true },
  };

  beforeAll(async () => {
    target = await emptyDatabase(kind);
    before = await previousRelease();
    await applyMigrations({ ...target.options, root: before });
    database = await openDatabase(target.options);
    // Written as the previous release wrote them: the case in clear, clear notes everywhere.
    const sql = database.prisma.$executeRawUnsafe.bind(database.prisma);
    await sql(
      `INSERT INTO "Application" (id, reference, "accessTokenHash", status, "filerRole", reason,
         "case", "rejectionNote", version, "updatedAt", "submittedAt")
       VALUES ($1::uuid, 'UPGR-ADE2-TEST', $2, 'RETURNED_FOR_CORRECTION', 'CARDHOLDER',
         'SETTLED_ABROAD', $3::jsonb, $4, 3, now(), now())`,
      applicationId,
      sha256Hex(token),
      JSON.stringify(legacyCase),
      note,
    );
    await sql(
      `INSERT INTO "Document" (id, "applicationId", kind, "contentType", size, sha256,
         "storageKey", "reviewDecision", "reviewReason", "reviewNote", "reviewedAt")
       VALUES ($1::uuid, $2::uuid, 'CARDHOLDER_ID_FRONT', 'image/jpeg', 10, $3, $4,
         'REJECTED', 'OTHER', $5, now())`,
      documentId,
      applicationId,
      'a'.repeat(64),
      randomBytes(16).toString('hex'),
      note,
    );
    await sql(
      `INSERT INTO "CorrectionRequest" (id, "applicationId", items, message, "createdBy")
       VALUES (gen_random_uuid(), $1::uuid, $2::jsonb, $3, gen_random_uuid())`,
      applicationId,
      JSON.stringify([{ documentId, kind: 'CARDHOLDER_ID_FRONT', reason: 'OTHER', note }]),
      note,
    );
    await sql(
      `INSERT INTO "StatusEvent" ("applicationId", status, "actorType", note)
       VALUES ($1::uuid, 'RETURNED_FOR_CORRECTION', 'STAFF', $2)`,
      applicationId,
      note,
    );
    await sql(
      `INSERT INTO "AuditEvent" ("actorType", action, "applicationId", detail)
       VALUES ('STAFF', 'EXPENSES_OUTSTANDING', $1::uuid, $2::jsonb)`,
      applicationId,
      JSON.stringify({ from: 'UNDER_REVIEW', note }),
    );
    await applyMigrations(target.options);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
    if (target) await rm(target.dataDir, { recursive: true, force: true });
    if (before) await rm(before, { recursive: true, force: true });
  });

  const rowText = async () => {
    const parts: string[] = [];
    for (const table of [
      'Application',
      'Document',
      'CorrectionRequest',
      'StatusEvent',
      'AuditEvent',
    ]) {
      const rows = await database.prisma.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${table}" t`,
      );
      parts.push(...rows.map((r) => r.row));
    }
    return parts.join('\n');
  };

  it('holds the clear rows before the service starts', async () => {
    const text = await rowText();
    expect(text).toContain(idNumber);
    expect(text).toContain(name);
  });

  it('seals them at start-up, and the service reads them as before', async () => {
    const appDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-upgrade-app-'));
    let app = await buildCheckedApp({ dataDir: appDir, database, secret: 'test-secret' });
    try {
      const text = await rowText();
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain(name);
      const [row] = await database.prisma.$queryRawUnsafe<
        { clear: boolean; sealed: boolean; keyed: boolean }[]
      >(
        `SELECT "case" IS NULL AS clear, "caseSealed" IS NOT NULL AS sealed,
           "dataKey" IS NOT NULL AS keyed FROM "Application" WHERE id = $1::uuid`,
        applicationId,
      );
      expect(row).toEqual({ clear: true, sealed: true, keyed: true });

      const view = await app.inject({
        method: 'GET',
        url: `/api/v1/applications/${applicationId}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(view.statusCode).toBe(200);
      const body = view.json();
      expect(body.case.cardholder).toEqual(legacyCase.cardholder);
      expect(body.history.map((h: { note: string | null }) => h.note)).toContain(note);
      expect(body.correctionMessage).toBe(note);
      expect(body.corrections[0].note).toBe(note);
      expect(body.documents[0].review.note).toBe(note);

      const stored = await database.prisma.application.findUniqueOrThrow({
        where: { id: applicationId },
      });
      expect(
        app.personalData.openNote(stored, 'Application.rejectionNote', stored.rejectionNote),
      ).toBe(note);
      const audit = await database.prisma.auditEvent.findFirstOrThrow({
        where: { applicationId },
      });
      const detail = audit.detail as { note: string };
      expect(detail.note.startsWith('enc1:')).toBe(true);
      expect(app.personalData.openNote(stored, 'AuditEvent.note', detail.note)).toBe(note);

      // A second start has nothing left to seal and changes nothing.
      const sealedOnce = await rowText();
      await app.close();
      app = await buildCheckedApp({ dataDir: appDir, database, secret: 'test-secret' });
      expect(await rowText()).toBe(sealedOnce);
    } finally {
      await app.close();
      await rm(appDir, { recursive: true, force: true });
    }
  });

  it('keeps the history append-only apart from sealing a clear note', async () => {
    const event = await database.prisma.statusEvent.findFirstOrThrow({
      where: { applicationId },
    });
    await expect(
      database.prisma.statusEvent.update({ where: { id: event.id }, data: { note: 'enc1:AAAA' } }),
    ).rejects.toThrow(/StatusEvent is append-only: UPDATE/);
    await expect(
      database.prisma.statusEvent.update({ where: { id: event.id }, data: { status: 'DRAFT' } }),
    ).rejects.toThrow(/StatusEvent is append-only: UPDATE/);
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { applicationId } });
    await expect(
      database.prisma.auditEvent.update({
        where: { id: audit.id },
        data: { detail: { note: 'enc1:AAAA' } },
      }),
    ).rejects.toThrow(/AuditEvent is append-only: UPDATE/);
  });
});
