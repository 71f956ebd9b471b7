import { makeCaseSchema } from '@ssc/domain/case-schema';
import { canTransition } from '@ssc/domain/status';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict, Problem } from '../lib/problem.ts';
import { parseWith } from '../lib/validation.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { assessForApplicant, caseWithDocuments } from './assess-application.ts';
import { applicationInclude } from './application-view.ts';
import { notEditable } from './update-application-case.ts';
import { commitChange } from './commit-change.ts';
import type { PersonalData } from './personal-data.ts';

/**
 * Submission runs the very same eligibility check the applicant saw (docs/api.md "Eligibility":
 * "the same function decides submission") and refuses with its blockers. A second application
 * for a card that has one open is accepted, for staff to resolve (ADR 014).
 */
export async function submitApplication(
  prisma: PrismaClient,
  personalData: PersonalData,
  input: { id: string; today: string; now: Date; locale: Locale },
) {
  return prisma.$transaction(async (tx) => {
    const stored = await tx.application.findUniqueOrThrow({
      where: { id: input.id },
      include: applicationInclude,
    });
    const application = { ...stored, answers: personalData.readCase(stored) };
    const from = application.status;
    if (!canTransition(from, 'SUBMITTED', 'APPLICANT')) throw notEditable(from);

    parseWith(makeCaseSchema(input.today), caseWithDocuments(application), input.locale);
    const eligibility = assessForApplicant(application, input.today);
    if (!eligibility.eligible) {
      throw new Problem(
        422,
        'not-eligible',
        'Cannot submit yet',
        'The application cannot be submitted yet.',
        {
          extensions: {
            blockers: eligibility.blockers.map((b) => ({
              ...b,
              message: t(input.locale, b.messageKey),
            })),
            missingDocuments: eligibility.missingDocuments,
            requiredDocuments: eligibility.requiredDocuments,
          },
        },
      );
    }

    await commitChange(tx, application.id, {
      actor: 'APPLICANT',
      version: application.version,
      path: ['SUBMITTED'],
      now: input.now,
      // a resubmission after a correction keeps the first submission's date (the queue's age)
      data: { submittedAt: application.submittedAt ?? input.now },
      audit: [
        {
          action: 'APPLICATION_SUBMITTED',
          detail: { from, ruleSetVersion: eligibility.ruleSetVersion },
        },
      ],
      lostRace: () =>
        conflict('edited-elsewhere', 'The application changed while submitting; try again.'),
    });
    return { status: 'SUBMITTED' as const, reference: application.reference };
  });
}
