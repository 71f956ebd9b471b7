import { seesEveryCentre } from '@ssc/domain/staff-roles';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { recordAudit } from './record-audit.ts';
import type { PersonalData } from './personal-data.ts';

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
 * A supervisor reads the trail of their own centre; an admin reads everything. An event about
 * an application belongs to the application's centre, whoever acted: an admin counted among a
 * centre's staff may act on another centre's cases, and those events are that other centre's.
 * An event about no application (sign-ins, staff management) belongs to the centre of the
 * member of staff it concerns: the one changed or created; a change to a centre's visit
 * calendar belongs to that centre; else the event is the actor's — an admin's own sign-ins
 * belong to no centre. The centre's applications are matched in the database (EXISTS
 * per event read), not listed here: a centre holds hundreds of thousands.
 */
function scopeSql(staff: StaffPrincipal): Prisma.Sql {
  if (seesEveryCentre(staff.role)) return Prisma.sql`TRUE`;
  const centreId = staff.centreId;
  return Prisma.sql`(CASE WHEN e."applicationId" IS NOT NULL
    THEN EXISTS (SELECT 1 FROM "Application" a
      WHERE a.id = e."applicationId" AND a."centreId" = ${centreId})
    WHEN e.detail ? 'staffId'
    THEN EXISTS (SELECT 1 FROM "StaffUser" t
      WHERE t.id::text = e.detail->>'staffId' AND t."centreId" = ${centreId})
    WHEN e.detail ? 'centreId' THEN e.detail->>'centreId' = ${centreId}
    ELSE EXISTS (SELECT 1 FROM "StaffUser" s
      WHERE s.id::text = e."actorId" AND s."centreId" = ${centreId} AND s.role <> 'ADMIN')
    END)`;
}

const isRecord = (value: unknown): value is Record<string, Prisma.JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const auditPageRows = z.array(z.object({ id: z.string() }));

/** The ids of one page, newest first, read backwards along the primary key. */
async function findAuditPage(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  filter: AuditFilter,
): Promise<bigint[]> {
  const and: Prisma.Sql[] = [scopeSql(staff)];
  // The filter is free text: compared as text, an action no code names finds nothing.
  if (filter.action) and.push(Prisma.sql`e.action::text = ${filter.action}`);
  if (filter.actorId) and.push(Prisma.sql`e."actorId" = ${filter.actorId}`);
  if (filter.applicationId) and.push(Prisma.sql`e."applicationId" = ${filter.applicationId}::uuid`);
  if (filter.from) and.push(Prisma.sql`e.at >= ${utcTimestamp(filter.from)}`);
  if (filter.to) and.push(Prisma.sql`e.at < ${utcTimestamp(filter.to)}`);
  if (filter.cursor) and.push(Prisma.sql`e.id < ${filter.cursor}::bigint`);
  const rows = await prisma.$queryRaw`SELECT e.id::text AS id FROM "AuditEvent" e
    WHERE ${Prisma.join(and, ' AND ')} ORDER BY e.id DESC LIMIT ${filter.limit + 1}`;
  return auditPageRows.parse(rows).map((row) => BigInt(row.id));
}

/** Literal SQL time for a timestamp(3) column that holds UTC, whatever the session's time zone. */
const utcTimestamp = (at: Date) => Prisma.sql`${at.toISOString().slice(0, 23)}::timestamp(3)`;

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
  personalData: PersonalData,
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
    const page = await listAuditEvents(prisma, personalData, staff, {
      ...filter,
      cursor,
      limit: 500,
    });
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
