import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { recordAudit } from './record-audit.ts';
import { findAtCentre } from './staff-access.ts';
import type { PersonalData } from './personal-data.ts';
import { renderFor } from './certificate-copy.ts';

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
