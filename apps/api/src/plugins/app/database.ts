import fp from 'fastify-plugin';
import { openDatabase, type Database } from '../../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    prisma: Database['prisma'];
  }
}

export interface DatabasePluginOptions {
  /** Use an already open database (tests); otherwise open one from these settings. */
  database?: Database;
  databaseUrl?: string | undefined;
  dataDir: string;
}

export default fp<DatabasePluginOptions>(
  async (app, options) => {
    const owned = !options.database;
    const database =
      options.database ??
      (await openDatabase({
        dataDir: options.dataDir,
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
      }));
    app.decorate('db', database);
    app.decorate('prisma', database.prisma);
    if (owned) app.addHook('onClose', async () => database.close());
  },
  { name: 'database' },
);
