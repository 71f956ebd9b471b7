import { STAFF_WORK_STATUSES } from '@ssc/domain/status';
import { maskName } from '@ssc/domain/id-number';
import type { ApplicationStatus } from '@ssc/domain/codes';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { encodeQueueCursor, type QueueCursor } from '../lib/queue-cursor.ts';
import { normaliseReadableCode } from '@ssc/domain/reference';
import type { PersonalData } from './personal-data.ts';
import { cardholderName, centreScope } from './staff-access.ts';

/** What the queue shows unless asked otherwise: everything staff still have to act on. */
export const DEFAULT_QUEUE_STATUSES = STAFF_WORK_STATUSES;

const DAY_MS = 86_400_000;

export interface QueueFilter {
  statuses: readonly ApplicationStatus[];
  reason?: string | undefined;
  assignee?: string | undefined;
  minAgeDays?: number | undefined;
  reference?: string | undefined;
  cursor?: QueueCursor | undefined;
  limit: number;
  now: Date;
}

const queuePageRows = z.array(z.object({ id: z.string() }));

/** Literal SQL time for a timestamp(3) column that holds UTC, whatever the session's time zone. */
const utcTimestamp = (at: Date) => Prisma.sql`${at.toISOString().slice(0, 23)}::timestamp(3)`;

/**
 * The ids of one page, in queue order. One branch per status, each read in order from the
 * (centreId, status, submittedAt, id) index and cut at the page size, then merged: PostgreSQL
 * cannot read rows in submittedAt order for an IN list of statuses from one index, and
 * sorting every open application costs time in proportion to the whole table.
 */
async function findQueuePage(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  filter: QueueFilter,
): Promise<string[]> {
  const take = filter.limit + 1;
  const common: Prisma.Sql[] = [Prisma.sql`"submittedAt" IS NOT NULL`];
  const { centreId } = centreScope(staff);
  if (centreId !== undefined) common.push(Prisma.sql`"centreId" = ${centreId}`);
  if (filter.reason) common.push(Prisma.sql`reason = CAST(${filter.reason}::text AS "Reason")`);
  if (filter.assignee === 'me') common.push(Prisma.sql`"assigneeId" = ${staff.id}::uuid`);
  else if (filter.assignee === 'unassigned') common.push(Prisma.sql`"assigneeId" IS NULL`);
  else if (filter.assignee) common.push(Prisma.sql`"assigneeId" = ${filter.assignee}::uuid`);
  if (filter.minAgeDays !== undefined) {
    const before = new Date(filter.now.getTime() - filter.minAgeDays * DAY_MS);
    common.push(Prisma.sql`"submittedAt" <= ${utcTimestamp(before)}`);
  }
  if (filter.reference) {
    // The alphabet has no LIKE wildcards (checked by the route), so the prefix is literal.
    common.push(Prisma.sql`reference LIKE ${`${normaliseReadableCode(filter.reference)}%`}`);
  }
  if (filter.cursor) {
    const { submittedAt, id } = filter.cursor;
    common.push(Prisma.sql`("submittedAt", id) > (${utcTimestamp(submittedAt)}, ${id}::uuid)`);
  }
  const where = Prisma.join(common, ' AND ');
  const branches = [...new Set(filter.statuses)].map(
    (status) =>
      Prisma.sql`(SELECT id, "submittedAt" FROM "Application"
        WHERE status = CAST(${status}::text AS "ApplicationStatus") AND ${where}
        ORDER BY "submittedAt", id LIMIT ${take})`,
  );
  if (branches.length === 0) return [];
  const rows =
    await prisma.$queryRaw`SELECT id::text AS id FROM (${Prisma.join(branches, ' UNION ALL ')}) AS page
    ORDER BY "submittedAt", id LIMIT ${take}`;
  return queuePageRows.parse(rows).map((row) => row.id);
}

/**
 * The review queue: oldest first (first come, first served at the counter), keyset-paginated
 * on (submittedAt, id) so a page never skips or repeats rows while others decide.
 */
export async function listQueue(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  filter: QueueFilter,
) {
  const ids = await findQueuePage(prisma, staff, filter);
  const found = await prisma.application.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      reference: true,
      status: true,
      reason: true,
      filerRole: true,
      // A page's names are unsealed here, a page at a time (one data key each), rather than
      // kept masked in a column of their own (docs/decisions/012-personal-data-at-rest.md).
      case: true,
      caseSealed: true,
      dataKey: true,
      submittedAt: true,
      version: true,
      assignee: { select: { id: true, displayName: true } },
    },
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      reference: row.reference,
      status: row.status,
      reason: row.reason,
      filerRole: row.filerRole,
      // Lists show masked names only; the full answers are behind an audited view.
      cardholderName: maskName(cardholderName(personalData.readCase(row))),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      ageDays: row.submittedAt
        ? Math.floor((filter.now.getTime() - row.submittedAt.getTime()) / DAY_MS)
        : 0,
      assignee: row.assignee,
      version: row.version,
    })),
    nextCursor:
      rows.length > filter.limit && last?.submittedAt
        ? encodeQueueCursor({ submittedAt: last.submittedAt, id: last.id })
        : null,
  };
}
