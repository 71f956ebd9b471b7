import { verify } from '@node-rs/argon2';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { Problem } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';
import { t, type Locale } from '../lib/i18n.ts';

export const MAX_STEP_UP_FAILURES = 5;

const stepUpFailed = (locale: Locale) =>
  new Problem(403, 'step-up-failed', 'Not confirmed', t(locale, 'error.stepUp.failed'), {
    errors: [
      {
        path: 'currentPassword',
        code: 'error.stepUp.failed',
        message: t(locale, 'error.stepUp.failed'),
      },
    ],
  });

/**
 * Step-up (ASVS 4.0.3 V3.7.1): a privileged change asks again for the actor's own
 * password, so that a session left open at someone's desk is not enough to make or change an
 * account. The session vouches for a past sign-in as a device cookie does, so the sign-in lock
 * (which anyone can set off) does not apply; wrong answers are counted per session instead,
 * and the fifth ends the session. Every wrong answer is audited.
 */
export async function confirmOwnPassword(
  prisma: PrismaClient,
  input: { staffId: string; sessionId: string; password: string; locale: Locale },
): Promise<void> {
  const staff = await prisma.staffUser.findUniqueOrThrow({ where: { id: input.staffId } });
  if (await verify(staff.passwordHash, input.password).catch(() => false)) return;
  await prisma.$transaction(async (tx) => {
    const session = await tx.staffSession.update({
      where: { id: input.sessionId },
      data: { stepUpFailures: { increment: 1 } },
    });
    const ended = session.stepUpFailures >= MAX_STEP_UP_FAILURES;
    if (ended) await tx.staffSession.delete({ where: { id: input.sessionId } });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_STEP_UP_FAILED',
      detail: { failures: session.stepUpFailures, sessionEnded: ended },
    });
  });
  throw stepUpFailed(input.locale);
}

/** The 422 for a new password the policy refuses, naming the field. */
export function refusedPassword(path: string, key: string, locale: Locale): Problem {
  return new Problem(422, 'validation', 'Invalid request', t(locale, key), {
    errors: [{ path, code: key, message: t(locale, key) }],
  });
}
