import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { PersonalData } from './personal-data.ts';
import { findAuditPage, isRecord, type AuditFilter } from './audit-scope.ts';

/** Newest first, keyset on the id (the table is append-only, so ids only grow). */
export async function listAuditEvents(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  filter: AuditFilter,
) {
  const ids = await findAuditPage(prisma, staff, filter);
  const rows = await prisma.auditEvent.findMany({
    where: { id: { in: ids } },
    orderBy: { id: 'desc' },
  });
  const page = rows.slice(0, filter.limit);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((v): v is string => !!v))];
  const applicationIds = [
    ...new Set(page.map((r) => r.applicationId).filter((v): v is string => !!v)),
  ];
  const [actors, applications] = await Promise.all([
    prisma.staffUser.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, displayName: true },
    }),
    prisma.application.findMany({
      where: { id: { in: applicationIds } },
      select: { id: true, reference: true, dataKey: true },
    }),
  ]);
  // A note in the detail is sealed with its application's data key; the reader sees it in clear.
  const openDetail = (
    detail: Prisma.JsonValue,
    applicationId: string | null,
  ): Record<string, Prisma.JsonValue> | null => {
    // Every detail is written as named keys (AuditEntry); nothing else is read as one.
    if (!isRecord(detail)) return null;
    const application = applications.find((a) => a.id === applicationId);
    if (!application || typeof detail.note !== 'string') return detail;
    return { ...detail, note: personalData.openNote(application, 'AuditEvent.note', detail.note) };
  };
  return {
    items: page.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      actorType: row.actorType,
      actor: actors.find((a) => a.id === row.actorId) ?? null,
      action: row.action,
      applicationId: row.applicationId,
      reference: applications.find((a) => a.id === row.applicationId)?.reference ?? null,
      documentId: row.documentId,
      detail: openDetail(row.detail ?? null, row.applicationId),
    })),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
