import { checkEligibility } from '@ssc/domain/eligibility';
import type { CasePatch } from '@ssc/domain/case-schema';
import type { ApplicationStatus, DocumentKind } from '@ssc/domain/codes';
import { isOpen } from '@ssc/domain/status';
import type { Db } from './db-types.ts';

export type Eligibility = ReturnType<typeof checkEligibility>;

interface AssessableApplication {
  id: string;
  /** the stored case, as services/personal-data.ts reads it */
  answers: CasePatch;
  cardholderIdDigest: string | null;
  cardNumberDigest: string | null;
  documents: { kind: DocumentKind }[];
}

/** The case as the rules see it: the answers plus the kinds of documents actually uploaded. */
export function caseWithDocuments(application: AssessableApplication): CasePatch {
  const kinds = [...new Set(application.documents.map((d) => d.kind))];
  return { ...application.answers, documents: kinds };
}

/** Another application for the same card, as the reviewing staff see it. */
export interface SameCardApplication {
  id: string;
  reference: string;
  status: ApplicationStatus;
  centreId: string | null;
}

/**
 * docs/rules.md §3.6 (practice): one open cancellation per card. Drafts do not count, so an
 * abandoned draft never blocks the person. Only staff ever learn the answer
 * (docs/decisions/014-one-open-application-without-an-oracle.md).
 */
export async function otherOpenApplicationsForCard(
  db: Db,
  application: Pick<AssessableApplication, 'id' | 'cardholderIdDigest' | 'cardNumberDigest'>,
): Promise<SameCardApplication[]> {
  const sameCard = [
    ...(application.cardNumberDigest ? [{ cardNumberDigest: application.cardNumberDigest }] : []),
    ...(application.cardholderIdDigest
      ? [{ cardholderIdDigest: application.cardholderIdDigest }]
      : []),
  ];
  if (sameCard.length === 0) return [];
  const others = await db.application.findMany({
    where: { id: { not: application.id }, status: { not: 'DRAFT' }, OR: sameCard },
    select: { id: true, reference: true, status: true, centreId: true },
    orderBy: { submittedAt: 'asc' },
  });
  return others.filter((other) => isOpen(other.status));
}

/**
 * Eligibility as the applicant sees it, on every screen and at submission: the rules without
 * the same-card lookup. Whatever ID or card number a draft holds, the answer never says whether
 * someone else has an application open (it can mean a death or an emigration), and a second
 * application for a card is accepted, for staff to resolve (ADR 014).
 */
export function assessForApplicant(application: AssessableApplication, today: string): Eligibility {
  return checkEligibility(caseWithDocuments(application), { today });
}

/**
 * Eligibility as staff see it and as approval decides it: with the same-card rule, so that no
 * card gets two certificates. While another application for the card is open, neither can be
 * approved; staff refuse the one that should not stand, and the other can go on.
 */
export async function assessForStaff(
  db: Db,
  application: AssessableApplication,
  today: string,
): Promise<Eligibility & { sameCard: SameCardApplication[] }> {
  const sameCard = await otherOpenApplicationsForCard(db, application);
  return {
    ...checkEligibility(caseWithDocuments(application), {
      today,
      openApplicationForCard: sameCard.length > 0,
    }),
    sameCard,
  };
}
