import type { PrismaClient } from '../generated/prisma/client.ts';
import { notFound } from '../lib/problem.ts';
import type { PersonalData } from './personal-data.ts';

/**
 * docs/decisions/007-certificates.md: the PDF is rendered on demand from the certificate row
 * and the (frozen, no longer editable) answers, not stored: nothing personal lies on disk twice,
 * and a revoked certificate cannot be downloaded again.
 */
export async function renderFor(
  prisma: PrismaClient,
  personalData: PersonalData,
  applicationId: string,
  verificationBaseUrl: string,
) {
  const application = await prisma.application.findUnique({
    where: { id: applicationId },
    include: { certificate: { include: { centre: true } } },
  });
  const certificate = application?.certificate;
  if (!application || !certificate || certificate.revokedAt) throw notFound('The certificate');
  const { cardholder } = personalData.readCase(application);
  // pdf-lib, fontkit, qrcode and the font subsetter hold ~60 MB once loaded; most processes
  // never draw a certificate, so they load with the first one.
  const { renderCertificatePdf } = await import('./render-certificate-pdf.ts');
  const pdf = await renderCertificatePdf({
    serial: certificate.serial,
    holderName: cardholder?.name ?? '',
    idNumber: cardholder?.idNumber ?? '',
    reason: certificate.reason,
    centre: certificate.centre,
    issuedAt: certificate.issuedAt,
    verificationUrl: `${verificationBaseUrl}/verify/${certificate.serial}`,
  });
  return { pdf, serial: certificate.serial };
}
