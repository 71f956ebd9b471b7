import type { PrismaClient } from '../generated/prisma/client.ts';
import { seesEveryCentre, type StaffRole } from '@ssc/domain/staff-roles';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { hashPassword } from '../db/demo-data.ts';
import { conflict, Problem } from '../lib/problem.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import { confirmOwnPassword, refusedPassword } from './staff-step-up.ts';
import { passwordPolicyProblem } from '../lib/password-policy.ts';
import { checkMayGrant, describe, userSelect } from './staff-accounts.ts';

/** A new staff account at the manager's centre (an admin's: any), after the step-up; audited. */
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
