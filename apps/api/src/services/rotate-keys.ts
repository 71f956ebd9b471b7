import path from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { rewrapDataKey, wrappingKeyId, type Keyring } from '../lib/field-encryption.ts';
import { resealScans } from '../lib/master-keys.ts';

/**
 * Master-key rotation (docs/decisions/012-personal-data-at-rest.md): every application's data
 * key wrapped by another key of the keyring is re-wrapped by the current one, a batch at a time,
 * while the service runs; no sealed case or note changes. Scans are sealed under their own
 * per-file keys in a header bound to their content, so those are re-sealed file by file.
 * Afterwards nothing needs the previous keys, and they can be taken off the keyring.
 */

const BATCH = 500;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const rows = z.array(z.object({ id: z.string() }));

export interface RotationReport {
  /** data keys re-wrapped by the current master key */
  rewrapped: number;
  /** scans re-sealed under the current master key */
  resealedScans: number;
  /** data keys (by master key id) still wrapped by another key: zero after a full run */
  remaining: Record<string, number>;
}

export async function rewrapDataKeys(prisma: PrismaClient, keyring: Keyring): Promise<number> {
  const current = Buffer.from(keyring.current.id);
  let after = NIL_UUID;
  let rewrapped = 0;
  for (;;) {
    const page = rows.parse(
      await prisma.$queryRaw`SELECT id::text AS id FROM "Application"
        WHERE id > ${after}::uuid AND "dataKey" IS NOT NULL
          AND substring("dataKey" FROM 2 FOR 8) <> ${current}
        ORDER BY id LIMIT ${BATCH}`,
    );
    if (page.length === 0) return rewrapped;
    after = page.at(-1)!.id;
    const found = await prisma.application.findMany({
      where: { id: { in: page.map((r) => r.id) } },
      select: { id: true, dataKey: true },
    });
    for (const row of found) {
      if (!row.dataKey) continue;
      // Guarded by the wrapped key read: the data key itself never changes, so a row another
      // process re-wrapped meanwhile is simply left as it is.
      const updated = await prisma.application.updateMany({
        where: { id: row.id, dataKey: { equals: row.dataKey } },
        data: { dataKey: new Uint8Array(rewrapDataKey(keyring, row.id, row.dataKey)) },
      });
      rewrapped += updated.count;
    }
  }
}

/** How many data keys each master key (other than the current one) still wraps. */
export async function countByWrappingKey(
  prisma: PrismaClient,
  keyring: Keyring,
): Promise<Record<string, number>> {
  const counts = z.array(z.object({ keyId: z.string(), count: z.bigint() })).parse(
    await prisma.$queryRaw`SELECT encode(substring("dataKey" FROM 2 FOR 8), 'hex') AS "keyId",
          count(*) AS count
        FROM "Application" WHERE "dataKey" IS NOT NULL GROUP BY 1`,
  );
  const current = keyring.current.id.toString('hex');
  return Object.fromEntries(
    counts.filter((c) => c.keyId !== current).map((c) => [c.keyId, Number(c.count)]),
  );
}

export async function rotateToCurrentKey(
  prisma: PrismaClient,
  keyring: Keyring,
  dataDir: string,
): Promise<RotationReport> {
  const rewrapped = await rewrapDataKeys(prisma, keyring);
  const { resealed } = await resealScans(path.join(dataDir, 'documents'), keyring);
  return {
    rewrapped,
    resealedScans: resealed,
    remaining: await countByWrappingKey(prisma, keyring),
  };
}

/** For checks and tests: the id of the master key that wraps one application's data key. */
export function wrappingKeyIdOf(dataKey: Uint8Array): string {
  return wrappingKeyId(dataKey).toString('hex');
}
