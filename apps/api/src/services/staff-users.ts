import type { PrismaClient } from '../generated/prisma/client.ts';
import { grantableRoles, seesEveryCentre, type StaffRole } from '@ssc/domain/staff-roles';
import { requireSupervising, type StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { hashPassword } from '../db/demo-data.ts';
import { conflict, notFound, Problem } from '../lib/problem.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import { confirmOwnPassword, refusedPassword } from './staff-sessions.ts';
import { passwordPolicyProblem } from '../lib/password-policy.ts';

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  centreId: true,
  disabled: true,
  lockedUntil: true,
  createdAt: true,
} as const;

function describe(user: {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  centreId: string;
  disabled: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}) {
  return {
    ...user,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * A supervisor manages their own centre's reviewers: never a supervisor or an admin, nor makes
 * one (docs/decisions/004-authentication.md "Roles and scope"); an admin manages everyone.
 */
function checkMayGrant(staff: StaffPrincipal, role: StaffRole | undefined, locale: Locale) {
  if (role !== undefined && !grantableRoles(staff.role).includes(role)) {
    throw new Problem(403, 'forbidden', 'Not allowed', t(locale, 'error.staff.role'), {
      errors: [{ path: 'role', code: 'error.staff.role', message: t(locale, 'error.staff.role') }],
    });
  }
}

export async function listStaffUsers(prisma: PrismaClient, staff: StaffPrincipal) {
  requireSupervising(staff);
  const users = await prisma.staffUser.findMany({
    where: seesEveryCentre(staff.role) ? {} : { centreId: staff.centreId },
    orderBy: [{ centreId: 'asc' }, { username: 'asc' }],
    select: userSelect,
  });
  return { items: users.map(describe) };
}

export async function createStaffUser(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: {
    username: string;
    displayName: string;
    role: StaffRole;
    password: string;
    centreId?: string | undefined;
    currentPassword: string;
    locale: Locale;
  },
) {
  requireSupervising(staff);
  checkMayGrant(staff, input.role, input.locale);
  const centreId = seesEveryCentre(staff.role)
    ? (input.centreId ?? staff.centreId)
    : staff.centreId;
  if (!(await prisma.serviceCentre.findUnique({ where: { id: centreId } }))) {
    throw new Problem(422, 'validation', 'Invalid request', 'Unknown service centre.', {
      errors: [
        {
          path: 'centreId',
          code: 'error.serviceCentre.unknown',
          message: t(input.locale, 'error.serviceCentre.unknown'),
        },
      ],
    });
  }
  const username = input.username.trim().toLowerCase();
  const weak = passwordPolicyProblem(input.password, username);
  if (weak) throw refusedPassword('password', weak, input.locale);
  if (await prisma.staffUser.findUnique({ where: { username } })) {
    throw conflict('username-taken', t(input.locale, 'error.staff.usernameTaken'), {
      errors: [
        {
          path: 'username',
          code: 'error.staff.usernameTaken',
          message: t(input.locale, 'error.staff.usernameTaken'),
        },
      ],
    });
  }
  await confirmOwnPassword(prisma, {
    staffId: staff.id,
    sessionId: staff.sessionId,
    password: input.currentPassword,
    locale: input.locale,
  });
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.create({
      data: { username, displayName: input.displayName, role: input.role, centreId, passwordHash },
      select: userSelect,
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_USER_CREATED',
      detail: { staffId: user.id, role: user.role, centreId },
    });
    return describe(user);
  });
}

export async function updateStaffUser(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: {
    id: string;
    role?: StaffRole | undefined;
    disabled?: boolean | undefined;
    password?: string | undefined;
    currentPassword: string;
    locale: Locale;
  },
) {
  requireSupervising(staff);
  const user = await prisma.staffUser.findFirst({
    where: { id: input.id, ...(seesEveryCentre(staff.role) ? {} : { centreId: staff.centreId }) },
  });
  if (!user) throw notFound('The staff member');
  // A supervisor can neither make an admin nor touch one.
  checkMayGrant(staff, input.role, input.locale);
  checkMayGrant(staff, user.role, input.locale);
  const weak = input.password ? passwordPolicyProblem(input.password, user.username) : null;
  if (weak) throw refusedPassword('password', weak, input.locale);
  await confirmOwnPassword(prisma, {
    staffId: staff.id,
    sessionId: staff.sessionId,
    password: input.currentPassword,
    locale: input.locale,
  });
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.staffUser.update({
      where: { id: user.id },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        // A new password also lifts a lock (the supervisor is the "ask a supervisor" of 004).
        ...(passwordHash ? { passwordHash, failedSignIns: 0, lockedUntil: null } : {}),
      },
      select: userSelect,
    });
    // Disabling or a new password ends the sessions at once.
    if (input.disabled || passwordHash)
      await tx.staffSession.deleteMany({ where: { staffId: user.id } });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_USER_CHANGED',
      detail: {
        staffId: user.id,
        ...(input.role ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        passwordChanged: Boolean(passwordHash),
      },
    });
    return describe(updated);
  });
}
