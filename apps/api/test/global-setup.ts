import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, locatePrismaFiles, readMigrationList } from '../src/db/migrations.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (holding `pglite/`), copied by createTestDatabase('pglite'). */
    pgliteTemplateDir: string;
  }
}

/** Vitest globalSetup: migrate one PGlite template per test run, before any worker starts. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('pgliteTemplateDir', await preparePgliteTemplate());
}

// Migrating a fresh PGlite costs seconds; copying a migrated folder is fast.
// The template is keyed by the migrations' content and the PGlite version, so a later run
// reuses it until a migration changes.
export async function preparePgliteTemplate(): Promise<string> {
  const { migrationsDir } = locatePrismaFiles();
  const migrations = await readMigrationList(migrationsDir);
  const digest = createHash('sha256');
  // The resolved path names the installed PGlite version (and the pnpm store entry).
  digest.update(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (const directory of migrations.migrationDirectories) {
    digest.update(directory.path);
    digest.update(directory.migrationFile.content.value);
  }
  const templateDir = path.join(
    os.tmpdir(),
    `ssc-pglite-template-${digest.digest('hex').slice(0, 16)}`,
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
