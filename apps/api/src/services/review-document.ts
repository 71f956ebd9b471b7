import type { ReviewDecision, ReviewReason } from '@ssc/domain/codes';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { Problem, validationProblem } from '../lib/problem.ts';
import { t } from '../lib/i18n.ts';
import { commitDecision } from './staff-access.ts';
import { loadForReview, reviewPath, type DecisionInput } from './staff-decision.ts';

/** Guide §II.4: each scan is accepted, or rejected with a reason from the list (OTHER + text). */
export async function reviewDocument(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: DecisionInput & {
    documentId: string;
    decision: ReviewDecision;
    reason?: ReviewReason | undefined;
    note?: string | undefined;
    version: number;
  },
) {
  if (input.decision === 'REJECTED' && !input.reason) {
    throw validationProblem([
      {
        path: 'reason',
        code: 'error.reviewReason.required',
        message: t(input.locale, 'error.reviewReason.required'),
      },
    ]);
  }
  if (input.decision === 'REJECTED' && input.reason === 'OTHER' && !input.note) {
    throw validationProblem([
      {
        path: 'note',
        code: 'error.reviewNote.required',
        message: t(input.locale, 'error.reviewNote.required'),
      },
    ]);
  }
  await prisma.$transaction(async (tx) => {
    const application = await loadForReview(tx, staff, input.id, input.version, 'reviewed');
    const document = application.documents.find((d) => d.id === input.documentId);
    if (!document) throw new Problem(404, 'not-found', 'Not found', 'The document does not exist.');
    const rejected = input.decision === 'REJECTED';
    await commitDecision(tx, staff, application, {
      path: reviewPath(application),
      now: input.now,
      audit: [
        {
          action: 'DOCUMENT_REVIEWED',
          documentId: document.id,
          detail: {
            decision: input.decision,
            ...(rejected ? { reason: input.reason ?? null } : {}),
          },
        },
      ],
    });
    await tx.document.update({
      where: { id: document.id },
      data: {
        reviewDecision: input.decision,
        reviewReason: rejected ? (input.reason ?? null) : null,
        reviewNote: input.personalData.sealNote(application, 'Document.reviewNote', input.note),
        reviewedAt: input.now,
        reviewedBy: staff.id,
      },
    });
  });
}
