import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { validationProblem } from '../lib/problem.ts';
import { jsonRecords } from '../lib/json-value.ts';
import { t } from '../lib/i18n.ts';
import type { CorrectionItem } from './application-view.ts';
import { commitDecision, pathTo, wrongStatus } from './staff-access.ts';
import { eventNote, loadForReview, type DecisionInput } from './staff-decision.ts';

/**
 * Return for correction (补正, Guide §II.4): the applicant is told exactly which documents or
 * answers to fix and why, edits them (RETURNED_FOR_CORRECTION is editable) and resubmits.
 * Each return is its own row, so the cycle can repeat and stays in the history.
 */
export async function returnForCorrection(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: DecisionInput & {
    items: CorrectionItem[];
    message?: string | undefined;
    version: number;
  },
) {
  const errors = input.items.flatMap((item, i) => [
    ...(!item.documentId && !item.kind && !item.field
      ? [
          {
            path: `items.${i}`,
            code: 'error.correctionTarget.required',
            message: t(input.locale, 'error.correctionTarget.required'),
          },
        ]
      : []),
    ...(item.reason === 'OTHER' && !item.note
      ? [
          {
            path: `items.${i}.note`,
            code: 'error.reviewNote.required',
            message: t(input.locale, 'error.reviewNote.required'),
          },
        ]
      : []),
  ]);
  if (errors.length > 0) throw validationProblem(errors);
  await prisma.$transaction(async (tx) => {
    const application = await loadForReview(tx, staff, input.id, input.version, 'returned');
    const items = input.items.map((item, i) => {
      if (!item.documentId) return item;
      const document = application.documents.find((d) => d.id === item.documentId);
      if (!document) {
        throw validationProblem([
          {
            path: `items.${i}.documentId`,
            code: 'error.correctionTarget.unknown',
            message: t(input.locale, 'error.correctionTarget.unknown'),
          },
        ]);
      }
      // The kind travels with the item: the applicant replaces the scan by uploading a new one.
      return { ...item, kind: document.kind };
    });
    const path = pathTo(application.status, 'RETURNED_FOR_CORRECTION');
    if (!path) throw wrongStatus(application.status, 'returned for correction');
    await commitDecision(tx, staff, application, {
      path,
      now: input.now,
      note: eventNote(input, application, input.message),
      audit: [
        {
          action: 'APPLICATION_RETURNED',
          detail: {
            from: application.status,
            items: items.map((i) => ({
              kind: i.kind ?? null,
              field: i.field ?? null,
              reason: i.reason,
            })),
          },
        },
      ],
    });
    const sealedItems = items.map(({ note, ...item }) =>
      note
        ? {
            ...item,
            note: input.personalData.sealNote(application, 'CorrectionRequest.items.note', note),
          }
        : item,
    );
    await tx.correctionRequest.create({
      data: {
        applicationId: application.id,
        items: jsonRecords(sealedItems),
        message: input.personalData.sealNote(
          application,
          'CorrectionRequest.message',
          input.message,
        ),
        createdAt: input.now,
        createdBy: staff.id,
      },
    });
    // The scans named in the return count as rejected, with the same reason.
    for (const item of items) {
      if (!item.documentId) continue;
      await tx.document.update({
        where: { id: item.documentId },
        data: {
          reviewDecision: 'REJECTED',
          reviewReason: item.reason,
          reviewNote: input.personalData.sealNote(application, 'Document.reviewNote', item.note),
          reviewedAt: input.now,
          reviewedBy: staff.id,
        },
      });
    }
  });
}
