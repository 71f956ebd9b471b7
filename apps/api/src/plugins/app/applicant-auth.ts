import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeEqualHex, sha256Hex } from '../../lib/crypto.ts';
import { notFound, unauthorised } from '../../lib/problem.ts';
import { tooManyRequests } from '../external/rate-limit.ts';
import type { RateLimit } from '../../routes/rate-limits.ts';
import { csrfProblem } from './staff-auth.ts';
import { hostCookie } from '../../lib/host-cookie.ts';

/**
 * docs/api.md: an application is reached with its own access token, as `Authorization: Bearer`
 * or, for the web app, an HttpOnly cookie scoped to that application's path so that
 * script in the page never sees it. Only a hash of the token is stored.
 */
export const applicantCookieName = (applicationId: string) =>
  `ssc_app_${applicationId.replace(/-/g, '')}`;

/** The application's cookie for this request: its own path over HTTP, `__Host-` over TLS. */
export function applicantCookie(request: FastifyRequest, applicationId: string) {
  return hostCookie(
    request,
    applicantCookieName(applicationId),
    `/api/v1/applications/${applicationId}`,
  );
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

function tokenFrom(
  request: FastifyRequest,
  applicationId: string,
): { token: string; from: 'header' | 'cookie' } | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return token ? { token, from: 'header' } : undefined;
  }
  const cookie = request.cookies[applicantCookie(request, applicationId).name];
  return cookie ? { token: cookie, from: 'cookie' } : undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A change carried by the cookie must come from our own pages, as staff changes must (their
 * CSRF token). The cookie is SameSite=Strict already; this is the second lock (OWASP: verify the
 * origin with standard headers): the browser's Origin must name the host the request was sent
 * to, or, where a browser sends no Origin, its Sec-Fetch-Site must say same-origin. A Bearer
 * token is never sent by a browser on its own, so it needs neither.
 */
function cameFromOurPage(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    try {
      return new URL(origin).host === request.host;
    } catch {
      return false;
    }
  }
  return request.headers['sec-fetch-site'] === 'same-origin';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default fp<{ perApplication: RateLimit }>(
  async (app, options) => {
    // Counted only once the token is proven: a stranger cannot use up someone else's allowance.
    const perApplication = app.createRateLimit({
      ...options.perApplication,
      keyGenerator: (request) => `application:${request.applicant?.applicationId ?? ''}`,
    });
    app.decorateRequest('applicant', null);
    app.decorate('requireApplicant', async (request: FastifyRequest, reply: FastifyReply) => {
      const { id } = request.params as { id?: string };
      if (!id) throw notFound('The application');
      const access = tokenFrom(request, id);
      if (!access) throw unauthorised('This application needs its access token.');
      if (
        access.from === 'cookie' &&
        !SAFE_METHODS.has(request.method) &&
        !cameFromOurPage(request)
      )
        throw csrfProblem();
      const { token } = access;
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
      const limit = await perApplication(request);
      if (!limit.isAllowed && limit.isExceeded) throw tooManyRequests(reply, limit.ttlInSeconds);
    });
  },
  { name: 'applicant-auth', dependencies: ['database', 'rate-limit'] },
);
