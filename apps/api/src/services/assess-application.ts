import { checkEligibility } from '@ssc/domain/eligibility';
import type { Case, CasePatch } from '@ssc/domain/case-schema';
import type { DocumentKind } from '@ssc/domain/codes';
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

/**
 * docs/rules.md §3.6 (practice): one open cancellation per card. Drafts do not count, so an
 * abandoned draft never blocks the person.
 */
export async function hasOtherOpenApplication(
  db: Db,
  application: Pick<AssessableApplication, 'id' | 'cardholderIdDigest' | 'cardNumberDigest'>,
): Promise<boolean> {
  const sameCard = [
    ...(application.cardNumberDigest ? [{ cardNumberDigest: application.cardNumberDigest }] : []),
    ...(application.cardholderIdDigest
      ? [{ cardholderIdDigest: application.cardholderIdDigest }]
      : []),
  ];
  if (sameCard.length === 0) return false;
  const others = await db.application.findMany({
    where: { id: { not: application.id }, status: { not: 'DRAFT' }, OR: sameCard },
    select: { status: true },
  });
  return others.some((other) => isOpen(other.status));
}

/** One function decides eligibility for the applicant's screen, for submission and for staff. */
export async function assessApplication(
  db: Db,
  application: AssessableApplication,
  today: string,
): Promise<Eligibility> {
  const openApplicationForCard = await hasOtherOpenApplication(db, application);
  return checkEligibility(caseWithDocuments(application) as Case, {
    today,
    openApplicationForCard,
  });
}
