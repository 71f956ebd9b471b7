import { normaliseIdNumber } from '@ssc/domain/id-number';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { normaliseReadableCode } from '@ssc/domain/reference';
import { safeEqualHex } from '../lib/crypto.ts';
import { Problem } from '../lib/problem.ts';
import { digestIdNumber, type Secrets } from '../lib/digests.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { findOpenCorrection, parseCorrectionItems } from './application-view.ts';
import { describeVisit, findActiveVisit } from './visit-calendar.ts';

const noMatch = () =>
  new Problem(404, 'no-match', 'No match', 'No application matches this reference and ID number.');

/**
 * Tracking without a login: the reference and the cardholder's ID number together, and the
 * answer carries no personal data (docs/api.md "Tracking"). A wrong pair and an unknown reference
 * get the same answer.
 */
export async function trackApplication(
  prisma: PrismaClient,
  secrets: Secrets,
  input: { reference: string; idNumber: string; locale?: Locale },
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
  const locale = input.locale ?? 'zh-CN';
  // 补正: what to fix and why, as document kinds, answer paths and reason codes only.
  const correction = await findOpenCorrection(prisma, application);
  const corrections = parseCorrectionItems(correction?.items).map((item) => ({
    ...(item.kind ? { kind: item.kind } : {}),
    ...(item.field ? { field: item.field } : {}),
    reason: item.reason,
    message: t(locale, `reviewReason.${item.reason}`),
  }));
  // docs/rules.md §5.1: when and where the visit is booked; a time and a centre, nobody's name.
  const visit = describeVisit(await findActiveVisit(prisma, application.id));
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
    ...(application.status === 'RETURNED_FOR_CORRECTION' ? { corrections } : {}),
    // Guide §II.4 "reject with reasons": the reason code in the reader's language (the
    // supervisor's free-text note may name people, so it stays behind the access token).
    ...(application.status === 'REJECTED' && application.rejectionReason
      ? {
          rejection: {
            reason: application.rejectionReason,
            message: t(locale, `rejectionReason.${application.rejectionReason}`),
          },
        }
      : {}),
    visit,
  };
}
