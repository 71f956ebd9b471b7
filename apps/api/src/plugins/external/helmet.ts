import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/** Security headers for every response; the CSP allows only our own scripts and styles. */
export default fp(
  async (app) => {
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
      hsts: false,
    });
  },
  { name: 'helmet' },
);
