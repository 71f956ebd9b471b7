import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bookVisitBodySchema, visitSchema, visitSlotsResponseSchema } from '@ssc/domain/visit';
import { localeOf } from '../lib/i18n.ts';
import { bookVisit } from '../services/book-visit.ts';
import { cancelVisit } from '../services/cancel-visit.ts';
import { listVisitSlotsOfApplication } from '../services/list-visit-slots.ts';
import { problems, uuidParam } from './schemas.ts';
import type { RateLimits } from './rate-limits.ts';

const idParams = z.object({ id: uuidParam });
const security = [{ applicationToken: [] }];

/**
 * docs/rules.md §5.1: the applicant books the one visit to the centre. Under the application's
 * own path, so the web app's cookie (scoped to it) and the applicant's token reach it the
 * same way as every other applicant operation (docs/decisions/004-authentication.md).
 */
const visits: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  const applicantOnly = {
    onRequest: app.requireApplicant,
    config: { rateLimit: rateLimits.applicant },
  };

  app.get(
    '/applications/:id/visit-slots',
    {
      ...applicantOnly,
      schema: {
        summary:
          'The free visit slots of the chosen centre for the next 14 days, once approved (409 before)',
        security,
        params: idParams,
        response: { 200: visitSlotsResponseSchema, ...problems(401, 404, 409, 429) },
      },
    },
    async (request) =>
      listVisitSlotsOfApplication(app.prisma, {
        applicationId: request.params.id,
        now: app.clock.now(),
        locale: localeOf(request),
      }),
  );

  app.put(
    '/applications/:id/visit',
    {
      ...applicantOnly,
      schema: {
        summary:
          'Book the visit (201), or move it (200) until 2 hours before it; 409 slot-full offers the next free slots',
        security,
        params: idParams,
        body: bookVisitBodySchema,
        response: {
          200: visitSchema,
          201: visitSchema,
          ...problems(401, 403, 404, 409, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const { visit, created } = await bookVisit(app.prisma, {
        applicationId: request.params.id,
        start: request.body.start,
        now: app.clock.now(),
        locale: localeOf(request),
      });
      return reply.code(created ? 201 : 200).send(visit);
    },
  );

  app.delete(
    '/applications/:id/visit',
    {
      ...applicantOnly,
      schema: {
        summary: 'Cancel the booked visit, until 2 hours before it (409 after)',
        security,
        params: idParams,
        response: { 204: z.null(), ...problems(401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await cancelVisit(app.prisma, {
        applicationId: request.params.id,
        now: app.clock.now(),
        locale: localeOf(request),
      });
      return reply.code(204).send(null);
    },
  );
};

export default visits;
