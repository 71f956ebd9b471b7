import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, locatePrismaFiles, readMigrationList } from '../src/db/migrations.ts';
import type { TestProject } from 'vitest/node';
import { checkPostgres, testPostgresUrl, withAdminClient } from './helpers/postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (holding `pglite/`), copied by createTestDatabase('pglite'). */
    pgliteTemplateDir: string;
    /** A migrated PostgreSQL database that createTestDatabase('postgres') copies, or ''. */
    postgresTemplate: string;
  }
}

/** Vitest globalSetup: migrate one template per database kind, before any worker starts. */
export default async function setup(project: TestProject): Promise<void> {
  const only = process.env.TEST_DATABASES;
  project.provide('pgliteTemplateDir', only === 'postgres' ? '' : await preparePgliteTemplate());
  const postgres = only !== 'pglite' && (await checkPostgres()).ok;
  project.provide('postgresTemplate', postgres ? await preparePostgresTemplate() : '');
}

/** The migrations' content: a template is reused until a migration changes. */
async function migrationsDigest(...extra: string[]): Promise<string> {
  const { migrationsDir } = locatePrismaFiles();
  const migrations = await readMigrationList(migrationsDir);
  const digest = createHash('sha256');
  for (const part of extra) digest.update(part);
  for (const directory of migrations.migrationDirectories) {
    digest.update(directory.path);
    digest.update(directory.migrationFile.content.value);
  }
  return digest.digest('hex').slice(0, 16);
}

// Migrating a fresh PGlite costs seconds; copying a migrated folder is fast.
// The template is keyed by the migrations' content and the PGlite version, so a later run
// reuses it until a migration changes.
export async function preparePgliteTemplate(): Promise<string> {
  // The resolved path names the installed PGlite version (and the pnpm store entry).
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const templateDir = path.join(
    os.tmpdir(),
    `ssc-pglite-template-${await migrationsDigest(pglite)}`,
  );
  if (existsSync(path.join(templateDir, 'pglite', 'PG_VERSION'))) return templateDir;

  const buildDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-pglite-template-build-'));
  try {
    await applyMigrations({ dataDir: buildDir });
    // rename is atomic: a crashed build never leaves a half-migrated template behind.
    await rename(buildDir, templateDir).catch(async (error: NodeJS.ErrnoException) => {
      if (!existsSync(templateDir)) throw error; // else a parallel run finished first
      await rm(buildDir, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(buildDir, { recursive: true, force: true });
    throw error;
  }
  return templateDir;
}

/**
 * A migrated PostgreSQL database to copy with CREATE DATABASE … TEMPLATE: a copy takes a small
 * fraction of the seconds the migrations take on each fresh database. Named by the migrations'
 * digest, so a later run reuses it until a migration changes; built under another name and
 * renamed when complete, so a crash never leaves a half-migrated template under that name.
 */
export async function preparePostgresTemplate(): Promise<string> {
  const name = `ssc_template_${await migrationsDigest()}`;
  const exists = await withAdminClient(async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return found.rowCount === 1;
  });
  if (exists) return name;

  const building = `ssc_template_build_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${building}"`));
  try {
    const url = new URL(testPostgresUrl());
    url.pathname = `/${building}`;
    await applyMigrations({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
    await withAdminClient(async (client) => {
      try {
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        // A parallel run finished first: keep theirs.
        if ((error as { code?: string }).code !== '42P04') throw error;
        await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      }
    });
  } catch (error) {
    await withAdminClient((client) =>
      client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`),
    );
    throw error;
  }
  return name;
}
