import type { FastifyReply } from 'fastify';
import { SUPERVISING_ROLES } from '@ssc/domain/staff-roles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditFilterSchema,
  auditPageSchema,
  auditQuerySchema,
  dashboardSchema,
  newStaffAccountSchema,
  staffAccountChangeSchema,
  staffAccountSchema,
  staffAccountsSchema,
} from '@ssc/domain/contract/back-office';
import { localeOf } from '../../lib/i18n.ts';
import { exportAuditCsv } from '../../services/export-audit-csv.ts';
import { listAuditEvents } from '../../services/list-audit-events.ts';
import { describeDashboard } from '../../services/staff-dashboard.ts';
import { createStaffUser } from '../../services/create-staff-user.ts';
import { listStaffUsers } from '../../services/list-staff-users.ts';
import { updateStaffUser } from '../../services/update-staff-user.ts';
import { fileResponse, problems, uuidParam } from '../schemas.ts';

const security = [{ staffSession: [] }];

/** Audit trail, dashboard and staff management: the supervisor's side of the back office. */
const backOffice: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireStaff);

  app.get(
    '/staff/audit',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'The audit trail, newest first (supervisors: own centre; admins: all)',
        security,
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...problems(401, 403, 422) },
      },
    },
    async (request) => listAuditEvents(app.prisma, app.personalData, request.staff!, request.query),
  );

  app.get(
    '/staff/audit.csv',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'The audit trail as CSV, same filters (formula-looking cells are neutralised)',
        security,
        querystring: auditFilterSchema,
        response: {
          200: fileResponse('The audit events, one row each, as an attachment', 'text/csv'),
          ...problems(401, 403),
        },
      },
    },
    async (request, typedReply) => {
      // The 200 in the schema only documents the file; the CSV is sent as it is, not serialised.
      const reply: FastifyReply = typedReply;
      const csv = await exportAuditCsv(app.prisma, app.personalData, request.staff!, request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(csv);
    },
  );

  app.get(
    '/staff/dashboard',
    {
      schema: {
        summary: 'Counts by status, oldest waiting, median hours to decision (30 days), per centre',
        security,
        response: { 200: dashboardSchema, ...problems(401) },
      },
    },
    async (request) => describeDashboard(app.prisma, request.staff!, { now: app.clock.now() }),
  );

  app.get(
    '/staff/users',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'Staff accounts (supervisors: own centre; admins: all)',
        security,
        response: { 200: staffAccountsSchema, ...problems(401, 403) },
      },
    },
    async (request) => listStaffUsers(app.prisma, request.staff!),
  );

  app.post(
    '/staff/users',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'Create a staff account (supervisors cannot create admins)',
        security,
        body: newStaffAccountSchema,
        response: { 201: staffAccountSchema, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createStaffUser(app.prisma, request.staff!, {
          ...request.body,
          locale: localeOf(request),
        }),
      ),
  );

  app.patch(
    '/staff/users/:id',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'Change a role, disable an account or set a new password (which lifts a lock)',
        security,
        params: z.object({ id: uuidParam }),
        body: staffAccountChangeSchema,
        response: { 200: staffAccountSchema, ...problems(401, 403, 404, 422) },
      },
    },
    async (request) =>
      updateStaffUser(app.prisma, request.staff!, {
        id: request.params.id,
        ...request.body,
        locale: localeOf(request),
      }),
  );
};

export default backOffice;
