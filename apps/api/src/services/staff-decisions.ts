import { maskName, normaliseIdNumber } from '@ssc/domain/id-number';
import { refusalFact, type HistoryFact } from '@ssc/domain/history-facts';
import { needsHrssClosure } from '@ssc/domain/eligibility';
import { approvalReadiness, rejectionNeedsNote } from '@ssc/domain/staff-decisions';
import type { RejectionReason, ReviewDecision, ReviewReason } from '@ssc/domain/codes';
import type { CasePatch } from '@ssc/domain/case-schema';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { Problem, validationProblem } from '../lib/problem.ts';
import { randomReadableCode } from '../lib/crypto.ts';
import { jsonRecords } from '../lib/json-value.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { assessForStaff } from './assess-application.ts';
import type { CorrectionItem } from './application-view.ts';
import { recordAudit } from './record-audit.ts';
import type { KeyedRow, PersonalData } from './personal-data.ts';
import {
  cardholderName,
  checkAssignee,
  checkVersion,
  commitDecision,
  fieldProblem,
  findAtCentre,
  pathTo,
  REVIEWABLE,
  wrongStatus,
  type LoadedApplication,
} from './staff-access.ts';

interface Common {
  id: string;
  now: Date;
  locale: Locale;
  personalData: PersonalData;
}

/** A history note, sealed like every free-text note about a person (services/personal-data.ts). */
const eventNote = (input: Common, application: KeyedRow, text: string | null | undefined) =>
  input.personalData.sealNote(application, 'StatusEvent.note', text || null);

/** A note kept in the audit trail's detail, sealed the same way. */
const auditNote = (input: Common, application: KeyedRow, text: string | null | undefined) =>
  input.personalData.sealNote(application, 'AuditEvent.note', text || null);

/** Guards shared by every examination step: a reviewable status, the right reviewer, the version. */
async function loadForReview(
  tx: Parameters<typeof findAtCentre>[0],
  staff: StaffPrincipal,
  id: string,
  version: number | undefined,
  action: string,
) {
  const application = await findAtCentre(tx, staff, id);
  checkVersion(application, version);
  if (!REVIEWABLE.includes(application.status)) throw wrongStatus(application.status, action);
  checkAssignee(staff, application);
  return application;
}

/** From the queue, examining starts the review (SUBMITTED → UNDER_REVIEW); otherwise no move. */
function reviewPath(application: LoadedApplication) {
  return application.status === 'SUBMITTED' ? ['UNDER_REVIEW' as const] : [];
}

/** Guide §II.4: each scan is accepted, or rejected with a reason from the list (OTHER + text). */
export async function reviewDocument(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: Common & {
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
    await commitDecision(tx, staff, application, { path: reviewPath(application), now: input.now });
    const rejected = input.decision === 'REJECTED';
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
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'DOCUMENT_REVIEWED',
      applicationId: application.id,
      documentId: document.id,
      detail: { decision: input.decision, ...(rejected ? { reason: input.reason ?? null } : {}) },
    });
  });
}

/**
 * Return for correction (补正, Guide §II.4): the applicant is told exactly which documents or
 * answers to fix and why, edits them (RETURNED_FOR_CORRECTION is editable) and resubmits.
 * Each return is its own row, so the cycle can repeat and stays in the history.
 */
export async function returnForCorrection(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: Common & {
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
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'APPLICATION_RETURNED',
      applicationId: application.id,
      detail: {
        from: application.status,
        items: items.map((i) => ({
          kind: i.kind ?? null,
          field: i.field ?? null,
          reason: i.reason,
        })),
      },
    });
  });
}

/**
 * docs/rules.md §3.1 (Guide §I, §III.1): staff confirm that the expenses tied to the card are settled.
 * Not settled → the application waits in AWAITING_SETTLEMENT with a note of what is owed.
 */
export async function confirmExpenses(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: Common & { settled: boolean; note?: string | undefined; version: number },
) {
  await prisma.$transaction(async (tx) => {
    const application = await loadForReview(tx, staff, input.id, input.version, 'changed');
    if (input.settled) {
      // Waiting for settlement ends; back to examination.
      const path =
        application.status === 'AWAITING_SETTLEMENT' || application.status === 'SUBMITTED'
          ? ['UNDER_REVIEW' as const]
          : [];
      await commitDecision(tx, staff, application, {
        path,
        now: input.now,
        note: path.length ? eventNote(input, application, input.note) : null,
        facts: path.length ? ['EXPENSES_SETTLED'] : [],
        data: { expensesSettledAt: input.now, expensesSettledBy: staff.id },
      });
    } else {
      if (!input.note) {
        throw fieldProblem(
          422,
          'validation',
          'Invalid request',
          'note',
          'required',
          'Say what is still owed.',
        );
      }
      // Already waiting: the new note of what is owed goes to the audit trail.
      const path =
        application.status === 'AWAITING_SETTLEMENT'
          ? []
          : pathTo(application.status, 'AWAITING_SETTLEMENT');
      if (!path) throw wrongStatus(application.status, 'put on hold');
      await commitDecision(tx, staff, application, {
        path,
        now: input.now,
        note: eventNote(input, application, input.note),
        data: { expensesSettledAt: null, expensesSettledBy: null },
      });
    }
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: input.settled ? 'EXPENSES_CONFIRMED' : 'EXPENSES_OUTSTANDING',
      applicationId: application.id,
      detail: { from: application.status, note: auditNote(input, application, input.note) },
    });
  });
}

/**
 * Art. 26: after a death or disappearance the card is cancelled only once the HRSS business is
 * closed. Staff record it, or the application waits in AWAITING_HRSS_CLOSURE.
 */
export async function recordHrssClosed(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: Common & { closed: boolean; note?: string | undefined; version: number },
) {
  await prisma.$transaction(async (tx) => {
    const application = await loadForReview(tx, staff, input.id, input.version, 'changed');
    if (!application.reason || !needsHrssClosure(application.reason)) {
      throw fieldProblem(
        422,
        'not-art-26',
        'Not an Article 26 case',
        'closed',
        'NOT_ART_26',
        'Only a death or disappearance needs the HRSS business closed (Art. 26).',
      );
    }
    if (input.closed) {
      const path =
        application.status === 'AWAITING_HRSS_CLOSURE' || application.status === 'SUBMITTED'
          ? ['UNDER_REVIEW' as const]
          : [];
      await commitDecision(tx, staff, application, {
        path,
        now: input.now,
        note: path.length ? eventNote(input, application, input.note) : null,
        facts: path.length ? ['HRSS_CLOSED'] : [],
        data: { hrssClosedAt: input.now, hrssClosedBy: staff.id },
      });
    } else {
      const path =
        application.status === 'AWAITING_HRSS_CLOSURE'
          ? []
          : pathTo(application.status, 'AWAITING_HRSS_CLOSURE');
      if (!path) throw wrongStatus(application.status, 'put on hold');
      await commitDecision(tx, staff, application, {
        path,
        now: input.now,
        note: eventNote(input, application, input.note),
        data: { hrssClosedAt: null, hrssClosedBy: null },
      });
    }
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: input.closed ? 'HRSS_CLOSED_RECORDED' : 'HRSS_OPEN_RECORDED',
      applicationId: application.id,
      detail: { from: application.status },
    });
  });
}

export interface ApprovalInput extends Common {
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
    await commitDecision(tx, staff, application, {
      path: [...path, 'CERTIFICATE_READY'],
      now: input.now,
      // The APPROVED step carries the why (docs/rules.md §5); CERTIFICATE_READY follows it.
      noteOn: 'APPROVED',
      note: eventNote(input, application, input.note),
      facts: confirmations,
    });
    const serial = `${input.now.toISOString().slice(0, 4)}-${randomReadableCode(3)}`;
    await tx.certificate.create({
      data: {
        serial,
        applicationId: application.id,
        centreId: application.centreId ?? staff.centreId,
        holderMasked: maskName(cardholderName(answers)),
        reason: application.reason ?? 'OTHER',
        issuedAt: input.now,
      },
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'APPLICATION_APPROVED',
      applicationId: application.id,
      detail: {
        from: application.status,
        confirmations,
        note: auditNote(input, application, input.note),
      },
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'CERTIFICATE_ISSUED',
      applicationId: application.id,
      detail: { serial },
    });
    return {
      status: 'CERTIFICATE_READY' as const,
      certificate: { serial, issuedAt: input.now.toISOString() },
      version: application.version + 1,
    };
  });
}

/** Guide §II.4 "reject with reasons": supervisors only; the applicant reads the reason in their language. */
export async function rejectApplication(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: Common & { reason: RejectionReason; note?: string | undefined; version: number },
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
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'APPLICATION_REJECTED',
      applicationId: application.id,
      detail: { from: application.status, reason: input.reason },
    });
  });
}

function idNumbersOnFile(answers: CasePatch): { role: 'CARDHOLDER' | 'AGENT'; idNumber: string }[] {
  const out: { role: 'CARDHOLDER' | 'AGENT'; idNumber: string }[] = [];
  const people = [
    ['CARDHOLDER', answers.cardholder?.idNumber],
    ['AGENT', answers.agent?.idNumber],
  ] as const;
  for (const [role, idNumber] of people) {
    if (idNumber) out.push({ role, idNumber: normaliseIdNumber(idNumber) });
  }
  return out;
}

/**
 * Guide §II.5 / Art. 27: at the counter staff re-enter the ID number of whoever collects (the
 * cardholder or the agent), check the originals, and take the card in (unless it was reported
 * lost). Then COLLECTED, and the applicant may download the electronic copy.
 */
export async function recordPickup(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: Common & {
    idNumber: string;
    originalsChecked: boolean;
    cardHandedIn: boolean;
    version: number;
  },
) {
  const application = await findAtCentre(prisma, staff, input.id);
  checkVersion(application, input.version);
  if (application.status !== 'CERTIFICATE_READY')
    throw wrongStatus(application.status, 'collected');
  // The hand-over is the last decision on the case: like every other, it is for the reviewer
  // who claimed it, or a supervisor stepping in (docs/decisions/011-pickup-by-the-assignee.md).
  checkAssignee(staff, application);
  if (!input.originalsChecked) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'originalsChecked',
      'error.pickup.originalsChecked',
      t(input.locale, 'error.pickup.originalsChecked'),
    );
  }
  const answers = input.personalData.readCase(application);
  const cardLost = answers.cardholder?.cardLost === true;
  if (!input.cardHandedIn && !cardLost) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'cardHandedIn',
      'error.pickup.cardHandedIn',
      t(input.locale, 'error.pickup.cardHandedIn'),
    );
  }
  const entered = normaliseIdNumber(input.idNumber);
  const match = idNumbersOnFile(answers).find((p) => p.idNumber === entered);
  if (!match) {
    // Audited (without the number): repeated mismatches at a counter are worth a look.
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'PICKUP_ID_MISMATCH',
      applicationId: application.id,
    });
    throw fieldProblem(
      422,
      'id-mismatch',
      'ID number does not match',
      'idNumber',
      'error.pickup.idMismatch',
      t(input.locale, 'error.pickup.idMismatch'),
    );
  }
  await prisma.$transaction(async (tx) => {
    await commitDecision(tx, staff, application, {
      path: ['COLLECTED'],
      now: input.now,
      facts: [
        match.role === 'CARDHOLDER' ? 'COLLECTED_BY_CARDHOLDER' : 'COLLECTED_BY_AGENT',
        'ORIGINALS_CHECKED',
        input.cardHandedIn ? 'CARD_HANDED_IN' : 'CARD_REPORTED_LOST',
      ],
      data: { collectedAt: input.now, collectedBy: staff.id },
    });
    // docs/rules.md §5.1: the hand-over is the visit; a booking not yet marked is marked arrived.
    await tx.visit.updateMany({
      where: { applicationId: application.id, status: 'BOOKED' },
      data: { status: 'ARRIVED', markedAt: input.now, markedBy: staff.id },
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'PICKUP_RECORDED',
      applicationId: application.id,
      detail: { collectedBy: match.role, cardHandedIn: input.cardHandedIn, originalsChecked: true },
    });
  });
}
