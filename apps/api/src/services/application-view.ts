import {
  correctableAnswerSchema,
  documentKindSchema,
  reviewReasonSchema,
  type ApplicationStatus,
  type CorrectableAnswer,
  type DocumentKind,
  type ReviewReason,
} from '@ssc/domain/codes';
import type { ApplicationView } from '@ssc/domain/contract/applications';
import type { StaffRef } from '@ssc/domain/contract/common';
import { isHistoryFact } from '@ssc/domain/history-facts';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db-types.ts';
import { assessForApplicant, assessForStaff, caseWithDocuments } from './assess-application.ts';
import { notFound } from '../lib/problem.ts';
import { t, type Locale } from '../lib/i18n.ts';
import type { KeyedRow, PersonalData, SealedField } from './personal-data.ts';
import { describeVisit, findActiveVisit } from './visit-calendar.ts';

export const applicationInclude = {
  documents: { orderBy: { createdAt: 'asc' } },
  events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  centre: true,
  certificate: true,
} satisfies Prisma.ApplicationInclude;

export type { StaffRef, DocumentReview } from '@ssc/domain/contract/common';
export type { ApplicationView } from '@ssc/domain/contract/applications';

/** One thing the applicant must fix (Guide §II.4 补正): a document, a missing kind or an answer. */
export interface CorrectionItem {
  documentId?: string | undefined;
  kind?: DocumentKind | undefined;
  field?: CorrectableAnswer | undefined;
  reason: ReviewReason;
  note?: string | undefined;
}

/** Another open application for the same card, named for the staff who must resolve the two. */
export interface SameCardRef {
  id: string;
  reference: string;
  status: ApplicationStatus;
  centre: { id: string; nameZh: string; nameEn: string } | null;
}

export interface StaffApplicationView extends ApplicationView {
  assignee: StaffRef | null;
  /** docs/rules.md §3.6: staff only; the applicant's view never says (ADR 014). */
  sameCard: SameCardRef[];
}

const correctionItemsSchema = z.array(
  z.object({
    documentId: z.string().optional(),
    kind: documentKindSchema.optional(),
    field: correctableAnswerSchema.optional(),
    reason: reviewReasonSchema,
    note: z.string().optional(),
  }),
);

/** The stored items of a return for correction; their notes stay sealed. */
export function parseCorrectionItems(items: unknown): CorrectionItem[] {
  const parsed = correctionItemsSchema.safeParse(items);
  return parsed.success ? parsed.data : [];
}

/** The stored items of a return for correction, their notes unsealed. */
export function readCorrectionItems(
  personalData: PersonalData,
  application: KeyedRow,
  items: unknown,
): CorrectionItem[] {
  return parseCorrectionItems(items).map(({ note, ...item }) => {
    const open = personalData.openNote(application, 'CorrectionRequest.items.note', note);
    return open === null ? item : { ...item, note: open };
  });
}

/** The open return for correction, if the application is waiting on the applicant. */
export async function findOpenCorrection(db: Db, application: { id: string; status: string }) {
  if (application.status !== 'RETURNED_FOR_CORRECTION') return null;
  return db.correctionRequest.findFirst({
    where: { applicationId: application.id },
    orderBy: { createdAt: 'desc' },
  });
}

/**
 * The application as its applicant or the reviewing staff member sees it. Staff also see who
 * reviewed what; the applicant sees what was decided and why, in their language.
 */
export async function loadApplicationView(
  db: Db,
  personalData: PersonalData,
  id: string,
  today: string,
  options: { locale?: Locale; audience?: 'applicant' | 'staff' } = {},
): Promise<StaffApplicationView> {
  const locale = options.locale ?? 'zh-CN';
  const forStaff = options.audience === 'staff';
  const stored = await db.application.findUnique({
    where: { id },
    include: { ...applicationInclude, assignee: true },
  });
  if (!stored) throw notFound('The application');
  const application = { ...stored, answers: personalData.readCase(stored) };
  const open = (field: SealedField, value: string | null) =>
    personalData.openNote(application, field, value);
  const { sameCard, ...eligibility } = forStaff
    ? await assessForStaff(db, application, today)
    : { ...assessForApplicant(application, today), sameCard: [] };
  const sameCardCentres =
    sameCard.length === 0
      ? []
      : await db.serviceCentre.findMany({
          where: { id: { in: sameCard.map((o) => o.centreId).filter((c) => c !== null) } },
          select: { id: true, nameZh: true, nameEn: true },
        });
  const openCorrection = await findOpenCorrection(db, application);
  const visit = describeVisit(await findActiveVisit(db, application.id));
  const missed = visit
    ? null
    : await db.visit.findFirst({
        where: { applicationId: application.id, status: { in: ['NO_SHOW', 'CANCELLED'] } },
        orderBy: { changedAt: 'desc' },
        select: { status: true, slot: { select: { startsAt: true, endsAt: true } } },
      });
  const staffIds = [
    ...new Set(
      [...application.documents.map((d) => d.reviewedBy), application.collectedBy].filter(
        (v): v is string => Boolean(v),
      ),
    ),
  ];
  const staff = forStaff
    ? await db.staffUser.findMany({
        where: { id: { in: staffIds } },
        select: { id: true, displayName: true },
      })
    : [];
  const staffRef = (staffId: string | null): StaffRef | null =>
    (forStaff && staff.find((s) => s.id === staffId)) || null;
  const { centre, certificate } = application;
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    case: caseWithDocuments(application),
    documents: application.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      contentType: d.contentType,
      size: d.size,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
      review:
        d.reviewDecision && d.reviewedAt
          ? {
              decision: d.reviewDecision,
              ...(d.reviewReason
                ? {
                    reason: d.reviewReason,
                    message: t(locale, `reviewReason.${d.reviewReason}`),
                  }
                : {}),
              ...(d.reviewNote ? { note: open('Document.reviewNote', d.reviewNote) ?? '' } : {}),
              at: d.reviewedAt.toISOString(),
              by: staffRef(d.reviewedBy),
            }
          : null,
    })),
    history: application.events.map((e) => ({
      status: e.status,
      at: e.at.toISOString(),
      facts: e.facts.filter(isHistoryFact),
      note: open('StatusEvent.note', e.note),
    })),
    // Each blocker says itself in the applicant's language, as POST /eligibility does.
    eligibility: {
      ...eligibility,
      blockers: eligibility.blockers.map((b) => ({ ...b, message: t(locale, b.messageKey) })),
    },
    centre: centre
      ? {
          id: centre.id,
          nameZh: centre.nameZh,
          nameEn: centre.nameEn,
          addressZh: centre.addressZh,
          addressEn: centre.addressEn,
        }
      : null,
    certificate: certificate
      ? { serial: certificate.serial, issuedAt: certificate.issuedAt.toISOString() }
      : null,
    version: application.version,
    createdAt: application.createdAt.toISOString(),
    submittedAt: application.submittedAt?.toISOString() ?? null,
    corrections: readCorrectionItems(personalData, application, openCorrection?.items).map(
      (item) => ({
        target: {
          ...(item.documentId ? { documentId: item.documentId } : {}),
          ...(item.kind ? { kind: item.kind } : {}),
          ...(item.field ? { field: item.field } : {}),
        },
        reason: item.reason,
        message: t(locale, `reviewReason.${item.reason}`),
        ...(item.note ? { note: item.note } : {}),
      }),
    ),
    correctionMessage: open('CorrectionRequest.message', openCorrection?.message ?? null),
    confirmations: {
      ...(application.expensesSettledAt
        ? { expensesSettledAt: application.expensesSettledAt.toISOString() }
        : {}),
      ...(application.hrssClosedAt ? { hrssClosedAt: application.hrssClosedAt.toISOString() } : {}),
    },
    rejection:
      application.status === 'REJECTED' && application.rejectionReason
        ? {
            reason: application.rejectionReason,
            message: t(locale, `rejectionReason.${application.rejectionReason}`),
            note: open('Application.rejectionNote', application.rejectionNote),
          }
        : null,
    pickup: application.collectedAt
      ? { at: application.collectedAt.toISOString(), by: staffRef(application.collectedBy) }
      : null,
    visit,
    // Only when the latest booking to end was a no-show: a cancellation was the applicant's own.
    missedVisit:
      missed?.status === 'NO_SHOW'
        ? { start: missed.slot.startsAt.toISOString(), end: missed.slot.endsAt.toISOString() }
        : null,
    assignee:
      forStaff && application.assignee
        ? { id: application.assignee.id, displayName: application.assignee.displayName }
        : null,
    sameCard: sameCard.map((other) => ({
      id: other.id,
      reference: other.reference,
      status: other.status,
      centre: sameCardCentres.find((c) => c.id === other.centreId) ?? null,
    })),
  };
}
