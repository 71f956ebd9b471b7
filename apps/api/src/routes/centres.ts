import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { centreSchema } from './schemas.ts';
import { z } from 'zod';

const centres: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/centres',
    {
      schema: {
        summary:
          'Service centres where the cardholder or agent can collect the certificate (Guide §II.2)',
        response: { 200: z.array(centreSchema) },
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
