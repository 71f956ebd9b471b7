import { buildApp, loggerOptions } from './app.ts';
import { readConfig } from './config.ts';

// Only creates, registers and listens; everything else lives in the app plugin.
const config = readConfig();
const app = await buildApp({
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  webDist: config.webDist,
  secret: process.env.APP_SECRET,
  logger: loggerOptions(config.logLevel),
  rateLimits: config.rateLimits,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}

await app.listen({ host: config.host, port: config.port });
