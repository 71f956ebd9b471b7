import fp from 'fastify-plugin';
import { recordAudit } from '../../services/record-audit.ts';
import { hostCookie } from '../../lib/host-cookie.ts';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256Hex } from '../../lib/crypto.ts';
import { Problem, unauthorised } from '../../lib/problem.ts';
import type { StaffPrincipal } from '../../lib/staff-principal.ts';
import type { StaffRole } from '@ssc/domain/staff-roles';

export const STAFF_COOKIE = 'ssc_staff';
export const CSRF_HEADER = 'x-csrf-token';
export const STAFF_SESSION_HOURS = 8;
/** A session also ends after this long without a request (ASVS 3.3.2: idle timeout). */
export const STAFF_IDLE_MINUTES = 30;
/** How stale the recorded last request may grow before it is written again: one write a minute at most. */
const SEEN_EVERY_MS = 60_000;

export type { StaffPrincipal };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The staff roles that may call the route; the route also requires a staff session. */
    staffRoles?: readonly StaffRole[];
  }
  interface FastifyRequest {
    staff: StaffPrincipal | null;
  }
  interface FastifyInstance {
    requireStaff(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

/** Staff cookies: HttpOnly, SameSite=Strict (no cross-site sends), Secure whenever served over TLS. */
/** The session cookie's name and attributes for this request (`__Host-` over TLS). */
export function staffCookie(request: FastifyRequest) {
  return hostCookie(request, STAFF_COOKIE, '/api/v1/staff');
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

/**
 * docs/decisions/004-authentication.md "Roles and scope": a role too low for an action is 403.
 * The roles are declared on the route (`config: { staffRoles }`), the one place that says who
 * may call it; one hook below checks them for every route.
 */
function forbiddenFor(roles: readonly StaffRole[], role: StaffRole) {
  return new Problem(
    403,
    'forbidden',
    'Not allowed',
    `This needs the role ${roles.join(' or ')}; you are ${role}.`,
  );
}

export default fp(
  async (app) => {
    app.decorateRequest('staff', null);
    app.decorate('requireStaff', async (request: FastifyRequest) => {
      const token = request.cookies[staffCookie(request).name];
      if (!token) throw unauthorised('Sign in as staff first.');
      const session = await app.prisma.staffSession.findUnique({
        where: { id: sha256Hex(token) },
        include: { staff: true },
      });
      // 004-authentication: 8 hours after sign-in the session ends, whatever the activity,
      // and after 30 minutes without a request.
      const now = app.clock.now();
      if (!session || session.expiresAt <= now || session.staff.disabled) {
        throw unauthorised('Your session has ended; sign in again.');
      }
      const idleMs = now.getTime() - session.lastSeenAt.getTime();
      if (idleMs >= STAFF_IDLE_MINUTES * 60_000) {
        await app.prisma.$transaction(async (tx) => {
          const ended = await tx.staffSession.deleteMany({ where: { id: session.id } });
          if (ended.count === 1) {
            await recordAudit(tx, {
              actorType: 'STAFF',
              actorId: session.staffId,
              action: 'STAFF_SIGNED_OUT',
              detail: { reason: 'idle' },
            });
          }
        });
        throw unauthorised('Your session ended after 30 minutes without activity; sign in again.');
      }
      // The last request to the minute, so that a busy reviewer's session is not one write per request.
      if (idleMs >= SEEN_EVERY_MS) {
        await app.prisma.staffSession.updateMany({
          where: { id: session.id },
          data: { lastSeenAt: now },
        });
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
        sessionId: session.id,
      };
    });
    // After the body is checked, as the roles always were: a well-formed request from a role
    // too low is 403, a malformed one 422 whoever sends it.
    app.addHook('preHandler', async (request) => {
      const roles = request.routeOptions.config.staffRoles;
      if (!roles) return;
      // A route that names roles and no session is a mistake of ours: refused, not let through.
      if (!request.staff) throw unauthorised('Sign in as staff first.');
      if (!roles.includes(request.staff.role)) throw forbiddenFor(roles, request.staff.role);
    });
  },
  { name: 'staff-auth', dependencies: ['database', 'clock'] },
);
