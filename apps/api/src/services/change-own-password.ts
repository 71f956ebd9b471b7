import type { PrismaClient } from '../generated/prisma/client.ts';
import { recordAudit } from './record-audit.ts';
import type { Locale } from '../lib/i18n.ts';
import { passwordPolicyProblem } from '../lib/password-policy.ts';
import { hashPassword } from '../db/demo-data.ts';
import { confirmOwnPassword, refusedPassword } from './staff-step-up.ts';

/**
 * A staff member changes their own password: the current one first, then a new one that meets
 * the policy (docs/decisions/004-authentication.md). Their other sessions end; this one goes on.
 */
export async function changeOwnPassword(
  prisma: PrismaClient,
  input: {
    staffId: string;
    sessionId: string;
    currentPassword: string;
    newPassword: string;
    locale: Locale;
  },
): Promise<void> {
  const staff = await prisma.staffUser.findUniqueOrThrow({ where: { id: input.staffId } });
  const problem = passwordPolicyProblem(input.newPassword, staff.username);
  if (problem) throw refusedPassword('newPassword', problem, input.locale);
  await confirmOwnPassword(prisma, {
    staffId: staff.id,
    sessionId: input.sessionId,
    password: input.currentPassword,
    locale: input.locale,
  });
  if (input.newPassword === input.currentPassword)
    throw refusedPassword('newPassword', 'error.password.unchanged', input.locale);
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { passwordHash } });
    await tx.staffSession.deleteMany({
      where: { staffId: staff.id, id: { not: input.sessionId } },
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_PASSWORD_CHANGED',
    });
  });
}
