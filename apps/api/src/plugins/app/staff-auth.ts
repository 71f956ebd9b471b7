import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256Hex } from '../../lib/crypto.ts';
import { unauthorised } from '../../lib/problem.ts';

export const STAFF_COOKIE = 'ssc_staff';
export const STAFF_SESSION_HOURS = 8;

export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: 'REVIEWER' | 'SUPERVISOR' | 'ADMIN';
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
      if (!session || session.expiresAt <= app.clock.now()) {
        throw unauthorised('Your session has ended; sign in again.');
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
