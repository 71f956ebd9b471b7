import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The web app built by `pnpm build`, served from the same origin unless WEB_DIST says otherwise.
const bundledWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppConfig {
  host: string;
  port: number;
  /** Folder for the embedded database, uploaded scans and key files. */
  dataDir: string;
  /** A postgres:// URL switches from the embedded PGlite to PostgreSQL. */
  databaseUrl: string | undefined;
  /** Built web app to serve at `/`; absent in API-only tests. */
  webDist: string | undefined;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    webDist: env.WEB_DIST
      ? path.resolve(env.WEB_DIST)
      : existsSync(path.join(bundledWebDist, 'index.html'))
        ? bundledWebDist
        : undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
