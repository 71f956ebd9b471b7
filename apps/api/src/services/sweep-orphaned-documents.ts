import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { DocumentStorage } from '../lib/document-storage.ts';

/**
 * A file is placed inside the upload's transaction, so a file younger than this may belong to
 * a transaction still running. An upload's transaction lasts seconds (Prisma's interactive
 * transactions time out after 5 s); an hour leaves a wide margin, as for the temporary files
 * in storage.ts.
 */
export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;

/** Orphans only come from crashes, so a few runs a day keep them from lingering. */
export const ORPHAN_SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Keys looked up in one query: bounded, so no run ever holds every key at once. */
const BATCH_SIZE = 500;

export interface SweepResult {
  /** Placed files old enough to judge. */
  checked: number;
  removed: number;
  /**
   * Files were there but the database holds no document at all: more likely the wrong database
   * (a missing DATABASE_URL opens a fresh embedded one) than a store of orphans, so nothing was removed.
   */
  refusedEmptyDatabase: boolean;
}

/**
 * Removes placed files that no Document row references. They are left by a crash after
 * addDocument renamed the file into place but before its transaction committed, or after
 * removeDocument deleted the row but before it deleted the file: encrypted scans of
 * someone's ID that nobody can reach any more, nor delete.
 */
export async function sweepOrphanedDocuments(
  deps: { prisma: PrismaClient; storage: DocumentStorage },
  options: { now: Date; batchSize?: number },
): Promise<SweepResult> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const placedBefore = new Date(options.now.getTime() - ORPHAN_MIN_AGE_MS);
  const result: SweepResult = { checked: 0, removed: 0, refusedEmptyDatabase: false };
  let batch: string[] = [];

  const settle = async () => {
    const referenced = await deps.prisma.document.findMany({
      where: { storageKey: { in: batch } },
      select: { storageKey: true },
    });
    if (referenced.length === 0 && (await deps.prisma.document.count()) === 0) {
      result.refusedEmptyDatabase = true;
      return;
    }
    const kept = new Set(referenced.map((row) => row.storageKey));
    for (const storageKey of batch) {
      if (kept.has(storageKey)) continue;
      await deps.storage.remove(storageKey);
      result.removed++;
    }
    batch = [];
  };

  for await (const storageKey of deps.storage.listPlaced(placedBefore)) {
    batch.push(storageKey);
    result.checked++;
    if (batch.length >= batchSize) {
      await settle();
      if (result.refusedEmptyDatabase) return result;
    }
  }
  if (batch.length > 0) await settle();
  return result;
}

/**
 * Sweeps once when the app is ready and then every ORPHAN_SWEEP_INTERVAL_MS. The first run is
 * not awaited, so a large documents folder does not hold up readiness; closing waits for a
 * run in progress, so the database is not closed under it. Log lines carry counts only.
 */
export function scheduleOrphanedDocumentSweeps(app: FastifyInstance) {
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const run = () => {
    // The wall clock, not app.clock: file times are the wall clock's, whatever date the
    // service is told it is (tests and demos run on a fixed date).
    running ??= sweepOrphanedDocuments(app, { now: new Date() })
      .then(
        ({ checked, removed, refusedEmptyDatabase }) => {
          if (refusedEmptyDatabase) {
            app.log.warn(
              { checked },
              'orphaned document sweep skipped: document files exist but the database has no documents',
            );
          } else {
            app.log.info({ checked, removed }, 'orphaned document files swept');
          }
        },
        (error: unknown) => {
          // The code only: a file system error's message names the file.
          const code = (error as { code?: unknown }).code;
          app.log.error(
            { code: typeof code === 'string' ? code : 'UNKNOWN' },
            'orphaned document sweep failed',
          );
        },
      )
      .finally(() => {
        running = undefined;
      });
  };

  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, ORPHAN_SWEEP_INTERVAL_MS);
    // A pending sweep must not keep a process alive that is otherwise done.
    timer.unref();
  });
  // Added after the database plugin's hook, so it runs before it (onClose runs last-in first-out).
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
