import { staffRoleSchema } from '@ssc/domain/staff-roles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { textSchema } from '@ssc/domain/safe-input';
import { signInStaff, signOutStaff } from '../../services/staff-sessions.ts';
import {
  STAFF_COOKIE,
  STAFF_SESSION_HOURS,
  csrfTokenFor,
  staffCookieOptions,
} from '../../plugins/app/staff-auth.ts';
import { centreSchema, problems } from '../schemas.ts';
import type { RateLimits } from '../rate-limits.ts';

const staffSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  centre: centreSchema,
  // send back as X-CSRF-Token on every change (POST/PATCH/DELETE)
  csrfToken: z.string(),
});

const session: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  const describe = async (staffId: string, sessionToken: string) => {
    const staff = await app.prisma.staffUser.findUniqueOrThrow({
      where: { id: staffId },
      include: { centre: true },
    });
    const { centre } = staff;
    return {
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      centre: {
        id: centre.id,
        nameZh: centre.nameZh,
        nameEn: centre.nameEn,
        addressZh: centre.addressZh,
        addressEn: centre.addressEn,
      },
      csrfToken: csrfTokenFor(sessionToken),
    };
  };

  app.post(
    '/staff/session',
    {
      config: { rateLimit: rateLimits.staffSignIn },
      schema: {
        summary: 'Staff sign-in (sets an HttpOnly, SameSite=Strict session cookie)',
        body: z.object({
          username: textSchema().trim().min(1, 'error.username.required').max(80),
          password: textSchema().min(1, 'error.password.required').max(200),
        }),
        response: { 200: staffSchema, ...problems(401, 422, 423, 429) },
      },
    },
    async (request, reply) => {
      const { token, staff } = await signInStaff(app.prisma, {
        ...request.body,
        now: app.clock.now(),
        sessionHours: STAFF_SESSION_HOURS,
      });
      reply.setCookie(STAFF_COOKIE, token, staffCookieOptions(request, STAFF_SESSION_HOURS * 3600));
      return describe(staff.id, token);
    },
  );

  app.get(
    '/staff/session',
    {
      onRequest: app.requireStaff,
      schema: {
        summary: 'Who is signed in',
        security: [{ staffSession: [] }],
        response: { 200: staffSchema, ...problems(401) },
      },
    },
    async (request) => describe(request.staff!.id, request.cookies[STAFF_COOKIE]!),
  );

  app.delete(
    '/staff/session',
    {
      onRequest: app.requireStaff,
      schema: {
        summary: 'Sign out',
        security: [{ staffSession: [] }],
        response: { 204: z.null(), ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      await signOutStaff(app.prisma, {
        token: request.cookies[STAFF_COOKIE]!,
        staffId: request.staff!.id,
      });
      reply.clearCookie(STAFF_COOKIE, { path: '/api/v1/staff' });
      return reply.code(204).send(null);
    },
  );
};

export default session;
