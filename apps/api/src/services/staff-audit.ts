import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { recordAudit } from './record-audit.ts';

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  applicationId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * A supervisor reads the trail of their own centre: what its staff did, and what happened to
 * its applications. An admin reads everything.
 */
async function scopeWhere(
  prisma: PrismaClient,
  staff: StaffPrincipal,
): Promise<Prisma.AuditEventWhereInput> {
  if (staff.role === 'ADMIN') return {};
  const [people, applications] = await Promise.all([
    prisma.staffUser.findMany({ where: { centreId: staff.centreId }, select: { id: true } }),
    prisma.application.findMany({ where: { centreId: staff.centreId }, select: { id: true } }),
  ]);
  return {
    OR: [
      { actorId: { in: people.map((p) => p.id) } },
      { applicationId: { in: applications.map((a) => a.id) } },
    ],
  };
}

/** Newest first, keyset on the id (the table is append-only, so ids only grow). */
export async function listAuditEvents(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  filter: AuditFilter,
) {
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      await scopeWhere(prisma, staff),
      filter.action ? { action: filter.action } : {},
      filter.actorId ? { actorId: filter.actorId } : {},
      filter.applicationId ? { applicationId: filter.applicationId } : {},
      filter.from || filter.to
        ? {
            at: {
              ...(filter.from ? { gte: filter.from } : {}),
              ...(filter.to ? { lt: filter.to } : {}),
            },
          }
        : {},
      filter.cursor ? { id: { lt: BigInt(filter.cursor) } } : {},
    ],
  };
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: { id: 'desc' },
    take: filter.limit + 1,
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
      select: { id: true, reference: true },
    }),
  ]);
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
      detail: (row.detail ?? null) as unknown,
    })),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}

/**
 * One CSV cell. Quoted always; a cell a spreadsheet would read as a formula (= + - @, or a tab
 * or carriage return that some spreadsheets also honour) gets a leading apostrophe (OWASP
 * "CSV injection").
 */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const MAX_EXPORT_ROWS = 50_000;

/** The same filters as the list, as CSV (UTF-8 with BOM so spreadsheets read Chinese right). */
export async function exportAuditCsv(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  filter: Omit<AuditFilter, 'limit' | 'cursor'>,
) {
  const header = [
    'id',
    'at',
    'actorType',
    'actorId',
    'actor',
    'action',
    'applicationId',
    'reference',
    'documentId',
    'detail',
  ];
  const lines = [header.map(csvCell).join(',')];
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await listAuditEvents(prisma, staff, { ...filter, cursor, limit: 500 });
    for (const item of page.items) {
      lines.push(
        [
          item.id,
          item.at,
          item.actorType,
          item.actor?.id ?? '',
          item.actor?.displayName ?? '',
          item.action,
          item.applicationId ?? '',
          item.reference ?? '',
          item.documentId ?? '',
          item.detail,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && count < MAX_EXPORT_ROWS);
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: 'STAFF_EXPORTED_AUDIT',
    detail: { rows: count },
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
