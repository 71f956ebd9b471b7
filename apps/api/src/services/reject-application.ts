import { refusalFact } from '@ssc/domain/history-facts';
import { rejectionNeedsNote } from '@ssc/domain/staff-decisions';
import type { RejectionReason } from '@ssc/domain/codes';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { validationProblem } from '../lib/problem.ts';
import { t } from '../lib/i18n.ts';
import { checkVersion, commitDecision, findAtCentre, pathTo, wrongStatus } from './staff-access.ts';
import { eventNote, type DecisionInput } from './staff-decision.ts';

/** Guide §II.4 "reject with reasons": supervisors only; the applicant reads the reason in their language. */
export async function rejectApplication(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: DecisionInput & { reason: RejectionReason; note?: string | undefined; version: number },
) {
  if (rejectionNeedsNote(input.reason) && !input.note) {
    throw validationProblem([
      {
        path: 'note',
        code: 'error.rejectionNote.required',
        message: t(input.locale, 'error.rejectionNote.required'),
      },
    ]);
  }
  await prisma.$transaction(async (tx) => {
    const application = await findAtCentre(tx, staff, input.id);
    checkVersion(application, input.version);
    const path = pathTo(application.status, 'REJECTED');
    if (!path) throw wrongStatus(application.status, 'refused');
    await commitDecision(tx, staff, application, {
      path,
      now: input.now,
      note: eventNote(input, application, input.note),
      facts: [refusalFact(input.reason)],
      data: {
        rejectionReason: input.reason,
        rejectionNote: input.personalData.sealNote(
          application,
          'Application.rejectionNote',
          input.note,
        ),
      },
      audit: [
        {
          action: 'APPLICATION_REJECTED',
          detail: { from: application.status, reason: input.reason },
        },
      ],
    });
  });
}
