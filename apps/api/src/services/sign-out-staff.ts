import type { PrismaClient } from '../generated/prisma/client.ts';
import { sha256Hex } from '../lib/crypto.ts';
import { recordAudit } from './record-audit.ts';

/** Ends this session (its row), audited. */
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
