import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

/** Per-route limits are set on the routes; nothing is limited unless a route asks. */
export default fp(
  async (app) => {
    await app.register(rateLimit, { global: false });
  },
  { name: 'rate-limit' },
);
