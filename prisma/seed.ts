// Demo centres and staff (apps/api/src/db/demo-data.ts). Safe to run again: it changes nothing
// once the demo data is in place. On PostgreSQL only with SEED_DEMO=1 (demoSeedRefusal).
//   tsx prisma/seed.ts      DATABASE_URL (postgres://…) or PGlite in DATA_DIR (./data)
import { openDatabase } from '../apps/api/src/db/client.ts';
import {
  demoCentres,
  demoSeedRefusal,
  demoStaff,
  seedDemoData,
} from '../apps/api/src/db/demo-data.ts';

const refusal = demoSeedRefusal(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? './data',
});
try {
  const { changed } = await seedDemoData(database.prisma);
  console.log(
    changed === 0 ? 'Demo data already in place.' : `Demo data seeded (${changed} row(s) written).`,
  );
  console.log('\nService centres:');
  for (const centre of demoCentres) {
    console.log(`  ${centre.id}  ${centre.nameZh} / ${centre.nameEn}`);
  }
  // Demo-only credentials, printed on purpose so a reviewer can sign in to the demo.
  console.log('\nDemo staff sign-ins (DEMO ONLY, never use in production):');
  for (const staff of demoStaff) {
    console.log(
      `  ${staff.username.padEnd(20)} ${staff.password.padEnd(22)} ${staff.role} @ ${staff.centreId}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
