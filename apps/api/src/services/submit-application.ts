import { makeCaseSchema } from '@ssc/domain/case-schema';
import { canTransition } from '@ssc/domain/status';
import type { ApplicationStatus } from '@ssc/domain/codes';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict, Problem } from '../lib/problem.ts';
import { parseWith } from '../lib/validation.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { assessForApplicant, caseWithDocuments } from './assess-application.ts';
import { applicationInclude } from './application-view.ts';
import { notEditable } from './update-application-case.ts';
import { recordAudit } from './record-audit.ts';
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
    const from = application.status as ApplicationStatus;
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

    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version },
      data: {
        status: 'SUBMITTED',
        submittedAt: application.submittedAt ?? input.now,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1)
      throw conflict('edited-elsewhere', 'The application changed while submitting; try again.');
    await tx.statusEvent.create({
      data: {
        applicationId: application.id,
        status: 'SUBMITTED',
        actorType: 'APPLICANT',
        at: input.now,
      },
    });
    await recordAudit(tx, {
      actorType: 'APPLICANT',
      action: 'APPLICATION_SUBMITTED',
      applicationId: application.id,
      detail: { from, ruleSetVersion: eligibility.ruleSetVersion },
    });
    return { status: 'SUBMITTED' as const, reference: application.reference };
  });
}

export async function withdrawApplication(prisma: PrismaClient, input: { id: string; now: Date }) {
  return prisma.$transaction(async (tx) => {
    const application = await tx.application.findUniqueOrThrow({ where: { id: input.id } });
    const from = application.status as ApplicationStatus;
    if (!canTransition(from, 'WITHDRAWN', 'APPLICANT')) {
      throw conflict(
        'cannot-withdraw',
        `An application in status ${from} can no longer be withdrawn.`,
        { applicationStatus: from },
      );
    }
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version },
      data: { status: 'WITHDRAWN', version: { increment: 1 } },
    });
    if (updated.count !== 1)
      throw conflict('edited-elsewhere', 'The application changed at the same time; try again.');
    await tx.statusEvent.create({
      data: {
        applicationId: application.id,
        status: 'WITHDRAWN',
        actorType: 'APPLICANT',
        at: input.now,
      },
    });
    await recordAudit(tx, {
      actorType: 'APPLICANT',
      action: 'APPLICATION_WITHDRAWN',
      applicationId: application.id,
      detail: { from },
    });
    return { status: 'WITHDRAWN' as const, reference: application.reference };
  });
}
