import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db-types.ts';

export type AuditAction =
  | 'APPLICATION_CREATED'
  | 'APPLICATION_SUBMITTED'
  | 'APPLICATION_WITHDRAWN'
  | 'DOCUMENT_UPLOADED'
  | 'DOCUMENT_REMOVED'
  | 'STAFF_SIGNED_IN'
  | 'STAFF_SIGN_IN_FAILED'
  | 'STAFF_SIGNED_OUT'
  | 'STAFF_VIEWED_APPLICATION'
  | 'STAFF_VIEWED_DOCUMENT'
  | 'STAFF_DOWNLOADED_DOCUMENT'
  | 'APPLICATION_APPROVED'
  | 'CERTIFICATE_ISSUED'
  // staff back office
  | 'APPLICATION_CLAIMED'
  | 'APPLICATION_REASSIGNED'
  | 'DOCUMENT_REVIEWED'
  | 'APPLICATION_RETURNED'
  | 'EXPENSES_CONFIRMED'
  | 'EXPENSES_OUTSTANDING'
  | 'HRSS_CLOSED_RECORDED'
  | 'HRSS_OPEN_RECORDED'
  | 'APPLICATION_REJECTED'
  | 'PICKUP_RECORDED'
  | 'PICKUP_ID_MISMATCH'
  | 'STAFF_VIEWED_CERTIFICATE'
  | 'APPLICANT_DOWNLOADED_CERTIFICATE'
  | 'STAFF_EXPORTED_AUDIT'
  | 'STAFF_USER_CREATED'
  | 'STAFF_USER_CHANGED';

export interface AuditEntry {
  actorType: 'APPLICANT' | 'STAFF' | 'SYSTEM';
  actorId?: string | null;
  action: AuditAction;
  applicationId?: string | null;
  documentId?: string | null;
  /** Never personal data: codes and ids only. */
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit trail (append-only: the database refuses UPDATE and DELETE). */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorType: entry.actorType,
      actorId: entry.actorId ?? null,
      action: entry.action,
      applicationId: entry.applicationId ?? null,
      documentId: entry.documentId ?? null,
      ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
    },
  });
}
