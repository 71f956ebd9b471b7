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
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // Staff preview PDFs from our own origin in an <iframe>/<object>.
      crossOriginEmbedderPolicy: false,
      hsts: false,
    });
  },
  { name: 'helmet' },
);
