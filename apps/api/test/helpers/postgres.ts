import pg from 'pg';

// Apart from database.ts so that the suite's config can ask too, without importing Vitest.

export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
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

export function checkPostgres(): Promise<{ ok: true } | { ok: false; reason: string }> {
  availability ??= withAdminClient((client) => client.query('SELECT 1')).then(
    () => ({ ok: true }) as const,
    // Only the driver's message (e.g. ECONNREFUSED host:port): the URL may hold a password.
    (error: unknown) =>
      ({ ok: false, reason: error instanceof Error ? error.message : String(error) }) as const,
  );
  return availability;
}
