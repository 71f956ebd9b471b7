import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// or postgresql:// selects a PostgreSQL server; anything else the embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
}

export type DatabaseTarget =
  { kind: 'postgres'; url: string } | { kind: 'pglite'; directory: string };

/** Where a set of options points: the same target is the same database. */
export function resolveDatabaseTarget(options: DatabaseOptions): DatabaseTarget {
  const url = options.databaseUrl?.trim();
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  return { kind: 'pglite', directory: path.resolve(options.dataDir, 'pglite') };
}

function describeTarget(target: DatabaseTarget): string {
  return target.kind === 'postgres' ? `postgres:${target.url}` : `pglite:${target.directory}`;
}

interface PgliteHandle {
  pglite: PGlite;
  users: number;
}

// PGlite is one PostgreSQL backend writing straight into its folder: two instances on the same
// folder in one process would corrupt it, so the app and the migration runner share one.
const openPglites = new Map<string, Promise<PgliteHandle>>();

/** Opens (or joins) the process's PGlite instance for a folder; release it with the returned function. */
export async function acquirePglite(
  directory: string,
): Promise<{ pglite: PGlite; release(): Promise<void> }> {
  let pending = openPglites.get(directory);
  if (!pending) {
    pending = (async () => {
      await mkdir(directory, { recursive: true });
      // Loaded only for the embedded database: a PostgreSQL deployment never needs it.
      const { PGlite } = await import('@electric-sql/pglite');
      const pglite = await PGlite.create({ dataDir: directory });
      return { pglite, users: 0 };
    })();
    openPglites.set(directory, pending);
    pending.catch(() => openPglites.delete(directory));
  }
  const handle = await pending;
  handle.users += 1;
  let released = false;
  return {
    pglite: handle.pglite,
    async release() {
      if (released) return;
      released = true;
      handle.users -= 1;
      if (handle.users > 0) return;
      openPglites.delete(directory);
      // A clean close checkpoints, so the next process (migrate → seed → server) opens it fast.
      await handle.pglite.close();
    },
  };
}

/** How long a health check waits for `SELECT 1`. */
export const PING_TIMEOUT_MS = 2_000;
/** How long a request waits for a new PostgreSQL connection, and for one query's answer. */
const CONNECT_TIMEOUT_MS = 3_000;
const QUERY_TIMEOUT_MS = 15_000;

const openDatabases = new Map<string, Promise<Database>>();

/**
 * One client per process: asking again for the same target returns the same
 * Database until it is closed.
 */
export function openDatabase(options: DatabaseOptions): Promise<Database> {
  const target = resolveDatabaseTarget(options);
  const key = describeTarget(target);
  let pending = openDatabases.get(key);
  if (!pending) {
    pending = createDatabase(target, () => openDatabases.delete(key));
    openDatabases.set(key, pending);
    pending.catch(() => openDatabases.delete(key));
  }
  return pending;
}

async function createDatabase(target: DatabaseTarget, forget: () => void): Promise<Database> {
  if (target.kind === 'postgres') {
    const adapter = new PrismaPg({
      connectionString: target.url,
      // pg closes a connection after 10 s idle by default, so the first request after a quiet
      // spell paid for a new one (TCP, startup, auth: ~50 ms). Keep them open and alive.
      idleTimeoutMillis: 0,
      keepAlive: true,
      // A server that stops answering must cost a request seconds, not forever: the request
      // gets a 503 problem (plugins/app/errors.ts) and the pool tries afresh for the next one.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
    });
    const prisma = new PrismaClient({ adapter });
    await prisma.$connect();
    return wrapClient(prisma, 'postgres', async () => {
      forget();
      await prisma.$disconnect();
    });
  }
  const { pglite, release } = await acquirePglite(target.directory);
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return wrapClient(prisma, 'pglite', async () => {
    forget();
    await prisma.$disconnect();
    await release();
  });
}

function wrapClient(
  prisma: PrismaClient,
  kind: Database['kind'],
  closeOnce: () => Promise<void>,
): Database {
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind,
    async ping() {
      // A health check that hangs with the database is no health check: answer within the
      // deadline either way (a load balancer's probe gives up after a few seconds).
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
      });
      const answer = prisma.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answer, deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    close() {
      closing ??= closeOnce();
      return closing;
    },
  };
}
