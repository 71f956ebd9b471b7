import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffMemberSchema } from '@ssc/domain/contract/staff';
import { z } from 'zod';
import { textSchema } from '@ssc/domain/safe-input';
import { changeOwnPassword } from '../../services/change-own-password.ts';
import { signInStaff } from '../../services/sign-in-staff.ts';
import { signOutStaff } from '../../services/sign-out-staff.ts';
import { ownPasswordChangeSchema } from '@ssc/domain/contract/back-office';
import { localeOf } from '../../lib/i18n.ts';
import {
  STAFF_IDLE_MINUTES,
  STAFF_SESSION_HOURS,
  csrfTokenFor,
  staffCookie,
} from '../../plugins/app/staff-auth.ts';
import { deviceKey, rememberDevice, trustedDeviceOf } from '../../plugins/app/staff-device.ts';
import { problems } from '../schemas.ts';
import type { RateLimits } from '../rate-limits.ts';

const staffSchema = staffMemberSchema;

const session: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (app, { rateLimits }) => {
  const perDevice = app.createRateLimit({
    ...rateLimits.staffSignInPerDevice,
    keyGenerator: (request) => `staff-device:${deviceKey(request)}`,
  });
  /** The account whose device this is, while the device is within its own allowance. */
  const trustedDevice = async (request: FastifyRequest) => {
    const staffId = trustedDeviceOf(request, app.secrets, app.clock.now());
    if (!staffId) return null;
    const limit = await perDevice(request);
    return !limit.isAllowed && limit.isExceeded ? null : staffId;
  };
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
      idleMinutes: STAFF_IDLE_MINUTES,
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
        response: { 200: staffSchema, ...problems(401, 422, 429) },
      },
    },
    async (request, reply) => {
      const { token, staff } = await signInStaff(app.prisma, {
        ...request.body,
        now: app.clock.now(),
        sessionHours: STAFF_SESSION_HOURS,
        trustedDeviceOf: await trustedDevice(request),
      });
      rememberDevice(request, reply, app.secrets, staff.id, app.clock.now());
      const cookie = staffCookie(request);
      reply.setCookie(cookie.name, token, {
        ...cookie.options,
        maxAge: STAFF_SESSION_HOURS * 3600,
      });
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
    async (request) => describe(request.staff!.id, request.cookies[staffCookie(request).name]!),
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
        token: request.cookies[staffCookie(request).name]!,
        staffId: request.staff!.id,
      });
      const cookie = staffCookie(request);
      reply.clearCookie(cookie.name, cookie.options);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/staff/session/password',
    {
      onRequest: app.requireStaff,
      schema: {
        summary: 'Change your own password (the current one first); your other sessions end',
        security: [{ staffSession: [] }],
        body: ownPasswordChangeSchema,
        response: { 204: z.null(), ...problems(401, 403, 422) },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(app.prisma, {
        staffId: request.staff!.id,
        sessionId: request.staff!.sessionId,
        ...request.body,
        locale: localeOf(request),
      });
      return reply.code(204).send(null);
    },
  );
};

export default session;
