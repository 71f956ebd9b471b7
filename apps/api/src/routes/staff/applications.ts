import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APPLICATION_STATUSES } from '@ssc/domain/codes';
import { localeOf } from '../../lib/i18n.ts';
import {
  approveApplication,
  listQueue,
  openDocumentAsStaff,
  viewApplicationAsStaff,
} from '../../services/staff-review.ts';
import { applicationViewSchema, problems, statusSchema, uuidParam } from '../schemas.ts';

const security = [{ staffSession: [] }];

const staffApplications: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireStaff);

  app.get(
    '/staff/applications',
    {
      schema: {
        summary: "The review queue of the signed-in staff member's centre, oldest first",
        security,
        querystring: z.object({
          status: z
            .union([z.enum(APPLICATION_STATUSES), z.array(z.enum(APPLICATION_STATUSES))])
            .optional()
            .transform((s) =>
              s === undefined
                ? (['SUBMITTED', 'UNDER_REVIEW'] as const)
                : Array.isArray(s)
                  ? s
                  : [s],
            ),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                reference: z.string(),
                status: statusSchema,
                reason: z.string().nullable(),
                filerRole: z.string(),
                cardholderName: z.string(),
                submittedAt: z.string().nullable(),
              }),
            ),
          }),
          ...problems(401, 422),
        },
      },
    },
    async (request) => ({
      items: await listQueue(app.prisma, request.staff!, { statuses: [...request.query.status] }),
    }),
  );

  app.get(
    '/staff/applications/:id',
    {
      schema: {
        summary: 'One application with the full answers (recorded in the audit trail)',
        security,
        params: z.object({ id: uuidParam }),
        response: { 200: applicationViewSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      viewApplicationAsStaff(app.prisma, request.staff!, {
        id: request.params.id,
        today: app.clock.today(),
      }),
  );

  app.get(
    '/staff/applications/:id/documents/:documentId/content',
    {
      schema: {
        summary: 'A scan, inline or (with download=1) as an attachment; every access is audited',
        security,
        params: z.object({ id: uuidParam, documentId: uuidParam }),
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const download = request.query.download === '1';
      const document = await openDocumentAsStaff(app.prisma, request.staff!, {
        applicationId: request.params.id,
        documentId: request.params.documentId,
        download,
      });
      const extension =
        { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }[
          document.contentType
        ] ?? 'bin';
      return reply
        .header('content-type', document.contentType)
        .header('content-length', document.size)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header(
          'content-security-policy',
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        )
        .header(
          'content-disposition',
          `${download ? 'attachment' : 'inline'}; filename="${document.kind.toLowerCase()}.${extension}"`,
        )
        .send(app.storage.read(document.storageKey));
    },
  );

  app.post(
    '/staff/applications/:id/approve',
    {
      schema: {
        summary:
          'Approve: issues the certificate, ready for pickup (Guide §II.4–5; Art. 26 for deaths and disappearances)',
        security,
        params: z.object({ id: uuidParam }),
        body: z.object({
          expensesSettledConfirmed: z.literal(true, {
            error: 'error.approval.expensesSettledConfirmed',
          }),
          hrssClosedConfirmed: z.boolean().optional(),
          note: z.string().trim().max(1000).optional(),
        }),
        response: {
          200: z.object({
            status: z.literal('CERTIFICATE_READY'),
            certificate: z.object({ serial: z.string() }),
          }),
          ...problems(401, 404, 409, 422),
        },
      },
    },
    async (request) =>
      approveApplication(app.prisma, request.staff!, {
        id: request.params.id,
        ...request.body,
        today: app.clock.today(),
        now: app.clock.now(),
        locale: localeOf(request),
      }),
  );
};

export default staffApplications;
