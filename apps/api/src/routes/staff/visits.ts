import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ADMIN_ROLES, SUPERVISING_ROLES } from '@ssc/domain/staff-roles';
import { z } from 'zod';
import { textSchema } from '@ssc/domain/safe-input';
import {
  closedDayBodySchema,
  publicHolidayBodySchema,
  visitDateSchema,
  visitOutcomeBodySchema,
  visitScheduleBodySchema,
} from '@ssc/domain/visit';
import { localeOf } from '../../lib/i18n.ts';
import { closeCentreDay } from '../../services/close-centre-day.ts';
import { reopenCentreDay } from '../../services/reopen-centre-day.ts';
import { describeVisitSchedule } from '../../services/describe-visit-schedule.ts';
import { listDayVisits } from '../../services/list-day-visits.ts';
import { recordVisitOutcome } from '../../services/record-visit-outcome.ts';
import { listPublicHolidays } from '../../services/list-public-holidays.ts';
import { removePublicHoliday } from '../../services/remove-public-holiday.ts';
import { setPublicHoliday } from '../../services/set-public-holiday.ts';
import { updateVisitSchedule } from '../../services/update-visit-schedule.ts';
import {
  centreScheduleSchema,
  closedDaySetSchema,
  dayVisitSchema,
  dayVisitsSchema,
  publicHolidaySetSchema,
  publicHolidaysSchema,
} from '@ssc/domain/contract/staff-visits';
import { problems, uuidParam } from '../schemas.ts';

const security = [{ staffSession: [] }];
/** A centre's id as the centres list gives it (`SH-HUANGPU`); an unknown one is a 404. */
const centreParams = z.object({ centreId: textSchema().min(1).max(40) });
const centreDayParams = centreParams.extend({ date: visitDateSchema });

const scheduleSchema = centreScheduleSchema;

/**
 * docs/rules.md §5.1: the centres' visit schedules (hours, slots, closed days; public holidays
 * for administrators) and the counter's day of bookings, where staff record who came.
 */
const staffVisits: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireStaff);

  app.get(
    '/staff/centres/:centreId/visit-schedule',
    {
      schema: {
        summary: "A centre's visit schedule: hours, slot length and capacity, closed days to come",
        security,
        params: centreParams,
        response: { 200: scheduleSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      describeVisitSchedule(app.prisma, request.staff!, {
        centreId: request.params.centreId,
        today: app.clock.today(),
      }),
  );

  app.put(
    '/staff/centres/:centreId/visit-schedule',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary:
          "Set a centre's hours, slot length and capacity (supervisors: own centre; admins: any); bookings made keep their place",
        security,
        params: centreParams,
        body: visitScheduleBodySchema,
        response: { 200: scheduleSchema, ...problems(401, 403, 404, 422) },
      },
    },
    async (request) =>
      updateVisitSchedule(app.prisma, request.staff!, {
        centreId: request.params.centreId,
        ...request.body,
        now: app.clock.now(),
        today: app.clock.today(),
      }),
  );

  app.put(
    '/staff/centres/:centreId/closed-days/:date',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary:
          'Close a centre for a day (supervisors: own centre; admins: any); answers how many bookings it holds',
        security,
        params: centreDayParams,
        body: closedDayBodySchema,
        response: {
          200: closedDaySetSchema,
          ...problems(401, 403, 404, 422),
        },
      },
    },
    async (request) =>
      closeCentreDay(app.prisma, request.staff!, {
        ...request.params,
        reason: request.body.reason,
        today: app.clock.today(),
        locale: localeOf(request),
      }),
  );

  app.delete(
    '/staff/centres/:centreId/closed-days/:date',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'Open a closed day again (204 also when it was not closed)',
        security,
        params: centreDayParams,
        response: { 204: z.null(), ...problems(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      await reopenCentreDay(app.prisma, request.staff!, request.params);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/staff/centres/:centreId/visits',
    {
      schema: {
        summary:
          "A centre's bookings for one day (default today), in time order, names masked as in the queue",
        security,
        params: centreParams,
        querystring: z.object({ date: visitDateSchema.optional() }),
        response: {
          200: dayVisitsSchema,
          ...problems(401, 404, 422),
        },
      },
    },
    async (request) =>
      listDayVisits(app.prisma, app.personalData, request.staff!, {
        centreId: request.params.centreId,
        date: request.query.date ?? app.clock.today(),
      }),
  );

  app.post(
    '/staff/visits/:visitId/outcome',
    {
      schema: {
        summary:
          'Record at the counter that the person came (ARRIVED) or did not (NO_SHOW: the place is freed and the applicant books again)',
        security,
        params: z.object({ visitId: uuidParam }),
        body: visitOutcomeBodySchema,
        response: { 200: dayVisitSchema, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      recordVisitOutcome(app.prisma, app.personalData, request.staff!, {
        visitId: request.params.visitId,
        outcome: request.body.outcome,
        now: app.clock.now(),
      }),
  );

  app.get(
    '/staff/public-holidays',
    {
      schema: {
        summary: 'The public holidays to come, on which every centre is closed',
        security,
        response: { 200: publicHolidaysSchema, ...problems(401) },
      },
    },
    async () => listPublicHolidays(app.prisma, { today: app.clock.today() }),
  );

  app.put(
    '/staff/public-holidays/:date',
    {
      config: { staffRoles: ADMIN_ROLES },
      schema: {
        summary:
          'Set a public holiday, closing every centre (admins); answers how many bookings it holds',
        security,
        params: z.object({ date: visitDateSchema }),
        body: publicHolidayBodySchema,
        response: {
          200: publicHolidaySetSchema,
          ...problems(401, 403, 422),
        },
      },
    },
    async (request) =>
      setPublicHoliday(app.prisma, request.staff!, {
        date: request.params.date,
        ...request.body,
        today: app.clock.today(),
        locale: localeOf(request),
      }),
  );

  app.delete(
    '/staff/public-holidays/:date',
    {
      config: { staffRoles: ADMIN_ROLES },
      schema: {
        summary: 'Remove a public holiday (admins; 204 also when it was none)',
        security,
        params: z.object({ date: visitDateSchema }),
        response: { 204: z.null(), ...problems(401, 403, 422) },
      },
    },
    async (request, reply) => {
      await removePublicHoliday(app.prisma, request.staff!, { date: request.params.date });
      return reply.code(204).send(null);
    },
  );
};

export default staffVisits;
