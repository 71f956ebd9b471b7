import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { centresSchema } from '@ssc/domain/contract/applications';
import type { RateLimits } from './rate-limits.ts';
import { problems } from './schemas.ts';

const centres: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  app.get(
    '/centres',
    {
      // Public and read from the database on every call, so it is limited per address.
      config: { rateLimit: rateLimits.publicRead },
      schema: {
        summary:
          'Service centres where the cardholder or agent can collect the certificate (Guide §II.2)',
        // 503: the database does not answer (docs/api.md "General").
        response: { 200: centresSchema, ...problems(429, 503) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return app.prisma.serviceCentre.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, nameZh: true, nameEn: true, addressZh: true, addressEn: true },
      });
    },
  );
};

export default centres;
