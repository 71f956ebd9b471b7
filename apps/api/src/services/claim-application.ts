import { isSupervising } from '@ssc/domain/staff-roles';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { conflict } from '../lib/problem.ts';
import { checkVersion, commitDecision, findAtCentre, pathTo, REVIEWABLE } from './staff-access.ts';

/** A reviewer takes an application: SUBMITTED → UNDER_REVIEW, assignee = them (Guide §II.4). */
export async function claimApplication(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { id: string; version: number; now: Date },
) {
  await prisma.$transaction(async (tx) => {
    const application = await findAtCentre(tx, staff, input.id);
    checkVersion(application, input.version);
    const from = application.status;
    if (!REVIEWABLE.includes(from)) {
      throw conflict('wrong-status', `This application is ${from}: there is nothing to claim.`, {
        applicationStatus: from,
      });
    }
    if (application.assigneeId === staff.id) return;
    if (application.assigneeId !== null && !isSupervising(staff.role)) {
      throw conflict('claimed-elsewhere', 'Another reviewer has already claimed this application.');
    }
    await commitDecision(tx, staff, application, {
      path: from === 'SUBMITTED' ? pathTo(from, 'UNDER_REVIEW')! : [],
      now: input.now,
      data: { assigneeId: staff.id },
      audit: [
        {
          action: 'APPLICATION_CLAIMED',
          detail: { from, previousAssigneeId: application.assigneeId },
        },
      ],
    });
  });
}
