import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeEqualHex, sha256Hex } from '../../lib/crypto.ts';
import { notFound, unauthorised } from '../../lib/problem.ts';

/**
 * docs/api.md: an application is reached with its own access token, as `Authorization: Bearer`
 * or, for the web app, an HttpOnly cookie scoped to that application's path so that
 * script in the page never sees it. Only a hash of the token is stored.
 */
export const applicantCookieName = (applicationId: string) =>
  `ssc_app_${applicationId.replace(/-/g, '')}`;

export function applicantCookiePath(applicationId: string) {
  return `/api/v1/applications/${applicationId}`;
}

export interface ApplicantAccess {
  applicationId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    applicant: ApplicantAccess | null;
  }
  interface FastifyInstance {
    requireApplicant(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

function tokenFrom(request: FastifyRequest, applicationId: string): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return request.cookies[applicantCookieName(applicationId)];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default fp(
  async (app) => {
    app.decorateRequest('applicant', null);
    app.decorate('requireApplicant', async (request: FastifyRequest) => {
      const { id } = request.params as { id?: string };
      if (!id) throw notFound('The application');
      const token = tokenFrom(request, id);
      if (!token) throw unauthorised('This application needs its access token.');
      // Same answer for "no such application" and "not yours": never reveal that another exists.
      if (!UUID.test(id)) throw notFound('The application');
      const row = await app.prisma.application.findUnique({
        where: { id },
        select: { id: true, accessTokenHash: true },
      });
      if (!row || !safeEqualHex(row.accessTokenHash, sha256Hex(token))) {
        throw notFound('The application');
      }
      request.applicant = { applicationId: row.id };
    });
  },
  { name: 'applicant-auth', dependencies: ['database'] },
);
