import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { checkPostgres } from './test/helpers/postgres.ts';

const root = import.meta.dirname;

/**
 * The files with a leg on PostgreSQL: those that ask databaseKinds() which databases to run on.
 * The others (configuration, headers, parsers, PDF checks) do not touch a database server, so
 * TEST_DATABASES=postgres, the suite's PostgreSQL leg, does not run them a second time.
 */
function filesWithAPostgresLeg(): string[] {
  return readdirSync(path.join(root, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) =>
      readFileSync(path.join(root, 'test', file), 'utf8').includes('databaseKinds('),
    )
    .map((file) => `test/${file.split(path.sep).join('/')}`)
    .sort();
}

async function include(): Promise<string[]> {
  if (process.env.TEST_DATABASES !== 'postgres') return ['test/**/*.test.ts'];
  // Without a server (and without REQUIRE_POSTGRES) the leg has nothing to run: each of these
  // files would hold no test, which Vitest counts as a failure.
  const status = await checkPostgres();
  if (!status.ok && process.env.REQUIRE_POSTGRES !== '1') {
    console.warn(`PostgreSQL leg SKIPPED: ${status.reason}`);
    return [];
  }
  return filesWithAPostgresLeg();
}

export default defineConfig(async () => ({
  test: {
    name: 'api',
    root,
    include: await include(),
    passWithNoTests: process.env.TEST_DATABASES === 'postgres',
    globalSetup: ['test/global-setup.ts'],
    // every answer a test receives is parsed with its route's schema (test/helpers/answer-check.ts)
    setupFiles: ['test/answer-check-setup.ts'],
    // Real databases: PGlite opens in about a second, a fresh PostgreSQL database migrates in a few.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, one per core: each file has databases of its own (a PGlite folder
    // copied from the template, or a PostgreSQL database copied from its template), so nothing
    // is shared but the CPU. Measured on 2 cores: PGlite leg 396 s → 272 s, PostgreSQL leg
    // 200 s → 145 s (docs/testing.md). A PGlite instance costs a few hundred MB; two fit easily.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker keeps the modules it has loaded from one file to the next: loading the app (Prisma
    // client, Fastify, the PDF and image libraries) took about 2 s of every file's time, for each
    // of 43 files. Each file still builds its own app on its own databases, and no test mocks a
    // module or changes a global it does not put back. Measured on 2 cores: PGlite leg 318 s →
    // 177 s (docs/testing.md).
    isolate: false,
  },
}));
