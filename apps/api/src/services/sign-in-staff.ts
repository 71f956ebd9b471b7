import { hash, verify } from '@node-rs/argon2';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { randomToken, sha256Hex } from '../lib/crypto.ts';
import { Problem } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';

// Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

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
