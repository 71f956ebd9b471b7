import { constants } from 'node:zlib';
import fp from 'fastify-plugin';
import compress from '@fastify/compress';

/**
 * Compresses API answers above 1 KiB (staff lists, the audit trail, the dashboard) for slow
 * links. Brotli at quality 4 costs about what gzip does per request and gives smaller bodies;
 * its default (11) is meant for build-time work. Small answers, the precompressed web assets
 * (already carrying Content-Encoding) and binary downloads are left as they are.
 */
export default fp(
  async (app) => {
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ['br', 'gzip'],
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
      customTypes: /^(application\/(json|problem\+json)|text\/(csv|html|plain))(;|$)/,
    });
  },
  { name: 'compress' },
);
