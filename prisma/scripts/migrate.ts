// Offline stand-in for `prisma migrate deploy` / `prisma migrate dev --create-only`
// (docs/decisions/002-offline-migrations.md).
//   tsx prisma/scripts/migrate.ts deploy              DATABASE_URL (postgres://…) or PGlite in DATA_DIR (./data)
//   tsx prisma/scripts/migrate.ts dev <name> [--empty] new migration from prisma/schema.prisma
import { applyMigrations, createMigration } from '@ssc/api/db/migrations';

const usage = 'usage: migrate.ts deploy | migrate.ts dev <name> [--empty]';

async function runDeploy(): Promise<void> {
  const started = performance.now();
  const { appliedMigrationNames } = await applyMigrations({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR ?? './data',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (appliedMigrationNames.length === 0) {
    console.log(`Database schema is up to date (${seconds} s).`);
    return;
  }
  for (const name of appliedMigrationNames) console.log(`applied ${name}`);
  console.log(`${appliedMigrationNames.length} migration(s) applied (${seconds} s).`);
}

async function runDev(args: string[]): Promise<void> {
  const name = args.find((arg) => !arg.startsWith('--'));
  if (!name) throw new Error(usage);
  const { migrationName } = await createMigration(name, { empty: args.includes('--empty') });
  console.log(
    migrationName
      ? `created prisma/migrations/${migrationName}/migration.sql (apply it with: pnpm db:migrate)`
      : 'prisma/schema.prisma matches the migration history: no migration created (use --empty for hand-written SQL).',
  );
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'deploy') await runDeploy();
  else if (command === 'dev') await runDev(rest);
  else throw new Error(usage);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
