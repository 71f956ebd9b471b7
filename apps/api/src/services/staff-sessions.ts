import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read.
const ARGON2ID = 2;
import type { PrismaClient } from '../generated/prisma/client.ts';
import { randomToken, sha256Hex } from '../lib/crypto.ts';
import { Problem } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// Verifying against a real hash for unknown usernames keeps the timing the same,
// so the response time does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash('not-a-real-password', { algorithm: ARGON2ID }));

const badCredentials = () =>
  new Problem(401, 'bad-credentials', 'Sign-in failed', 'The username or password is not correct.');

export async function signInStaff(
  prisma: PrismaClient,
  input: { username: string; password: string; now: Date; sessionHours: number },
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
  if (staff.lockedUntil && staff.lockedUntil > input.now) {
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'STAFF_SIGN_IN_FAILED',
      detail: { reason: 'locked' },
    });
    throw new Problem(
      423,
      'account-locked',
      'Account locked',
      `Too many failed sign-ins; try again after ${LOCK_MINUTES} minutes or ask a supervisor.`,
    );
  }
  const ok = await verify(staff.passwordHash, input.password).catch(() => false);
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
