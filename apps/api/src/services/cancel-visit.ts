import { canChangeVisit } from '@ssc/domain/visit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Locale } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import {
  findActiveVisit,
  visitAlreadyMarked,
  visitChangeTooLate,
  visitEditedElsewhere,
} from './visit-calendar.ts';

/**
 * docs/rules.md §5.1: the applicant lets the booked visit go, until 2 hours before it starts;
 * its place is free for someone else at once. With nothing booked there is nothing to do, and
 * the answer is the same as for a cancellation (a retried request after a lost answer).
 */
export async function cancelVisit(
  prisma: PrismaClient,
  input: { applicationId: string; now: Date; locale: Locale },
): Promise<void> {
  const current = await findActiveVisit(prisma, input.applicationId);
  if (!current) return;
  if (current.status !== 'BOOKED') throw visitAlreadyMarked(current.status);
  if (!canChangeVisit(current.slot.startsAt, input.now)) {
    throw visitChangeTooLate(current, input.locale);
  }
  await prisma.$transaction(async (tx) => {
    const cancelled = await tx.visit.updateMany({
      where: { id: current.id, status: 'BOOKED', slotId: current.slotId },
      data: { status: 'CANCELLED', activeApplicationId: null, changedAt: input.now },
    });
    if (cancelled.count !== 1) throw visitEditedElsewhere();
    await tx.visitSlot.update({
      where: { id: current.slotId },
      data: { booked: { decrement: 1 } },
    });
    await recordAudit(tx, {
      actorType: 'APPLICANT',
      action: 'VISIT_CANCELLED',
      applicationId: input.applicationId,
      detail: { centreId: current.slot.centreId, start: current.slot.startsAt.toISOString() },
    });
  });
}
