import { sendCertificatePdf } from '../send-pdf.ts';
import { SUPERVISING_ROLES } from '@ssc/domain/staff-roles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  queryIntegerSchema,
  rowVersionSchema,
  textSchema,
  uuidSchema,
} from '@ssc/domain/safe-input';
import { queueCursorSchema } from '../../lib/queue-cursor.ts';
import { queuePageSchema } from '@ssc/domain/contract/staff';
import {
  refineRejectionNote,
  rejectionDecisionShape,
  staffNoteSchema,
} from '@ssc/domain/staff-decisions';
import { normaliseReferenceSearch } from '@ssc/domain/reference';
import { STAFF_QUEUE_ASSIGNEE_FILTERS, STAFF_QUEUE_MAX_AGE_DAYS } from '@ssc/domain/status';
import {
  APPLICATION_STATUSES,
  correctableAnswerSchema,
  documentKindSchema,
  REASONS,
  REVIEW_DECISIONS,
  reviewReasonSchema,
} from '@ssc/domain/codes';
import { localeOf } from '../../lib/i18n.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffPrincipal } from '../../lib/staff-principal.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { DEFAULT_QUEUE_STATUSES, listQueue } from '../../services/list-queue.ts';
import { describeForStaff } from '../../services/describe-for-staff.ts';
import { viewApplicationAsStaff } from '../../services/view-application-as-staff.ts';
import { openDocumentAsStaff } from '../../services/open-document-as-staff.ts';
import { claimApplication } from '../../services/claim-application.ts';
import { reassignApplication } from '../../services/reassign-application.ts';
import { reviewDocument } from '../../services/review-document.ts';
import { returnForCorrection } from '../../services/return-for-correction.ts';
import { recordPrecondition } from '../../services/record-precondition.ts';
import { approveApplication } from '../../services/approve-application.ts';
import { rejectApplication } from '../../services/reject-application.ts';
import { recordPickup } from '../../services/record-pickup.ts';
import type { DecisionInput } from '../../services/staff-decision.ts';
import { openCertificateAsStaff } from '../../services/open-certificate-as-staff.ts';
import { fileResponse, problems, staffApplicationViewSchema, uuidParam } from '../schemas.ts';
import { ALLOWED_CONTENT_TYPES } from '../../lib/document-storage.ts';

const security = [{ staffSession: [] }];
const version = rowVersionSchema;
// Staff notes: the domain's one limit, as the review page checks it.
const note = staffNoteSchema;
const idParams = z.object({ id: uuidParam });
const decisionProblems = problems(401, 403, 404, 409, 422);

const staffApplications: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireStaff);

  type DecisionRequest = {
    staff: StaffPrincipal | null;
    params: { id: string };
    headers: FastifyRequest['headers'];
  };

  /**
   * A decision on an application: the operation, given what every decision takes (the id, the
   * clock, the reader's language, the vault) and its own fields; then the fresh view (and its
   * new version), which is what every decision answers.
   */
  const decide = async <Fields>(
    request: DecisionRequest,
    operation: (
      prisma: PrismaClient,
      staff: StaffPrincipal,
      input: DecisionInput & { today: string } & Fields,
    ) => Promise<unknown>,
    fields: Fields,
  ) => {
    await operation(app.prisma, request.staff!, {
      id: request.params.id,
      now: app.clock.now(),
      today: app.clock.today(),
      locale: localeOf(request),
      personalData: app.personalData,
      ...fields,
    });
    return describeForStaff(
      app.prisma,
      app.personalData,
      request.staff!,
      request.params.id,
      app.clock.today(),
      localeOf(request),
    );
  };

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
              s === undefined ? DEFAULT_QUEUE_STATUSES : Array.isArray(s) ? s : [s],
            ),
          reason: z.enum(REASONS, { error: 'error.reason.invalid' }).optional(),
          assignee: z.union([z.enum(STAFF_QUEUE_ASSIGNEE_FILTERS), uuidSchema]).optional(),
          minAgeDays: queryIntegerSchema(0, STAFF_QUEUE_MAX_AGE_DAYS).optional(),
          // Only what could start a reference: an ID number or a name typed here by mistake is
          // refused rather than searched for (the staff app never sends one; see the domain).
          reference: textSchema()
            .trim()
            .min(1)
            .max(40)
            .refine((term) => normaliseReferenceSearch(term) !== null, {
              error: 'error.reference.searchShape',
            })
            .optional(),
          cursor: queueCursorSchema.optional(),
          limit: queryIntegerSchema(1, 100).default(25),
        }),
        response: {
          200: queuePageSchema,
          ...problems(401, 422),
        },
      },
    },
    async (request) =>
      listQueue(app.prisma, app.personalData, request.staff!, {
        ...request.query,
        statuses: request.query.status,
        now: app.clock.now(),
      }),
  );

  app.get(
    '/staff/applications/:id',
    {
      schema: {
        summary: 'One application with the full answers (recorded in the audit trail)',
        security,
        params: idParams,
        response: { 200: staffApplicationViewSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      viewApplicationAsStaff(app.prisma, app.personalData, request.staff!, {
        id: request.params.id,
        today: app.clock.today(),
        locale: localeOf(request),
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
        response: {
          // The types an upload may have (apps/api/src/plugins/app/storage.ts).
          200: fileResponse('The scan as it was stored', ...ALLOWED_CONTENT_TYPES),
          ...problems(401, 404),
        },
      },
    },
    async (request, typedReply) => {
      // The 200 in the schema only documents the bytes; a stream is not a typed body.
      const reply: FastifyReply = typedReply;
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
      // The staff app reads these bytes with <img> or fetch (pdf.js draws PDFs to a canvas), so
      // the response never has to run as a document of its own. Opened directly or downloaded it
      // stays sandboxed with no script: a hostile upload cannot act in our origin, and the
      // browser's own PDF plug-in is kept out too (docs/decisions/008-staff-pdf-viewer.md).
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
    '/staff/applications/:id/claim',
    {
      schema: {
        summary: 'Claim an application for review (SUBMITTED → UNDER_REVIEW, assignee = me)',
        security,
        params: idParams,
        body: z.object({ version }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) => decide(request, claimApplication, { version: request.body.version }),
  );

  app.post(
    '/staff/applications/:id/reassign',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'Give the application to another reviewer of the centre (supervisors)',
        security,
        params: idParams,
        body: z.object({ staffId: uuidSchema, version }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) => decide(request, reassignApplication, request.body),
  );

  app.post(
    '/staff/applications/:id/documents/:documentId/review',
    {
      schema: {
        summary: 'Accept a scan, or reject it with a reason from the list (Guide §II.4)',
        security,
        params: z.object({ id: uuidParam, documentId: uuidParam }),
        body: z.object({
          decision: z.enum(REVIEW_DECISIONS),
          reason: reviewReasonSchema.optional(),
          note,
          version,
        }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) =>
      decide(request, reviewDocument, { documentId: request.params.documentId, ...request.body }),
  );

  app.post(
    '/staff/applications/:id/return',
    {
      schema: {
        summary: 'Return for correction (补正): which documents or answers to fix, and why',
        security,
        params: idParams,
        body: z.object({
          items: z
            .array(
              z.object({
                documentId: uuidSchema.optional(),
                kind: documentKindSchema.optional(),
                field: correctableAnswerSchema.optional(),
                reason: reviewReasonSchema,
                note,
              }),
            )
            .min(1, 'error.corrections.required')
            .max(40),
          message: note,
          version,
        }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) => decide(request, returnForCorrection, request.body),
  );

  app.post(
    '/staff/applications/:id/expenses',
    {
      schema: {
        summary:
          'Confirm expenses settled, or hold the application until they are (docs/rules.md §3.1)',
        security,
        params: idParams,
        body: z.object({ settled: z.boolean(), note, version }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) =>
      decide(request, recordPrecondition, {
        precondition: 'EXPENSES' as const,
        met: request.body.settled,
        note: request.body.note,
        version: request.body.version,
      }),
  );

  app.post(
    '/staff/applications/:id/hrss-closed',
    {
      schema: {
        summary: 'Record the HRSS business closed, or wait for it (Art. 26: death, disappearance)',
        security,
        params: idParams,
        body: z.object({ closed: z.boolean(), note, version }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) =>
      decide(request, recordPrecondition, {
        precondition: 'HRSS' as const,
        met: request.body.closed,
        note: request.body.note,
        version: request.body.version,
      }),
  );

  app.post(
    '/staff/applications/:id/approve',
    {
      schema: {
        summary:
          'Approve: issues the certificate, ready for pickup (Guide §II.4–5; Art. 26 for deaths and disappearances)',
        security,
        params: idParams,
        body: z.object({ version, note }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) => decide(request, approveApplication, request.body),
  );

  app.post(
    '/staff/applications/:id/reject',
    {
      config: { staffRoles: SUPERVISING_ROLES },
      schema: {
        summary: 'Refuse, with a reason the applicant reads in their language (supervisors)',
        security,
        params: idParams,
        body: z.object({ ...rejectionDecisionShape, version }).superRefine(refineRejectionNote),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) => decide(request, rejectApplication, request.body),
  );

  app.post(
    '/staff/applications/:id/pickup',
    {
      schema: {
        summary:
          'Hand over the certificate: ID re-entered, originals checked, card handed in (Guide §II.5)',
        security,
        params: idParams,
        body: z.object({
          idNumber: textSchema().trim().min(1, 'error.idNumber.required').max(40),
          originalsChecked: z.boolean(),
          cardHandedIn: z.boolean(),
          version,
        }),
        response: { 200: staffApplicationViewSchema, ...decisionProblems },
      },
    },
    async (request) => decide(request, recordPickup, request.body),
  );

  app.get(
    '/staff/applications/:id/certificate.pdf',
    {
      schema: {
        summary: 'The cancellation certificate as PDF, for printing at the counter (audited)',
        security,
        params: idParams,
        response: {
          200: fileResponse('The certificate, inline for printing', 'application/pdf'),
          ...problems(401, 404),
        },
      },
    },
    async (request, reply) => {
      const certificate = await openCertificateAsStaff(
        app.prisma,
        app.personalData,
        request.staff!,
        {
          id: request.params.id,
          verificationBaseUrl: app.publicUrl(),
        },
      );
      return sendCertificatePdf(reply, certificate, 'inline');
    },
  );
};

export default staffApplications;
