import type { PrismaClient } from '../generated/prisma/client.ts';
import { seesEveryCentre, type StaffRole } from '@ssc/domain/staff-roles';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { hashPassword } from '../db/demo-data.ts';
import { notFound } from '../lib/problem.ts';
import type { Locale } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import { confirmOwnPassword, refusedPassword } from './staff-step-up.ts';
import { passwordPolicyProblem } from '../lib/password-policy.ts';
import { checkMayGrant, describe, userSelect } from './staff-accounts.ts';

/** A change to a staff account: role, disabled, or a new password (which lifts a lock); audited. */
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
