import { isApplicantEditable } from '@ssc/domain/status';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { DocumentStorage } from '../lib/document-storage.ts';
import { Problem } from '../lib/problem.ts';
import { notEditable } from './update-application-case.ts';
import { commitChange, lockApplication } from './commit-change.ts';

/** The applicant removes a scan while the application is theirs to change. */
export async function removeDocument(
  prisma: PrismaClient,
  storage: DocumentStorage,
  input: { applicationId: string; documentId: string; now: Date },
) {
  const storageKey = await prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    if (!application) throw notEditable('UNKNOWN');
    if (!isApplicantEditable(application.status)) throw notEditable(application.status);
    const document = await tx.document.findFirst({
      where: { id: input.documentId, applicationId: input.applicationId },
    });
    if (!document) throw new Problem(404, 'not-found', 'Not found', 'The document does not exist.');
    await tx.document.delete({ where: { id: document.id } });
    await commitChange(tx, application.id, {
      actor: 'APPLICANT',
      version: application.version,
      now: input.now,
      audit: [
        { action: 'DOCUMENT_REMOVED', documentId: document.id, detail: { kind: document.kind } },
      ],
    });
    return document.storageKey;
  });
  // The row is gone for good; only now remove the file (a leftover file is harmless, a dangling row is not).
  await storage.remove(storageKey);
}
