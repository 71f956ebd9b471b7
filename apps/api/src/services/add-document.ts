import type { ApplicationStatus, DocumentKind } from '@ssc/domain/codes';
import { isApplicantEditable } from '@ssc/domain/status';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { DocumentStorage, ReceivedFile } from '../plugins/app/storage.ts';
import { Problem } from '../lib/problem.ts';
import { notEditable } from './update-application-case.ts';
import { recordAudit } from './record-audit.ts';

/** Issue "Documents": at most 20 files an application. */
export const MAX_DOCUMENTS_PER_APPLICATION = 20;

/**
 * The row and the file land together: the file is renamed into place inside the
 * transaction, and removed again if the transaction does not commit.
 */
export async function addDocument(
  prisma: PrismaClient,
  input: { applicationId: string; kind: DocumentKind; file: ReceivedFile },
) {
  try {
    return await prisma.$transaction(async (tx) => {
      const application = await tx.application.findUniqueOrThrow({
        where: { id: input.applicationId },
        select: { id: true, status: true, _count: { select: { documents: true } } },
      });
      if (!isApplicantEditable(application.status as ApplicationStatus))
        throw notEditable(application.status);
      if (application._count.documents >= MAX_DOCUMENTS_PER_APPLICATION) {
        throw new Problem(
          413,
          'too-many-documents',
          'Too many documents',
          `An application holds at most ${MAX_DOCUMENTS_PER_APPLICATION} files; remove one first.`,
        );
      }
      const storageKey = await input.file.commit();
      const document = await tx.document.create({
        data: {
          applicationId: application.id,
          kind: input.kind,
          contentType: input.file.contentType,
          size: input.file.size,
          sha256: input.file.sha256,
          storageKey,
        },
      });
      await tx.application.update({
        where: { id: application.id },
        data: { version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actorType: 'APPLICANT',
        action: 'DOCUMENT_UPLOADED',
        applicationId: application.id,
        documentId: document.id,
        detail: { kind: input.kind, contentType: input.file.contentType, size: input.file.size },
      });
      return {
        id: document.id,
        kind: document.kind,
        contentType: document.contentType,
        size: document.size,
        sha256: document.sha256,
      };
    });
  } catch (error) {
    await input.file.discard();
    throw error;
  }
}

export async function removeDocument(
  prisma: PrismaClient,
  storage: DocumentStorage,
  input: { applicationId: string; documentId: string },
) {
  const storageKey = await prisma.$transaction(async (tx) => {
    const application = await tx.application.findUniqueOrThrow({
      where: { id: input.applicationId },
      select: { status: true },
    });
    if (!isApplicantEditable(application.status as ApplicationStatus))
      throw notEditable(application.status);
    const document = await tx.document.findFirst({
      where: { id: input.documentId, applicationId: input.applicationId },
    });
    if (!document) throw new Problem(404, 'not-found', 'Not found', 'The document does not exist.');
    await tx.document.delete({ where: { id: document.id } });
    await tx.application.update({
      where: { id: input.applicationId },
      data: { version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorType: 'APPLICANT',
      action: 'DOCUMENT_REMOVED',
      applicationId: input.applicationId,
      documentId: document.id,
      detail: { kind: document.kind },
    });
    return document.storageKey;
  });
  // The row is gone for good; only now remove the file (a leftover file is harmless, a dangling row is not).
  await storage.remove(storageKey);
}
