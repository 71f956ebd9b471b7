import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read.
const ARGON2ID = 2;
import type { PrismaClient } from '../generated/prisma/client.ts';
import { randomToken, sha256Hex } from '../lib/crypto.ts';
import { Problem } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { passwordPolicyProblem } from '../lib/password-policy.ts';
import { hashPassword } from '../db/demo-data.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// Verifying against a real hash for unknown usernames keeps the timing the same,
// so the response time does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash('not-a-real-password', { algorithm: ARGON2ID }));

const badCredentials = () =>
  new Problem(
    401,
    'bad-credentials',
    'Sign-in failed',
    `The username or password is not correct. After ${MAX_FAILED_SIGN_INS} failed tries, sign-in waits ${LOCK_MINUTES} minutes on a device this account has not signed in from.`,
  );

/**
 * Sign-in. Unknown, disabled, wrong and locked accounts all get the same answer, after the same
 * work (one argon2 verification), so nothing can be learnt by probing. Five failures from
 * devices the account has not signed in from lock it for 15 minutes against such devices only:
 * `trustedDeviceOf` names the account whose device cookie the request carries, and a colleague
 * who guesses at someone's username cannot lock them out of their own desk (OWASP, "device
 * cookies"). A trusted device's own mistakes are limited by its own allowance instead.
 */
export async function signInStaff(
  prisma: PrismaClient,
  input: {
    username: string;
    password: string;
    now: Date;
    sessionHours: number;
    trustedDeviceOf?: string | null;
  },
) {
  const staff = await prisma.staffUser.findUnique({
    where: { username: input.username.trim().toLowerCase() },
  });
  if (!staff) {
    await verify(await getDummyHash(), input.password).catch(() => false);
    await recordAudit(prisma, {
      actorType: 'STAFF',
      action: 'STAFF_SIGN_IN_FAILED',
      detail: { reason: 'unknown-user' },
    });
    throw badCredentials();
  }
  if (staff.disabled) {
    // A disabled account answers like a wrong password: nothing to learn by probing.
    await verify(await getDummyHash(), input.password).catch(() => false);
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_SIGN_IN_FAILED',
      detail: { reason: 'disabled' },
    });
    throw badCredentials();
  }
  const trustedDevice = input.trustedDeviceOf === staff.id;
  if (!trustedDevice && staff.lockedUntil && staff.lockedUntil > input.now) {
    await verify(await getDummyHash(), input.password).catch(() => false);
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_SIGN_IN_FAILED',
      detail: { reason: 'locked' },
    });
    throw badCredentials();
  }
  const ok = await verify(staff.passwordHash, input.password).catch(() => false);
  if (!ok && trustedDevice) {
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_SIGN_IN_FAILED',
      detail: { reason: 'password', trustedDevice: true },
    });
    throw badCredentials();
  }
  if (!ok) {
    const failed = staff.failedSignIns + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS;
    await prisma.staffUser.update({
      where: { id: staff.id },
      data: {
        failedSignIns: lock ? 0 : failed,
        lockedUntil: lock
          ? new Date(input.now.getTime() + LOCK_MINUTES * 60_000)
          : staff.lockedUntil,
      },
    });
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_SIGN_IN_FAILED',
      detail: { reason: 'password', locked: lock },
    });
    throw badCredentials();
  }
  const token = randomToken();
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: staff.id },
      data: { failedSignIns: 0, lockedUntil: null },
    });
    await tx.staffSession.create({
      data: {
        id: sha256Hex(token),
        staffId: staff.id,
        expiresAt: new Date(input.now.getTime() + input.sessionHours * 3_600_000),
        lastSeenAt: input.now,
      },
    });
    await recordAudit(tx, { actorType: 'STAFF', actorId: staff.id, action: 'STAFF_SIGNED_IN' });
  });
  return { token, staff };
}

export async function signOutStaff(
  prisma: PrismaClient,
  input: { token: string; staffId: string },
) {
  await prisma.$transaction(async (tx) => {
    await tx.staffSession.deleteMany({ where: { id: sha256Hex(input.token) } });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: input.staffId,
      action: 'STAFF_SIGNED_OUT',
    });
  });
}

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
