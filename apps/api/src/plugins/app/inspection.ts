import fp from 'fastify-plugin';
import { createInspector, type Inspector } from '../../lib/inspection-worker.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Judges uploaded files in a separate process (lib/inspection-worker.ts). */
    inspector: Inspector;
  }
}

/** The file inspection worker, started on the first upload, stopped on close. */
export default fp<{ timeoutMs?: number | undefined }>(
  async (app, options) => {
    const inspector = createInspector({ timeoutMs: options.timeoutMs });
    app.decorate('inspector', inspector);
    app.addHook('onClose', async () => inspector.close());
  },
  { name: 'inspection' },
);
