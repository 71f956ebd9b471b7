import type { HistoryFact } from '@ssc/domain/history-facts';
import { needsHrssClosure } from '@ssc/domain/eligibility';
import { approvalReadiness } from '@ssc/domain/staff-decisions';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { Problem } from '../lib/problem.ts';
import { t } from '../lib/i18n.ts';
import { assessForStaff } from './assess-application.ts';
import { certificateSerial, issueCertificate } from './issue-certificate.ts';
import {
  cardholderName,
  commitDecision,
  fieldProblem,
  pathTo,
  wrongStatus,
} from './staff-access.ts';
import { auditNote, eventNote, loadForReview, type DecisionInput } from './staff-decision.ts';

export interface ApprovalInput extends DecisionInput {
  today: string;
  /** the row version the reviewer saw: approval issues the certificate, so it is never skipped */
  version: number;
  note?: string | undefined;
}

/**
 * Approval issues the cancellation certificate and makes it ready for pickup at the chosen
 * centre (Guide §II.4–5). It needs expenses confirmed (Guide §III.1), for a death or
 * disappearance the HRSS business closed (Art. 26), every scan accepted, and the rules met.
 */
export async function approveApplication(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: ApprovalInput,
) {
  return prisma.$transaction(async (tx) => {
    const application = await loadForReview(tx, staff, input.id, input.version, 'approved');
    const answers = input.personalData.readCase(application);
    const eligibility = await assessForStaff(tx, { ...application, answers }, input.today);
    // The rule is the domain's, as the review page's checklist shows it. The confirmations are
    // decisions of their own (POST …/expenses, …/hrss-closed), made before this one.
    const unmet = new Set(
      approvalReadiness({
        reason: application.reason,
        documents: application.documents.map((d) => ({
          accepted: d.reviewDecision === 'ACCEPTED',
        })),
        expensesSettled: Boolean(application.expensesSettledAt),
        hrssClosed: Boolean(application.hrssClosedAt),
        eligible: eligibility.eligible,
      })
        .filter((check) => !check.ok)
        .map((check) => check.check),
    );
    if (unmet.has('expenses')) {
      throw fieldProblem(
        422,
        'expenses-not-confirmed',
        'Expenses not confirmed',
        'expensesSettledConfirmed',
        'error.approval.expensesSettledConfirmed',
        t(input.locale, 'error.approval.expensesSettledConfirmed'),
      );
    }
    if (unmet.has('hrss')) {
      throw fieldProblem(
        422,
        'hrss-not-closed',
        'HRSS business still open',
        'hrssClosedConfirmed',
        'HRSS_NOT_CLOSED',
        t(input.locale, 'blocker.HRSS_NOT_CLOSED'),
      );
    }
    if (unmet.has('documents')) {
      const notAccepted = application.documents.filter((d) => d.reviewDecision !== 'ACCEPTED');
      throw new Problem(
        422,
        'documents-not-accepted',
        'Documents not all accepted',
        t(input.locale, 'error.approval.documentsNotAccepted'),
        {
          errors: notAccepted.map((d) => ({
            path: `documents.${d.id}`,
            code: 'error.approval.documentsNotAccepted',
            message: t(input.locale, 'error.approval.documentsNotAccepted'),
          })),
        },
      );
    }
    if (unmet.has('eligibility')) {
      throw new Problem(
        422,
        'not-eligible',
        'Not eligible',
        'The application does not meet the rules.',
        {
          extensions: {
            blockers: eligibility.blockers.map((b) => ({
              ...b,
              message: t(input.locale, b.messageKey),
            })),
          },
        },
      );
    }
    const art26 = Boolean(application.reason && needsHrssClosure(application.reason));
    const path = pathTo(application.status, 'APPROVED');
    if (!path) throw wrongStatus(application.status, 'approved');
    // Guide §III.1 for every case; Art. 26 for a death or a disappearance.
    const confirmations: HistoryFact[] = [
      'EXPENSES_SETTLED',
      ...(art26 ? ['HRSS_CLOSED' as const] : []),
    ];
    const serial = certificateSerial(input.now);
    await commitDecision(tx, staff, application, {
      path: [...path, 'CERTIFICATE_READY'],
      now: input.now,
      // The APPROVED step carries the why (docs/rules.md §5); CERTIFICATE_READY follows it.
      noteOn: 'APPROVED',
      note: eventNote(input, application, input.note),
      facts: confirmations,
      audit: [
        {
          action: 'APPLICATION_APPROVED',
          detail: {
            from: application.status,
            confirmations,
            note: auditNote(input, application, input.note),
          },
        },
        { action: 'CERTIFICATE_ISSUED', detail: { serial } },
      ],
    });
    // Only now, with the row locked and the version checked: a second approver waiting on the
    // lock is refused there, and never reaches the one certificate an application may have.
    const certificate = await issueCertificate(tx, {
      serial,
      applicationId: application.id,
      centreId: application.centreId ?? staff.centreId,
      holderName: cardholderName(answers),
      reason: application.reason ?? 'OTHER',
      now: input.now,
    });
    return {
      status: 'CERTIFICATE_READY' as const,
      certificate: { serial: certificate.serial, issuedAt: input.now.toISOString() },
      version: application.version + 1,
    };
  });
}
