import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { demoApplicants } from '../../src/db/demo-applications.ts';
import {
  demoCentres,
  demoPublicHolidays,
  demoStaff,
  seedDemoData,
} from '../../src/db/demo-data.ts';
import { applyMigrations, createMigration, findRepoRoot } from '../../src/db/migrations.ts';
import {
  coversServerIndependentTests,
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../helpers/database.ts';

const repoRoot = findRepoRoot();
const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');

async function readMigrationFolders(
  dir = migrationsDir,
): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => ({
      name,
      checksum: createHash('sha256')
        .update(await readFile(path.join(dir, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

function readMigrationRows(database: TestDatabase): Promise<MigrationRow[]> {
  return database.prisma.$queryRawUnsafe<MigrationRow[]>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
  );
}

/** A scratch copy of prisma/ (schema + migrations) to migrate or diff without touching the repo. */
async function copyPrismaFolder(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ssc-prisma-copy-'));
  await cp(
    path.join(repoRoot, 'prisma', 'schema.prisma'),
    path.join(root, 'prisma', 'schema.prisma'),
  );
  await cp(migrationsDir, path.join(root, 'prisma', 'migrations'), { recursive: true });
  return root;
}

const kinds = await databaseKinds();

describe.each(kinds)('migrations and demo data on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('records every migration folder in _prisma_migrations, as the Prisma CLI does', async () => {
    const folders = await readMigrationFolders();
    const names = folders.map((folder) => folder.name);
    // Prisma orders migrations by their timestamped folder names; the first builds the schema
    // and every later one only changes it, so a new migration must sort after the others.
    expect(names[0]).toMatch(/^\d{14}_init$/);
    expect(names.slice(1)).toContainEqual(expect.stringMatching(/^\d{14}_audit_append_only$/));
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    const rows = await readMigrationRows(database);
    expect(
      rows.map(({ migration_name, checksum }) => ({ name: migration_name, checksum })),
    ).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('applying the migrations again changes nothing', async () => {
    const before = await readMigrationRows(database);
    const result = await applyMigrations(database.options);
    expect(result.appliedMigrationNames).toEqual([]);
    expect(await readMigrationRows(database)).toEqual(before);
    expect(await database.ping()).toBe(true);
  });

  it('seeds the demo centres and staff once, with argon2id hashes of the demo passwords', async () => {
    const first = await seedDemoData(database.prisma);
    // the centres, the staff, each centre's visit schedule, the public holidays
    expect(first.changed).toBe(
      demoCentres.length + demoStaff.length + demoCentres.length + demoPublicHolidays.length,
    );
    const staffBefore = await database.prisma.staffUser.findMany({ orderBy: { username: 'asc' } });

    const second = await seedDemoData(database.prisma);
    expect(second.changed).toBe(0);
    expect(await database.prisma.staffUser.findMany({ orderBy: { username: 'asc' } })).toEqual(
      staffBefore,
    );

    const centres = await database.prisma.serviceCentre.findMany({ orderBy: { id: 'asc' } });
    expect(centres.map((centre) => centre.id)).toEqual(['SH-HUANGPU', 'SH-PUDONG']);
    // docs/rules.md §5.1: Mon–Fri 09:00–12:00 and 13:30–17:00, 30-minute slots of 3
    for (const centre of centres) {
      expect([centre.visitSlotMinutes, centre.visitSlotCapacity]).toEqual([30, 3]);
      expect(await database.prisma.openingHours.count({ where: { centreId: centre.id } })).toBe(10);
    }
    expect(await database.prisma.publicHoliday.count()).toBe(demoPublicHolidays.length);
    for (const staff of demoStaff) {
      const stored = staffBefore.find((row) => row.username === staff.username);
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(stored?.passwordHash ?? '', staff.password)).toBe(true);
      expect(await verify(stored?.passwordHash ?? '', 'wrong-password')).toBe(false);
    }
  });

  it('restores a demo password changed since the last seed', async () => {
    await database.prisma.staffUser.update({
      where: { username: 'reviewer.pudong' },
      data: { passwordHash: 'not-a-hash' },
    });
    expect((await seedDemoData(database.prisma)).changed).toBe(1);
    const restored = await database.prisma.staffUser.findUniqueOrThrow({
      where: { username: 'reviewer.pudong' },
    });
    expect(await verify(restored.passwordHash, 'Demo-Pudong-2026')).toBe(true);
  });

  it('keeps the audit trail append-only: UPDATE, DELETE and TRUNCATE of AuditEvent fail', async () => {
    const event = await database.prisma.auditEvent.create({
      data: { actorType: 'STAFF', actorId: 'reviewer.huangpu', action: 'STAFF_VIEWED_DOCUMENT' },
    });
    await expect(
      database.prisma.auditEvent.update({
        where: { id: event.id },
        data: { action: 'STAFF_SIGNED_OUT' },
      }),
    ).rejects.toThrow(/AuditEvent is append-only: UPDATE/);
    await expect(database.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /AuditEvent is append-only: DELETE/,
    );
    await expect(database.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(database.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(
      /append-only/,
    );
    expect(await database.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(
      event,
    );
  });

  it('keeps status history append-only, except when its whole application is deleted', async () => {
    const application = await database.prisma.application.create({
      data: {
        reference: `T-${kind}-${Date.now()}`,
        accessTokenHash: 'f'.repeat(64),
        filerRole: 'CARDHOLDER',
        case: {},
        events: { create: { status: 'DRAFT', actorType: 'APPLICANT' } },
      },
      include: { events: true },
    });
    const [event] = application.events;
    if (!event) throw new Error('status event not created');

    await expect(
      database.prisma.statusEvent.update({ where: { id: event.id }, data: { note: 'rewritten' } }),
    ).rejects.toThrow(/StatusEvent is append-only: UPDATE/);
    await expect(database.prisma.statusEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /StatusEvent is append-only: DELETE/,
    );

    await database.prisma.application.delete({ where: { id: application.id } });
    expect(
      await database.prisma.statusEvent.count({ where: { applicationId: application.id } }),
    ).toBe(0);
  });

  it('rolls back a failing migration and records it as failed, not applied', async () => {
    const root = await copyPrismaFolder();
    try {
      const broken = path.join(root, 'prisma', 'migrations', '99991231235959_broken');
      await mkdir(broken);
      await writeFile(
        path.join(broken, 'migration.sql'),
        'CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT 1 / 0;\n',
      );
      await expect(applyMigrations({ ...database.options, root })).rejects.toThrow(
        /division by zero/,
      );
      const rows = await readMigrationRows(database);
      const failed = rows.find((row) => row.migration_name === '99991231235959_broken');
      expect(failed?.finished_at).toBeNull();
      const halfDone = await database.prisma.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`,
      );
      expect(halfDone).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe.runIf(coversServerIndependentTests())(
  'the start sequence on a fresh PGlite folder',
  () => {
    // `pnpm start` runs migrate → seed → server as separate processes on one data folder.
    const runScript = (script: string, args: string[], dataDir: string) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.join(repoRoot, script), ...args],
        {
          cwd: repoRoot,
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        },
      );

    it('migrates a new folder, seeds it twice without changes, and reopens it', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-fresh-pglite-'));
      try {
        const migrate = await runScript('prisma/scripts/migrate.ts', ['deploy'], dataDir);
        for (const folder of await readMigrationFolders()) {
          expect(migrate.stdout).toContain(`applied ${folder.name}`);
        }
        expect(
          (await runScript('prisma/scripts/migrate.ts', ['deploy'], dataDir)).stdout,
        ).toContain('Database schema is up to date');

        expect((await runScript('prisma/seed.ts', [], dataDir)).stdout).toContain(
          'Demo data seeded',
        );
        const again = await runScript('prisma/seed.ts', [], dataDir);
        expect(again.stdout).toContain('Demo data already in place');
        for (const staff of demoStaff) expect(again.stdout).toContain(staff.username);

        const database = await openDatabase({ dataDir });
        try {
          expect(await database.prisma.staffUser.count()).toBe(demoStaff.length);
          // the demo applications, filed once (apps/api/src/db/demo-applications.ts)
          expect(await database.prisma.application.count()).toBe(demoApplicants.length);
        } finally {
          await database.close();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  },
);

describe.runIf(coversServerIndependentTests())('createMigration', () => {
  it('finds nothing to migrate: prisma/schema.prisma matches the committed migrations', async () => {
    const root = await copyPrismaFolder();
    try {
      expect(await createMigration('drift_check', { root })).toEqual({
        migrationName: null,
        migrationPath: null,
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('writes a new migration folder in the standard layout when the schema changes', async () => {
    const root = await copyPrismaFolder();
    try {
      const schemaPath = path.join(root, 'prisma', 'schema.prisma');
      const schema = await readFile(schemaPath, 'utf8');
      await writeFile(
        schemaPath,
        schema.replace(
          '  nameEn            String\n',
          '  nameEn            String\n  phone             String?\n',
        ),
      );
      const { migrationName, migrationPath } = await createMigration('centre_phone', { root });
      expect(migrationName).toMatch(/^\d{14}_centre_phone$/);
      const sql = await readFile(path.join(migrationPath ?? '', 'migration.sql'), 'utf8');
      expect(sql).toContain('ALTER TABLE "ServiceCentre" ADD COLUMN     "phone" TEXT;');
      expect(
        await readFile(path.join(root, 'prisma', 'migrations', 'migration_lock.toml'), 'utf8'),
      ).toContain('provider = "postgresql"');
      // The new history now matches the changed schema.
      expect((await createMigration('again', { root })).migrationName).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
