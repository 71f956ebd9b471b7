import type { FastifyReply } from 'fastify';
import { currentPasswordSchema, newStaffPasswordSchema } from '@ssc/domain/staff-password';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditCursorSchema,
  queryDateSchema,
  queryIntegerSchema,
  textSchema,
  uuidSchema,
} from '@ssc/domain/safe-input';
import { staffRoleSchema } from '@ssc/domain/staff-roles';
import { requireSupervising } from '../../plugins/app/staff-auth.ts';
import { localeOf } from '../../lib/i18n.ts';
import { exportAuditCsv, listAuditEvents } from '../../services/staff-audit.ts';
import { describeDashboard } from '../../services/staff-dashboard.ts';
import { createStaffUser, listStaffUsers, updateStaffUser } from '../../services/staff-users.ts';
import { centreSchema, fileResponse, problems, statusSchema, uuidParam } from '../schemas.ts';

const security = [{ staffSession: [] }];

const auditFilter = z.object({
  action: textSchema().trim().max(60).optional(),
  actorId: uuidSchema.optional(),
  applicationId: uuidSchema.optional(),
  from: queryDateSchema.optional(),
  to: queryDateSchema.optional(),
});

const staffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  centreId: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

/** Audit trail, dashboard and staff management: the supervisor's side of the back office. */
const backOffice: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireStaff);

  app.get(
    '/staff/audit',
    {
      schema: {
        summary: 'The audit trail, newest first (supervisors: own centre; admins: all)',
        security,
        querystring: auditFilter.extend({
          cursor: auditCursorSchema.optional(),
          limit: queryIntegerSchema(1, 200).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                at: z.string(),
                actorType: z.string(),
                actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
                action: z.string(),
                applicationId: z.string().nullable(),
                reference: z.string().nullable(),
                documentId: z.string().nullable(),
                detail: z.unknown(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
          ...problems(401, 403, 422),
        },
      },
    },
    async (request) => {
      requireSupervising(request.staff!);
      return listAuditEvents(app.prisma, app.personalData, request.staff!, request.query);
    },
  );

  app.get(
    '/staff/audit.csv',
    {
      schema: {
        summary: 'The audit trail as CSV, same filters (formula-looking cells are neutralised)',
        security,
        querystring: auditFilter,
        response: {
          200: fileResponse('The audit events, one row each, as an attachment', 'text/csv'),
          ...problems(401, 403),
        },
      },
    },
    async (request, typedReply) => {
      // The 200 in the schema only documents the file; the CSV is sent as it is, not serialised.
      const reply: FastifyReply = typedReply;
      requireSupervising(request.staff!);
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
        response: {
          200: z.object({
            centres: z.array(
              z.object({
                centre: centreSchema,
                countsByStatus: z.partialRecord(statusSchema, z.number().int()),
                oldestWaiting: z
                  .object({ reference: z.string(), submittedAt: z.string() })
                  .nullable(),
                medianHoursToDecision30d: z.number().nullable(),
              }),
            ),
          }),
          ...problems(401),
        },
      },
    },
    async (request) => describeDashboard(app.prisma, request.staff!, { now: app.clock.now() }),
  );

  app.get(
    '/staff/users',
    {
      schema: {
        summary: 'Staff accounts (supervisors: own centre; admins: all)',
        security,
        response: { 200: z.object({ items: z.array(staffUserSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => listStaffUsers(app.prisma, request.staff!),
  );

  app.post(
    '/staff/users',
    {
      schema: {
        summary: 'Create a staff account (supervisors cannot create admins)',
        security,
        body: z.object({
          username: textSchema()
            .trim()
            .min(3, 'error.username.required')
            .max(80)
            .regex(/^[a-z0-9._-]+$/i, 'error.username.required'),
          displayName: textSchema().trim().min(1, 'error.name.required').max(80),
          role: staffRoleSchema,
          password: newStaffPasswordSchema,
          centreId: textSchema().max(40).optional(),
          // step-up: the actor's own password, asked again for every change to an account
          currentPassword: currentPasswordSchema,
        }),
        response: { 201: staffUserSchema, ...problems(401, 403, 409, 422) },
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
      schema: {
        summary: 'Change a role, disable an account or set a new password (which lifts a lock)',
        security,
        params: z.object({ id: uuidParam }),
        body: z.object({
          role: staffRoleSchema.optional(),
          disabled: z.boolean().optional(),
          password: newStaffPasswordSchema.optional(),
          currentPassword: currentPasswordSchema,
        }),
        response: { 200: staffUserSchema, ...problems(401, 403, 404, 422) },
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
