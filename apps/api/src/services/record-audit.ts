import type { Prisma } from '../generated/prisma/client.ts';
import type { AuditAction } from '@ssc/domain/codes';
import type { Db } from './db-types.ts';

// The codes are the domain's (packages/domain/src/codes.ts), stored as the AuditAction enum.
export type { AuditAction };

export interface AuditEntry {
  actorType: 'APPLICANT' | 'STAFF' | 'SYSTEM';
  actorId?: string | null;
  action: AuditAction;
  applicationId?: string | null;
  documentId?: string | null;
  /** Never personal data: codes and ids only, as named keys (the audit page lists them). */
  detail?: Prisma.InputJsonObject;
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
