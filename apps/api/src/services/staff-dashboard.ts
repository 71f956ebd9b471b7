import { seesEveryCentre } from '@ssc/domain/staff-roles';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';

/** Waiting on staff (Guide §II.4): what "oldest waiting" looks at. */
const WAITING = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'AWAITING_SETTLEMENT',
  'AWAITING_HRSS_CLOSURE',
] as const;
const DAY_MS = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Per centre: counts by status, the oldest application waiting on staff, and the median hours
 * from submission to the decision (approval or refusal) over the last 30 days.
 */
export async function describeDashboard(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { now: Date },
) {
  const centres = await prisma.serviceCentre.findMany({
    where: seesEveryCentre(staff.role) ? {} : { id: staff.centreId },
    orderBy: { id: 'asc' },
  });
  const since = new Date(input.now.getTime() - 30 * DAY_MS);
  return {
    centres: await Promise.all(
      centres.map(async (centre) => {
        const groups = await prisma.application.groupBy({
          by: ['status'],
          where: { centreId: centre.id, status: { not: 'DRAFT' } },
          _count: { _all: true },
        });
        const oldest = await prisma.application.findFirst({
          where: { centreId: centre.id, status: { in: [...WAITING] }, submittedAt: { not: null } },
          orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
          select: { reference: true, submittedAt: true },
        });
        const decisions = await prisma.statusEvent.findMany({
          where: {
            status: { in: ['APPROVED', 'REJECTED'] },
            at: { gte: since },
            application: { centreId: centre.id },
          },
          select: { at: true, application: { select: { submittedAt: true } } },
        });
        const hours = decisions
          .filter((d) => d.application.submittedAt)
          .map((d) => (d.at.getTime() - d.application.submittedAt!.getTime()) / 3_600_000);
        const m = median(hours);
        return {
          centre: {
            id: centre.id,
            nameZh: centre.nameZh,
            nameEn: centre.nameEn,
            addressZh: centre.addressZh,
            addressEn: centre.addressEn,
          },
          countsByStatus: Object.fromEntries(groups.map((g) => [g.status, g._count._all])),
          oldestWaiting: oldest?.submittedAt
            ? { reference: oldest.reference, submittedAt: oldest.submittedAt.toISOString() }
            : null,
          medianHoursToDecision30d: m === null ? null : Math.round(m * 10) / 10,
        };
      }),
    ),
  };
}
