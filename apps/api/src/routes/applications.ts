import { sendCertificatePdf } from './send-pdf.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseMergePatchSchema } from '@ssc/domain/case-schema';
import {
  applicationViewSchema,
  createApplicationBodySchema,
  createdApplicationSchema,
  patchedApplicationSchema,
  submittedApplicationSchema,
  withdrawnApplicationSchema,
} from '@ssc/domain/contract/applications';
import { localeOf } from '../lib/i18n.ts';
import { applicantCookie } from '../plugins/app/applicant-auth.ts';
import { loadApplicationView } from '../services/application-view.ts';
import { createApplication } from '../services/create-application.ts';
import { updateApplicationCase } from '../services/update-application-case.ts';
import { submitApplication } from '../services/submit-application.ts';
import { withdrawApplication } from '../services/withdraw-application.ts';
import { downloadCertificateAsApplicant } from '../services/download-certificate-as-applicant.ts';
import { fileResponse, problems, uuidParam } from './schemas.ts';
import type { RateLimits } from './rate-limits.ts';

const idParams = z.object({ id: uuidParam });

const security = [{ applicationToken: [] }];

const applications: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (
  app,
  { rateLimits },
) => {
  const applicantOnly = {
    onRequest: app.requireApplicant,
    config: { rateLimit: rateLimits.applicant },
  };

  app.post(
    '/applications',
    {
      config: { rateLimit: rateLimits.createApplication },
      schema: {
        summary: 'Start a draft application',
        body: createApplicationBodySchema,
        response: { 201: createdApplicationSchema, ...problems(422, 429) },
      },
    },
    async (request, reply) => {
      const { application, accessToken } = await createApplication(
        app.prisma,
        app.personalData,
        request.body.filer.role,
      );
      // The web app keeps the token in an HttpOnly cookie its script never sees.
      const cookie = applicantCookie(request, application.id);
      reply.setCookie(cookie.name, accessToken, { ...cookie.options, maxAge: 60 * 60 * 24 * 180 });
      return reply.code(201).send({
        id: application.id,
        reference: application.reference,
        accessToken,
        status: 'DRAFT' as const,
      });
    },
  );

  app.get(
    '/applications/:id',
    {
      ...applicantOnly,
      schema: {
        summary: 'The application: answers, documents, status, history and eligibility',
        security,
        params: idParams,
        response: { 200: applicationViewSchema, ...problems(401, 404, 429) },
      },
    },
    async (request) =>
      loadApplicationView(app.prisma, app.personalData, request.params.id, app.clock.today(), {
        locale: localeOf(request),
      }),
  );

  app.patch(
    '/applications/:id',
    {
      ...applicantOnly,
      schema: {
        summary: 'Save part of the case (merge patch; null removes an answer)',
        security,
        params: idParams,
        body: caseMergePatchSchema,
        response: { 200: patchedApplicationSchema, ...problems(401, 403, 404, 409, 422, 429) },
      },
    },
    async (request) => {
      const today = app.clock.today();
      const locale = localeOf(request);
      const removed = await updateApplicationCase(
        app.prisma,
        app.secrets,
        app.personalData,
        app.storage,
        {
          id: request.params.id,
          patch: request.body,
          today,
          now: app.clock.now(),
          locale,
        },
      );
      const view = await loadApplicationView(
        app.prisma,
        app.personalData,
        request.params.id,
        today,
        { locale },
      );
      return { ...view, removed };
    },
  );

  app.post(
    '/applications/:id/submit',
    {
      ...applicantOnly,
      schema: {
        summary:
          'Submit for review; 422 with the eligibility blockers when the case cannot be filed',
        security,
        params: idParams,
        response: { 200: submittedApplicationSchema, ...problems(401, 403, 404, 409, 422, 429) },
      },
    },
    async (request) =>
      submitApplication(app.prisma, app.personalData, {
        id: request.params.id,
        today: app.clock.today(),
        now: app.clock.now(),
        locale: localeOf(request),
      }),
  );

  app.get(
    '/applications/:id/certificate.pdf',
    {
      ...applicantOnly,
      schema: {
        summary:
          'The electronic copy of the cancellation certificate, once collected at the centre (409 before)',
        security,
        params: idParams,
        response: {
          200: fileResponse('The certificate, as an attachment', 'application/pdf'),
          ...problems(401, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const certificate = await downloadCertificateAsApplicant(app.prisma, app.personalData, {
        id: request.params.id,
        verificationBaseUrl: app.publicUrl(),
      });
      return sendCertificatePdf(reply, certificate, 'attachment');
    },
  );

  app.post(
    '/applications/:id/withdraw',
    {
      ...applicantOnly,
      schema: {
        summary: 'Withdraw the application',
        security,
        params: idParams,
        response: { 200: withdrawnApplicationSchema, ...problems(401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      withdrawApplication(app.prisma, { id: request.params.id, now: app.clock.now() }),
  );
};

export default applications;
