import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { conflict, notFound } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';
import { findAtCentre } from './staff-access.ts';
import type { PersonalData } from './personal-data.ts';

/**
 * docs/decisions/007-certificates.md: the PDF is rendered on demand from the certificate row
 * and the (frozen, no longer editable) answers, not stored: nothing personal lies on disk twice,
 * and a revoked certificate cannot be downloaded again.
 */
async function renderFor(
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

/** Staff print the certificate for the counter (audited like any access to personal data). */
export async function openCertificateAsStaff(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  input: { id: string; verificationBaseUrl: string },
) {
  await findAtCentre(prisma, staff, input.id);
  const result = await renderFor(prisma, personalData, input.id, input.verificationBaseUrl);
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: 'STAFF_VIEWED_CERTIFICATE',
    applicationId: input.id,
    detail: { serial: result.serial },
  });
  return result;
}

/** The applicant's electronic copy: only after pickup, when the card has been handed in (Guide §II.5). */
export async function downloadCertificateAsApplicant(
  prisma: PrismaClient,
  personalData: PersonalData,
  input: { id: string; verificationBaseUrl: string },
) {
  const application = await prisma.application.findUnique({
    where: { id: input.id },
    select: { status: true },
  });
  if (!application) throw notFound('The application');
  if (application.status !== 'COLLECTED') {
    throw conflict(
      'not-collected',
      'The electronic copy is available once the certificate has been collected at the service centre.',
      { applicationStatus: application.status },
    );
  }
  const result = await renderFor(prisma, personalData, input.id, input.verificationBaseUrl);
  await recordAudit(prisma, {
    actorType: 'APPLICANT',
    action: 'APPLICANT_DOWNLOADED_CERTIFICATE',
    applicationId: input.id,
    detail: { serial: result.serial },
  });
  return result;
}
