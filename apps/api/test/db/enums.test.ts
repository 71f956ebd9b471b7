import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  AUDIT_ACTIONS,
  DOCUMENT_KINDS,
  FILER_ROLES,
  REASONS,
  REJECTION_REASONS,
  REVIEW_DECISIONS,
  REVIEW_REASONS,
} from '@ssc/domain/codes';
import { STAFF_ROLES } from '@ssc/domain/staff-roles';
import { ACTORS } from '@ssc/domain/status';
import { VISIT_STATUSES } from '@ssc/domain/visit';
import * as PrismaEnums from '../../src/generated/prisma/enums.ts';
import { openDatabase, type DatabaseOptions } from '../../src/db/client.ts';
import { applyMigrations, findRepoRoot } from '../../src/db/migrations.ts';
import {
  coversServerIndependentTests,
  type DatabaseKind,
  databaseKinds,
} from '../helpers/database.ts';

// Every enum of prisma/schema.prisma is one of the domain's code lists, value for value and in
// the same order (PostgreSQL sorts an enum in its declared order). A code added on one side
// only fails here, not in production when a row with it is written.
const DOMAIN_LISTS: Record<keyof typeof PrismaEnums, readonly string[]> = {
  ApplicationStatus: APPLICATION_STATUSES,
  StaffRole: STAFF_ROLES,
  ActorType: ACTORS,
  Reason: REASONS,
  FilerRole: FILER_ROLES,
  DocumentKind: DOCUMENT_KINDS,
  ReviewDecision: REVIEW_DECISIONS,
  ReviewReason: REVIEW_REASONS,
  RejectionReason: REJECTION_REASONS,
  AuditAction: AUDIT_ACTIONS,
  VisitStatus: VISIT_STATUSES,
};

describe.runIf(coversServerIndependentTests())('the Prisma enums and the domain code lists', () => {
  it.each(Object.entries(DOMAIN_LISTS))('%s holds exactly the domain codes', (name, codes) => {
    const generated = PrismaEnums[name as keyof typeof PrismaEnums];
    expect(Object.values(generated)).toEqual([...codes]);
  });

  it('names every enum of the schema', () => {
    expect(Object.keys(PrismaEnums).sort()).toEqual(Object.keys(DOMAIN_LISTS).sort());
  });
});

const repoRoot = findRepoRoot();
const ENUM_MIGRATION = '20261204070000_stored_codes_as_enums';
const kinds = await databaseKinds();

/** An empty, unmigrated database of the given kind. */
async function emptyDatabase(
  kind: DatabaseKind,
): Promise<{ options: DatabaseOptions; dispose(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-enum-migration-'));
  if (kind === 'pglite') {
    return { options: { dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const admin = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `ssc_test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString(), dataDir },
    async dispose() {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Migrates to the history as it was before the enums: the migrations that sort before it. */
async function migrateUpToEnums(options: DatabaseOptions, root: string): Promise<void> {
  const migrations = path.join(repoRoot, 'prisma', 'migrations');
  const copy = path.join(root, 'prisma', 'migrations');
  await cp(
    path.join(repoRoot, 'prisma', 'schema.prisma'),
    path.join(root, 'prisma', 'schema.prisma'),
  );
  await cp(path.join(migrations, 'migration_lock.toml'), path.join(copy, 'migration_lock.toml'));
  for (const name of await readdir(migrations)) {
    if (/^\d{14}_/.test(name) && name < ENUM_MIGRATION) {
      await cp(path.join(migrations, name), path.join(copy, name), { recursive: true });
    }
  }
  await applyMigrations({ ...options, root });
}

describe.each(kinds)('the migration to enums on %s', (kind) => {
  it('keeps every stored code, and the columns then refuse a value no code names', async () => {
    const database = await emptyDatabase(kind);
    const before = await mkdtemp(path.join(os.tmpdir(), 'ssc-prisma-before-'));
    try {
      await migrateUpToEnums(database.options, before);

      // Rows written as text, the way the service stored them before.
      const old = await openDatabase(database.options);
      try {
        // One statement per call: a prepared statement holds one command.
        for (const sql of [
          `INSERT INTO "ServiceCentre" (id, "nameZh", "nameEn", "addressZh", "addressEn")
              VALUES ('C1', '中心', 'Centre', '地址', 'Address')`,
          `INSERT INTO "Application" (id, reference, "accessTokenHash", status, "filerRole", reason,
                "case", "rejectionReason", "updatedAt")
              VALUES ('00000000-0000-4000-8000-000000000001', 'AAAA-BBBB-CCCC', 'h', 'REJECTED',
                'AGENT', 'DISAPPEARANCE', '{}', 'NO_STANDING', now()),
              ('00000000-0000-4000-8000-000000000002', 'AAAA-BBBB-DDDD', 'h', 'DRAFT',
                'CARDHOLDER', NULL, '{}', NULL, now())`,
          `INSERT INTO "Document" (id, "applicationId", kind, "contentType", size, sha256,
                "storageKey", "reviewDecision", "reviewReason")
              VALUES ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000001',
                'DISAPPEARANCE_PROOF', 'application/pdf', 1, 's', 'k1', 'REJECTED', 'BLURRED'),
              ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000001',
                'AGENT_ID_FRONT', 'image/png', 1, 's', 'k2', NULL, NULL)`,
          `INSERT INTO "Certificate" (serial, "applicationId", "centreId", "holderMasked", reason)
              VALUES ('2026-AAAA-BBBB-CCCC', '00000000-0000-4000-8000-000000000001', 'C1', '张*',
                'DISAPPEARANCE')`,
          `INSERT INTO "AuditEvent" ("actorType", action, "applicationId")
              VALUES ('APPLICANT', 'APPLICATION_SUBMITTED', '00000000-0000-4000-8000-000000000001')`,
        ]) {
          await old.prisma.$executeRawUnsafe(sql);
        }
      } finally {
        await old.close();
      }

      const { appliedMigrationNames } = await applyMigrations(database.options);
      expect(appliedMigrationNames).toContain(ENUM_MIGRATION);

      const migrated = await openDatabase(database.options);
      try {
        const { prisma } = migrated;
        expect(
          await prisma.application.findMany({
            select: { reference: true, filerRole: true, reason: true, rejectionReason: true },
            orderBy: { reference: 'asc' },
          }),
        ).toEqual([
          {
            reference: 'AAAA-BBBB-CCCC',
            filerRole: 'AGENT',
            reason: 'DISAPPEARANCE',
            rejectionReason: 'NO_STANDING',
          },
          {
            reference: 'AAAA-BBBB-DDDD',
            filerRole: 'CARDHOLDER',
            reason: null,
            rejectionReason: null,
          },
        ]);
        expect(
          await prisma.document.findMany({
            select: { kind: true, reviewDecision: true, reviewReason: true },
            orderBy: { storageKey: 'asc' },
          }),
        ).toEqual([
          { kind: 'DISAPPEARANCE_PROOF', reviewDecision: 'REJECTED', reviewReason: 'BLURRED' },
          { kind: 'AGENT_ID_FRONT', reviewDecision: null, reviewReason: null },
        ]);
        expect(await prisma.certificate.findMany({ select: { reason: true } })).toEqual([
          { reason: 'DISAPPEARANCE' },
        ]);
        expect(await prisma.auditEvent.findMany({ select: { action: true } })).toEqual([
          { action: 'APPLICATION_SUBMITTED' },
        ]);

        const columns = await prisma.$queryRawUnsafe<{ column: string; type: string }[]>(`
          SELECT table_name || '.' || column_name AS column, udt_name AS type
          FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type = 'USER-DEFINED'
            AND table_name IN ('Application', 'Document', 'Certificate', 'AuditEvent')
          ORDER BY 1`);
        expect(columns).toEqual(
          expect.arrayContaining([
            { column: 'Application.filerRole', type: 'FilerRole' },
            { column: 'Application.reason', type: 'Reason' },
            { column: 'Application.rejectionReason', type: 'RejectionReason' },
            { column: 'AuditEvent.action', type: 'AuditAction' },
            { column: 'Certificate.reason', type: 'Reason' },
            { column: 'Document.kind', type: 'DocumentKind' },
            { column: 'Document.reviewDecision', type: 'ReviewDecision' },
            { column: 'Document.reviewReason', type: 'ReviewReason' },
          ]),
        );

        // The database itself now refuses a code that does not exist, whoever writes it.
        await expect(
          prisma.$executeRawUnsafe(
            `UPDATE "Application" SET reason = 'MOVED_TO_MARS' WHERE reference = 'AAAA-BBBB-DDDD'`,
          ),
        ).rejects.toThrow(/invalid input value for enum "Reason"/);
      } finally {
        await migrated.close();
      }
    } finally {
      await rm(before, { recursive: true, force: true });
      await database.dispose();
    }
  });

  it('stops, and changes nothing, when a stored value is not one of the codes', async () => {
    const database = await emptyDatabase(kind);
    const before = await mkdtemp(path.join(os.tmpdir(), 'ssc-prisma-before-'));
    try {
      await migrateUpToEnums(database.options, before);
      const old = await openDatabase(database.options);
      try {
        await old.prisma.$executeRawUnsafe(`
          INSERT INTO "Application" (id, reference, "accessTokenHash", "filerRole", reason, "case",
              "updatedAt")
            VALUES ('00000000-0000-4000-8000-000000000003', 'AAAA-BBBB-EEEE', 'h', 'CARDHOLDER',
              'SOMETHING_ELSE', '{}', now())`);
      } finally {
        await old.close();
      }
      await expect(applyMigrations(database.options)).rejects.toThrow(
        /invalid input value for enum "Reason"/,
      );
      const after = await openDatabase(database.options);
      try {
        const rows = await after.prisma.$queryRawUnsafe<{ reason: string; type: string }[]>(
          `SELECT reason, pg_typeof(reason)::text AS type FROM "Application"`,
        );
        expect(rows).toEqual([{ reason: 'SOMETHING_ELSE', type: 'text' }]);
      } finally {
        await after.close();
      }
    } finally {
      await rm(before, { recursive: true, force: true });
      await database.dispose();
    }
  });
});
