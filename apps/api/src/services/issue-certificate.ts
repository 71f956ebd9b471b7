import { maskName } from '@ssc/domain/id-number';
import type { Reason } from '@ssc/domain/codes';
import { randomReadableCode } from '../lib/crypto.ts';
import type { Db } from './db-types.ts';

/**
 * The cancellation certificate (Guide §II.4–5, docs/decisions/007-certificates.md), inside the
 * approval's transaction, after the approval itself has gone through the one door (so a lost race
 * is refused before any certificate is written): a serial of the year and a random readable code, which anyone may
 * verify, and the holder's name only masked, since the verification page is public.
 */
export async function issueCertificate(
  tx: Db,
  input: {
    serial: string;
    applicationId: string;
    /** the centre the certificate is collected at */
    centreId: string;
    holderName: string;
    reason: Reason;
    now: Date;
  },
) {
  await tx.certificate.create({
    data: {
      serial: input.serial,
      applicationId: input.applicationId,
      centreId: input.centreId,
      holderMasked: maskName(input.holderName),
      reason: input.reason,
      issuedAt: input.now,
    },
  });
  return { serial: input.serial, issuedAt: input.now };
}

/** A new certificate's serial: the year, and a random readable code nobody can guess. */
export function certificateSerial(now: Date): string {
  return `${now.toISOString().slice(0, 4)}-${randomReadableCode(3)}`;
}
