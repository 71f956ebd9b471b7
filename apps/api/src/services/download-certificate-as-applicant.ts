import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict, notFound } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';
import type { PersonalData } from './personal-data.ts';
import { renderFor } from './certificate-copy.ts';

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
