import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RateLimits } from './rate-limits.ts';
import { problems } from './schemas.ts';

const health: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  app.get(
    '/health',
    {
      // Every call pings the database and needs no credentials, so it is limited per address.
      config: { rateLimit: rateLimits.publicRead },
      schema: {
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok') }),
          503: z.object({ status: z.literal('unavailable') }),
          ...problems(429),
        },
      },
    },
    async (_request, reply) => {
      const up = await app.db.ping();
      return up
        ? { status: 'ok' as const }
        : reply.code(503).send({ status: 'unavailable' as const });
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};

export default health;
