import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { trackingBodySchema, trackingResultSchema } from '@ssc/domain/contract/applications';
import { normaliseReadableCode } from '@ssc/domain/reference';
import { localeOf } from '../lib/i18n.ts';
import { tooManyRequests } from '../plugins/external/rate-limit.ts';
import { Problem } from '../lib/problem.ts';
import { trackApplication } from '../services/track-application.ts';
import { problems } from './schemas.ts';
import type { RateLimits } from './rate-limits.ts';

const tracking: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  const missesOfReference = app.createRateLimit({
    ...rateLimits.trackingMissesPerReference,
    keyGenerator: (request) => {
      const body = request.body as { reference: string };
      return `tracking-reference:${normaliseReadableCode(body.reference)}`;
    },
  });

  app.post(
    '/tracking',
    {
      // The pair (reference, ID number) is the only secret here: limit guessing.
      config: { rateLimit: rateLimits.tracking },
      schema: {
        summary:
          'Status of an application by reference and the cardholder ID number (no login, no personal data)',
        body: trackingBodySchema,
        response: {
          200: trackingResultSchema,
          ...problems(404, 422, 429),
        },
      },
    },
    async (request, reply) => {
      // A peek first: a reference whose misses are used up answers 429 before any look-up,
      // so a right guess in that state is not confirmed either.
      const misses = await missesOfReference(request, { increment: false });
      // A peek counts nothing: `remaining` 0 means the allowance of misses is used up.
      if (!misses.isAllowed && misses.remaining <= 0)
        throw tooManyRequests(reply, misses.ttlInSeconds);
      try {
        return await trackApplication(app.prisma, app.secrets, {
          ...request.body,
          locale: localeOf(request),
        });
      } catch (error) {
        if (error instanceof Problem && error.status === 404) await missesOfReference(request);
        throw error;
      }
    },
  );
};

export default tracking;
