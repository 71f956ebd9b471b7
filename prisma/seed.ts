// Demo centres and staff (apps/api/src/db/demo-data.ts), and two approved demo applications
// filed through the service's own API (apps/api/src/db/demo-applications.ts). Safe to run
// again: it changes nothing once the demo data is in place. On PostgreSQL only with SEED_DEMO=1
// (demoSeedRefusal).
//   tsx prisma/seed.ts      DATABASE_URL (postgres://…) or PGlite in DATA_DIR (./data)
import { buildApp } from '@ssc/api/app';
import { readConfig } from '@ssc/api/config';
import { openDatabase } from '@ssc/api/db/client';
import { seedDemoApplications } from '@ssc/api/db/demo-applications';
import { demoCentres, demoSeedRefusal, demoStaff, seedDemoData } from '@ssc/api/db/demo-data';

const refusal = demoSeedRefusal(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

// The same folder and keys the server reads (apps/api/src/config.ts), so that what the seed
// encrypts and stores the server can open.
const config = readConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const { changed } = await seedDemoData(database.prisma);
  const app = await buildApp({
    dataDir: config.dataDir,
    database,
    secret: config.appSecret,
    masterKey: config.storageMasterKey,
    previousMasterKeys: config.storageMasterKeyPrevious,
  });
  const applications = await seedDemoApplications(app).finally(() => app.close());
  console.log(
    changed === 0 && applications.length === 0
      ? 'Demo data already in place.'
      : `Demo data seeded (${changed} row(s) written, ${applications.length} application(s) filed).`,
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
  // Made-up people: their reference and ID number track the application at /track.
  const chinaTime = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
  if (applications.length > 0) {
    console.log('\nDemo applications, approved (track them at /track):');
    for (const filed of applications) {
      console.log(
        `  ${filed.reference}  ${filed.idNumber}  ${filed.visit ? `visit booked ${chinaTime.format(new Date(filed.visit.start))} China time` : 'visit not booked yet'}`,
      );
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
