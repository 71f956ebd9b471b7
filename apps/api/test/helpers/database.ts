import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { preparePgliteTemplate } from '../global-setup.ts';
import { checkPostgres, testPostgresUrl, withAdminClient } from './postgres.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase extends Database {
  /** What openDatabase/applyMigrations were given for this database. */
  options: DatabaseOptions;
  /** Closes the database and deletes it (folder or PostgreSQL database). */
  dispose(): Promise<void>;
}

export async function postgresAvailable(): Promise<boolean> {
  return (await checkPostgres()).ok;
}

/**
 * The database kinds this run covers: PGlite always, PostgreSQL when TEST_POSTGRES_URL answers.
 * With REQUIRE_POSTGRES=1 (CI) a missing PostgreSQL fails the run instead of being skipped.
 * TEST_DATABASES=pglite or =postgres narrows the run to one kind: `npm test` runs the suite
 * once per kind, so each leg has its own time in the phase table (docs/testing.md).
 */
export async function databaseKinds(): Promise<DatabaseKind[]> {
  const only = process.env.TEST_DATABASES;
  if (only !== undefined && only !== 'pglite' && only !== 'postgres') {
    throw new Error(`TEST_DATABASES is pglite or postgres, not ${only}`);
  }
  if (only === 'pglite') return ['pglite'];
  const status = await checkPostgres();
  if (status.ok) return only === 'postgres' ? ['postgres'] : ['pglite', 'postgres'];
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(
      `PostgreSQL is required (REQUIRE_POSTGRES=1) but did not answer: ${status.reason}`,
    );
  }
  console.warn(`PostgreSQL leg SKIPPED: ${status.reason}`);
  return only === 'postgres' ? [] : ['pglite'];
}

/**
 * Whether this run covers the tests that are about no database server: a PGlite folder the
 * start scripts make themselves, Prisma's migration diff. They run once, in the PGlite leg (or
 * a run of both kinds), not again in the PostgreSQL leg, which is for what PostgreSQL does.
 */
export function coversServerIndependentTests(): boolean {
  return process.env.TEST_DATABASES !== 'postgres';
}

export function templateDir(): Promise<string> {
  // Set by test/global-setup.ts; outside that (another project's run) the helper builds it itself.
  const provided = (inject as (key: string) => unknown)('pgliteTemplateDir');
  return typeof provided === 'string' && provided !== ''
    ? Promise.resolve(provided)
    : preparePgliteTemplate();
}

/** A fresh, migrated, empty database of the given kind, for one test file or test. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'pglite' ? createPgliteTestDatabase() : createPostgresTestDatabase();
}

async function createPgliteTestDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-test-db-'));
  try {
    await cp(await templateDir(), dataDir, { recursive: true });
    const options = { dataDir };
    const database = await openDatabase(options);
    return {
      ...database,
      options,
      async dispose() {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The migrated PostgreSQL template test/global-setup.ts made, or '' outside that setup. */
function postgresTemplate(): string {
  const provided = (inject as (key: string) => unknown)('postgresTemplate');
  return typeof provided === 'string' ? provided : '';
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const name = `ssc_test_${randomBytes(6).toString('hex')}`;
  const template = postgresTemplate();
  // A copy of the migrated template where there is one; otherwise migrate this one itself.
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  const dropDatabase = () =>
    withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    const url = new URL(testPostgresUrl());
    url.pathname = `/${name}`;
    const options = { databaseUrl: url.toString(), dataDir: os.tmpdir() };
    if (!template) await applyMigrations(options);
    const database = await openDatabase(options);
    return {
      ...database,
      options,
      async dispose() {
        await database.close();
        await dropDatabase();
      },
    };
  } catch (error) {
    await dropDatabase();
    throw error;
  }
}
