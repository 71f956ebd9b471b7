import { normaliseIdNumber } from '@ssc/domain/id-number';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { normaliseReadableCode, safeEqualHex } from '../lib/crypto.ts';
import { Problem } from '../lib/problem.ts';
import { digestIdNumber, type Secrets } from '../plugins/app/secrets.ts';

const noMatch = () =>
  new Problem(404, 'no-match', 'No match', 'No application matches this reference and ID number.');

/**
 * Tracking without a login: the reference and the cardholder's ID number together, and the
 * answer carries no personal data (API.md "Tracking"). A wrong pair and an unknown reference
 * get the same answer.
 */
export async function trackApplication(
  prisma: PrismaClient,
  secrets: Secrets,
  input: { reference: string; idNumber: string },
) {
  const application = await prisma.application.findUnique({
    where: { reference: normaliseReadableCode(input.reference) },
    include: {
      events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
      centre: true,
    },
  });
  const expected = digestIdNumber(secrets, normaliseIdNumber(input.idNumber));
  if (!application?.cardholderIdDigest || !safeEqualHex(application.cardholderIdDigest, expected)) {
    throw noMatch();
  }
  const ready = application.events.findLast((e) => e.status === 'CERTIFICATE_READY');
  const { centre } = application;
  return {
    reference: application.reference,
    status: application.status,
    timeline: application.events.map((e) => ({ status: e.status, at: e.at.toISOString() })),
    ...(ready && centre && ['CERTIFICATE_READY', 'COLLECTED'].includes(application.status)
      ? {
          pickup: {
            centre: {
              id: centre.id,
              nameZh: centre.nameZh,
              nameEn: centre.nameEn,
              addressZh: centre.addressZh,
              addressEn: centre.addressEn,
            },
            readyAt: ready.at.toISOString(),
          },
        }
      : {}),
  };
}
