import { randomUUID } from 'node:crypto';
import type { FilerRole } from '@ssc/domain/codes';
import { randomReadableCode, randomToken, sha256Hex } from '../lib/crypto.ts';
import { recordAudit } from './record-audit.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PersonalData } from './personal-data.ts';

/**
 * Starts a draft. The reference is short and readable for phone calls and the counter, and
 * random (about 59 bits), so it cannot be guessed; the access token is returned once and
 * only its hash is kept (docs/api.md).
 */
export async function createApplication(
  prisma: PrismaClient,
  personalData: PersonalData,
  filerRole: FilerRole,
) {
  const accessToken = randomToken();
  // Chosen here: the id is part of what seals the case (services/personal-data.ts).
  const id = randomUUID();
  const keyed = { id, ...personalData.newKey(id) };
  for (let attempt = 0; ; attempt++) {
    const reference = randomReadableCode(3);
    try {
      const application = await prisma.$transaction(async (tx) => {
        const created = await tx.application.create({
          data: {
            id,
            reference,
            accessTokenHash: sha256Hex(accessToken),
            filerRole,
            dataKey: keyed.dataKey,
            ...personalData.sealCase(keyed, { filer: { role: filerRole } }),
            events: { create: { status: 'DRAFT', actorType: 'APPLICANT' } },
          },
        });
        await recordAudit(tx, {
          actorType: 'APPLICANT',
          action: 'APPLICATION_CREATED',
          applicationId: created.id,
        });
        return created;
      });
      return { application, accessToken };
    } catch (error) {
      // A reference collision is astronomically rare; try a fresh one a couple of times.
      if (attempt < 3 && (error as { code?: string }).code === 'P2002') continue;
      throw error;
    }
  }
}
