import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { conflict, Problem } from '../lib/problem.ts';
import { checkVersion, commitDecision, findAtCentre, REVIEWABLE } from './staff-access.ts';

/** Supervisors hand an application to another reviewer of the same centre. */
export async function reassignApplication(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { id: string; staffId: string; version: number; now: Date },
) {
  await prisma.$transaction(async (tx) => {
    const application = await findAtCentre(tx, staff, input.id);
    checkVersion(application, input.version);
    if (
      !REVIEWABLE.includes(application.status) &&
      application.status !== 'RETURNED_FOR_CORRECTION'
    ) {
      throw conflict(
        'wrong-status',
        `This application is ${application.status}: it is no longer assigned.`,
      );
    }
    const target = await tx.staffUser.findFirst({
      where: { id: input.staffId, centreId: application.centreId ?? '', disabled: false },
    });
    if (!target) {
      throw new Problem(
        422,
        'validation',
        'Invalid request',
        'Choose a member of this centre’s staff.',
        {
          errors: [
            {
              path: 'staffId',
              code: 'unknown',
              message: 'Choose a member of this centre’s staff.',
            },
          ],
        },
      );
    }
    await commitDecision(tx, staff, application, {
      path: [],
      now: input.now,
      data: { assigneeId: target.id },
      audit: [
        {
          action: 'APPLICATION_REASSIGNED',
          detail: { from: application.assigneeId, to: target.id },
        },
      ],
    });
  });
}
