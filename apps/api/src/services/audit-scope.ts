import { seesEveryCentre } from '@ssc/domain/staff-roles';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';

// What every reading of the audit trail shares: the filter, and whose events a reader sees.

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
export function scopeSql(staff: StaffPrincipal): Prisma.Sql {
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

export const isRecord = (value: unknown): value is Record<string, Prisma.JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const auditPageRows = z.array(z.object({ id: z.string() }));

/** The ids of one page, newest first, read backwards along the primary key. */
export async function findAuditPage(
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
export const utcTimestamp = (at: Date) =>
  Prisma.sql`${at.toISOString().slice(0, 23)}::timestamp(3)`;
