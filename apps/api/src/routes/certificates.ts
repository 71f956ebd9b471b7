import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { textSchema } from '@ssc/domain/safe-input';
import { verifyCertificate } from '../services/verify-certificate.ts';
import { certificateVerificationSchema } from '@ssc/domain/contract/applications';
import { problems } from './schemas.ts';

const certificates: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/certificates/:serial/verification',
    {
      schema: {
        summary: 'Is this cancellation certificate genuine? (for banks and other third parties)',
        params: z.object({ serial: textSchema().min(1).max(40) }),
        response: {
          200: certificateVerificationSchema,
          ...problems(404),
        },
      },
    },
    async (request) => verifyCertificate(app.prisma, request.params.serial),
  );
};

export default certificates;
