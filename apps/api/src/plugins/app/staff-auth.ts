import fp from 'fastify-plugin';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256Hex } from '../../lib/crypto.ts';
import { Problem, unauthorised } from '../../lib/problem.ts';
import { isSupervising, SUPERVISING_ROLES, type StaffRole } from '@ssc/domain/staff-roles';

export const STAFF_COOKIE = 'ssc_staff';
export const CSRF_HEADER = 'x-csrf-token';
export const STAFF_SESSION_HOURS = 8;

export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  centreId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffPrincipal | null;
  }
  interface FastifyInstance {
    requireStaff(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

/** Staff cookies: HttpOnly, SameSite=Strict (no cross-site sends), Secure whenever served over TLS. */
export function staffCookieOptions(request: FastifyRequest, maxAgeSeconds: number) {
  return {
    path: '/api/v1/staff',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
    maxAge: maxAgeSeconds,
  };
}

/**
 * The CSRF token is derived from the session token (synchroniser token without storage): only
 * script that could read a signed-in answer (same origin) knows it, and a forged cross-site
 * request carries the cookie at most, never the header.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfProblem = () =>
  new Problem(
    403,
    'csrf',
    'Missing or wrong CSRF token',
    'Reload the page and try again: this request did not carry the token of your session.',
  );

/** Role too low for the action: 403 (the application itself is visible, the action is not). */
/** docs/decisions/004-authentication.md "Roles and scope": a role too low for an action is 403. */
export function requireSupervising(staff: StaffPrincipal) {
  if (!isSupervising(staff.role)) {
    throw new Problem(
      403,
      'forbidden',
      'Not allowed',
      `This needs the role ${SUPERVISING_ROLES.join(' or ')}; you are ${staff.role}.`,
    );
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('staff', null);
    app.decorate('requireStaff', async (request: FastifyRequest) => {
      const token = request.cookies[STAFF_COOKIE];
      if (!token) throw unauthorised('Sign in as staff first.');
      const session = await app.prisma.staffSession.findUnique({
        where: { id: sha256Hex(token) },
        include: { staff: true },
      });
      // 004-authentication: 8 hours after sign-in the session ends, whatever the activity.
      if (!session || session.expiresAt <= app.clock.now() || session.staff.disabled) {
        throw unauthorised('Your session has ended; sign in again.');
      }
      // Every cookie-authenticated change must prove it came from our own page (contract: CSRF).
      if (!SAFE_METHODS.has(request.method)) {
        const header = request.headers[CSRF_HEADER];
        if (typeof header !== 'string' || !sameToken(header, csrfTokenFor(token))) {
          throw csrfProblem();
        }
      }
      const { staff } = session;
      request.staff = {
        id: staff.id,
        username: staff.username,
        displayName: staff.displayName,
        role: staff.role,
        centreId: staff.centreId,
      };
    });
  },
  { name: 'staff-auth', dependencies: ['database', 'clock'] },
);
