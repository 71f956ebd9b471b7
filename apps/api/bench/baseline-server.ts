// The yardsticks the bench divides by, run in their own process like the API: a bare Fastify
// hello world, and a bare Fastify route running one indexed PostgreSQL query by primary key.
import Fastify from 'fastify';
import pg from 'pg';

const port = Number(process.env.PORT);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 0 });
const app = Fastify({ logger: false });

app.get('/hello', async () => ({ hello: 'world' }));
app.get<{ Querystring: { id: string } }>('/pk', async (request) => {
  const { rows } = await pool.query(
    'SELECT id, reference, status FROM "Application" WHERE id = $1',
    [request.query.id],
  );
  return rows[0] ?? null;
});

await app.listen({ host: '127.0.0.1', port });
process.once('SIGTERM', () => {
  void app.close().then(() => pool.end().then(() => process.exit(0)));
});
