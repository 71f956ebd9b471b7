import { canTransition } from '@ssc/domain/status';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict } from '../lib/problem.ts';
import { commitChange } from './commit-change.ts';

/** The applicant withdraws the application while the lifecycle allows it (docs/rules.md §5). */
export async function withdrawApplication(prisma: PrismaClient, input: { id: string; now: Date }) {
  return prisma.$transaction(async (tx) => {
    const application = await tx.application.findUniqueOrThrow({ where: { id: input.id } });
    const from = application.status;
    if (!canTransition(from, 'WITHDRAWN', 'APPLICANT')) {
      throw conflict(
        'cannot-withdraw',
        `An application in status ${from} can no longer be withdrawn.`,
        { applicationStatus: from },
      );
    }
    await commitChange(tx, application.id, {
      actor: 'APPLICANT',
      version: application.version,
      path: ['WITHDRAWN'],
      now: input.now,
      audit: [{ action: 'APPLICATION_WITHDRAWN', detail: { from } }],
      lostRace: () =>
        conflict('edited-elsewhere', 'The application changed at the same time; try again.'),
    });
    return { status: 'WITHDRAWN' as const, reference: application.reference };
  });
}
