import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { preparePgliteTemplate } from '../global-setup.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase extends Database {
  /** What openDatabase/applyMigrations were given for this database. */
  options: DatabaseOptions;
  /** Closes the database and deletes it (folder or PostgreSQL database). */
  dispose(): Promise<void>;
}

function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: testPostgresUrl(),
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let availability: Promise<{ ok: true } | { ok: false; reason: string }> | undefined;

function checkPostgres(): Promise<{ ok: true } | { ok: false; reason: string }> {
  availability ??= withAdminClient((client) => client.query('SELECT 1')).then(
    () => ({ ok: true }) as const,
    // Only the driver's message (e.g. ECONNREFUSED host:port): the URL may hold a password.
    (error: unknown) =>
      ({ ok: false, reason: error instanceof Error ? error.message : String(error) }) as const,
  );
  return availability;
}

export async function postgresAvailable(): Promise<boolean> {
  return (await checkPostgres()).ok;
}

/**
 * The database kinds this run covers: PGlite always, PostgreSQL when TEST_POSTGRES_URL answers.
 * With REQUIRE_POSTGRES=1 (CI) a missing PostgreSQL fails the run instead of being skipped.
 */
export async function databaseKinds(): Promise<DatabaseKind[]> {
  const status = await checkPostgres();
  if (status.ok) return ['pglite', 'postgres'];
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(
      `PostgreSQL is required (REQUIRE_POSTGRES=1) but did not answer: ${status.reason}`,
    );
  }
  console.warn(`PostgreSQL leg SKIPPED: ${status.reason}`);
  return ['pglite'];
}

export function templateDir(): Promise<string> {
  // Set by test/global-setup.ts; outside that (another project's run) the helper builds it itself.
  const provided = (inject as (key: string) => unknown)('pgliteTemplateDir');
  return typeof provided === 'string' ? Promise.resolve(provided) : preparePgliteTemplate();
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

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const name = `ssc_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const dropDatabase = () =>
    withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    const url = new URL(testPostgresUrl());
    url.pathname = `/${name}`;
    const options = { databaseUrl: url.toString(), dataDir: os.tmpdir() };
    await applyMigrations(options);
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
