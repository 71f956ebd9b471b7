import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * API answers are never stored by a browser or a proxy unless a route says otherwise (the
 * public list of centres does): they carry ID numbers, names, tokens and sessions, and a
 * shared computer's cache or a carrier's proxy must not keep them.
 */
export const API_CACHE_CONTROL = 'no-store';

/** A year, as browsers' preload lists expect; sent only over HTTPS (behind TRUST_PROXY). */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Security headers for every response; the CSP allows only our own scripts and styles. */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', API_CACHE_CONTROL);
      }
      // The service speaks plain HTTP behind a TLS-terminating proxy; request.protocol is
      // https only when TRUST_PROXY trusts that proxy's X-Forwarded-Proto.
      if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
      return payload;
    });
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'blob:', 'data:'],
          connectSrc: ["'self'"],
          // The staff PDF viewer runs pdf.js's parser in a worker built into our own assets
          // (docs/decisions/008-staff-pdf-viewer.md). Said outright rather than left to fall back
          // on script-src, so a later change there cannot open workers to other origins or blob:.
          workerSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // Set above, per request, so that it is never sent over plain HTTP.
      hsts: false,
      // The same as the CSP's frame-ancestors 'none', for browsers that only know this header.
      frameguard: { action: 'deny' },
    });
  },
  { name: 'helmet' },
);
