import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { textSchema } from '@ssc/domain/safe-input';
import { localeOf } from '../lib/i18n.ts';
import { trackApplication } from '../services/track-application.ts';
import { centreSchema, problems, statusSchema } from './schemas.ts';
import type { RateLimits } from './rate-limits.ts';

const tracking: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  app.post(
    '/tracking',
    {
      // The pair (reference, ID number) is the only secret here: limit guessing.
      config: { rateLimit: rateLimits.tracking },
      schema: {
        summary:
          'Status of an application by reference and the cardholder ID number (no login, no personal data)',
        body: z.object({
          reference: textSchema({ error: 'error.reference.required' })
            .trim()
            .min(4, 'error.reference.required')
            .max(40),
          idNumber: textSchema({ error: 'error.idNumber.required' })
            .trim()
            .min(1, 'error.idNumber.required')
            .max(40),
        }),
        response: {
          200: z.object({
            reference: z.string(),
            status: statusSchema,
            timeline: z.array(z.object({ status: statusSchema, at: z.string() })),
            pickup: z.object({ centre: centreSchema, readyAt: z.string() }).optional(),
            // what to fix (kinds, answer paths and reason codes only: no personal data)
            corrections: z
              .array(
                z.object({
                  kind: z.string().optional(),
                  field: z.string().optional(),
                  reason: z.string(),
                  message: z.string(),
                }),
              )
              .optional(),
            rejection: z.object({ reason: z.string(), message: z.string() }).optional(),
          }),
          ...problems(404, 422, 429),
        },
      },
    },
    async (request) =>
      trackApplication(app.prisma, app.secrets, { ...request.body, locale: localeOf(request) }),
  );
};

export default tracking;
