import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { notFound } from '../lib/problem.ts';
import { recordAudit } from './record-audit.ts';
import { findAtCentre } from './staff-access.ts';

/** A scan of an application at the reader's centre, to show or download; every access is audited. */
export async function openDocumentAsStaff(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { applicationId: string; documentId: string; download: boolean },
) {
  await findAtCentre(prisma, staff, input.applicationId);
  const document = await prisma.document.findFirst({
    where: { id: input.documentId, applicationId: input.applicationId },
  });
  if (!document) throw notFound('The document');
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: input.download ? 'STAFF_DOWNLOADED_DOCUMENT' : 'STAFF_VIEWED_DOCUMENT',
    applicationId: input.applicationId,
    documentId: document.id,
  });
  return document;
}
