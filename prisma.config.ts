import { defineConfig } from 'prisma/config';

// The URL is only used by Prisma CLI commands that talk to a database, which this project
// runs through its own offline migration runner instead (docs/decisions/002-offline-migrations.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
