import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app from the same origin (docs/api.md "General"). Hashed assets are
 * cached for a year; index.html never, so a new release reaches phones at once. The build
 * writes brotli and gzip copies beside each text asset; `preCompressed` sends the one the
 * browser's Accept-Encoding allows (brotli first) with `Vary: Accept-Encoding`.
 */
export default fp<{ root: string }>(
  async (app, options) => {
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(reply, filePath) {
        if (filePath.includes('/assets/')) {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  },
  { name: 'web' },
);
