import fp from 'fastify-plugin';
import { openClamdScan } from '../../lib/clamd.ts';

import type { VirusScanner } from '../../lib/virus-scanner.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when no clamd is configured (CLAMD_HOST/CLAMD_PORT unset). */
    virusScanner: VirusScanner | null;
  }
}

/**
 * When CLAMD_HOST and CLAMD_PORT are set, every upload is streamed to clamd
 * before it is accepted, and an unreachable clamd refuses uploads (fail closed) rather than
 * letting them through unscanned.
 */
export default fp<{ clamd?: { host: string; port: number } | undefined }>(
  async (app, options) => {
    let clamd = options.clamd;
    if (!clamd && process.env.CLAMD_HOST && process.env.CLAMD_PORT) {
      const port = Number(process.env.CLAMD_PORT);
      if (!Number.isInteger(port) || port <= 0 || port > 65535) {
        throw new Error(`CLAMD_PORT must be a port number, got "${process.env.CLAMD_PORT}"`);
      }
      clamd = { host: process.env.CLAMD_HOST, port };
    }
    const target = clamd;
    app.decorate('virusScanner', target ? { open: () => openClamdScan(target) } : null);
  },
  { name: 'virus-scan' },
);
