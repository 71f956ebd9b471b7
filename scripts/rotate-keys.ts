/*
 * `pnpm keys:rotate`: re-wraps every application's data key, and re-seals every scan, under the
 * current storage master key, so the previous keys can be taken off the keyring
 * (docs/decisions/012-personal-data-at-rest.md "Rotating the master key").
 *
 *   DATABASE_URL, DATA_DIR, STORAGE_MASTER_KEY, STORAGE_MASTER_KEY_PREVIOUS as for the service.
 *   --new-key-file      embedded default only: set the current key file aside as a previous key
 *                       and create a new one first (the service must be stopped: PGlite is
 *                       one process's database).
 *   --forget-previous   once nothing is left under them, delete the set-aside key files.
 */
import path from 'node:path';
import { openDatabase } from '@ssc/api/db/client';
import { loadKeyring, removePreviousKeyFiles, replaceMasterKeyFile } from '@ssc/api/master-keys';
import { rotateToCurrentKey } from '@ssc/api/rotate-keys';

async function main(args: string[]) {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
  const fromEnv = process.env.STORAGE_MASTER_KEY || undefined;
  if (databaseUrl && !fromEnv) {
    throw new Error('STORAGE_MASTER_KEY must be set when DATABASE_URL is set (the new key)');
  }
  if (args.includes('--new-key-file')) {
    if (fromEnv) {
      throw new Error(
        '--new-key-file is for the embedded default; with STORAGE_MASTER_KEY set the new key there and list the old one in STORAGE_MASTER_KEY_PREVIOUS',
      );
    }
    const ids = await replaceMasterKeyFile(dataDir);
    console.log(`new master key ${ids.new}; ${ids.old} kept as a previous key`);
  }
  const keyring = await loadKeyring(dataDir, {
    current: fromEnv,
    previous: process.env.STORAGE_MASTER_KEY_PREVIOUS,
  });
  const database = await openDatabase({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  try {
    const started = performance.now();
    const report = await rotateToCurrentKey(database.prisma, keyring, dataDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `current master key ${keyring.current.id.toString('hex')}: ${report.rewrapped} data key(s) re-wrapped, ${report.resealedScans} scan(s) re-sealed (${seconds} s)`,
    );
    const left = Object.entries(report.remaining);
    if (left.length > 0) {
      for (const [id, count] of left) console.log(`still under ${id}: ${count} data key(s)`);
      process.exitCode = 1;
      return;
    }
    const previous = keyring.ids.filter((id) => id !== keyring.current.id.toString('hex'));
    if (args.includes('--forget-previous')) {
      await removePreviousKeyFiles(dataDir, previous);
      console.log(`previous key files removed: ${previous.join(', ') || 'none'}`);
    } else if (previous.length > 0) {
      console.log(`nothing needs ${previous.join(', ')} any more: take it off the keyring`);
    }
  } finally {
    await database.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
