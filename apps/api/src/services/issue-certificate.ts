import { maskName } from '@ssc/domain/id-number';
import type { Reason } from '@ssc/domain/codes';
import { randomReadableCode } from '../lib/crypto.ts';
import type { Db } from './db-types.ts';

/**
 * The cancellation certificate (Guide §II.4–5, docs/decisions/007-certificates.md), inside the
 * approval's transaction: a serial of the year and a random readable code, which anyone may
 * verify, and the holder's name only masked, since the verification page is public.
 */
export async function issueCertificate(
  tx: Db,
  input: {
    applicationId: string;
    /** the centre the certificate is collected at */
    centreId: string;
    holderName: string;
    reason: Reason;
    now: Date;
  },
) {
  const serial = `${input.now.toISOString().slice(0, 4)}-${randomReadableCode(3)}`;
  await tx.certificate.create({
    data: {
      serial,
      applicationId: input.applicationId,
      centreId: input.centreId,
      holderMasked: maskName(input.holderName),
      reason: input.reason,
      issuedAt: input.now,
    },
  });
  return { serial, issuedAt: input.now };
}
