import type { CasePatch } from '@ssc/domain/case-schema';
import type { ApplicationStatus, DocumentKind, ReviewReason } from '@ssc/domain/codes';
import type { VisitView } from '@ssc/domain/visit';

// The case as the draft holds it so far. `null` in a patch removes an answer (merge patch).
export type DraftPatch = {
  [K in keyof DraftCase]?: DraftCase[K] | null;
};

// The case as the draft holds it so far (docs/api.md "Case shape"); every part may still be missing.
// The domain's own type, so that the wizard and the rules never disagree on the shape.
export type DraftCase = CasePatch;

export interface UploadedDocument {
  id: string;
  kind: DocumentKind;
  contentType: string;
  size: number;
  sha256: string;
  createdAt?: string;
}

export interface Blocker {
  code: string;
  rule: string;
  messageKey?: string;
  message?: string;
}

export interface Centre {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface Application {
  id: string;
  reference: string;
  status: ApplicationStatus;
  case: DraftCase;
  documents: UploadedDocument[];
  history: { status: ApplicationStatus; at: string }[];
  eligibility: {
    eligible: boolean;
    blockers: Blocker[];
    requiredDocuments: DocumentKind[];
    missingDocuments: DocumentKind[];
  };
  centre?: Centre | null;
  /** What staff asked to fix (Guide §II.4 补正); empty unless RETURNED_FOR_CORRECTION. */
  corrections?: Correction[];
  /** The reviewer's message with the return, if any (free text, as written). */
  correctionMessage?: string | null;
  /** docs/api.md "Visit": the booking that holds a place, and the last one missed. */
  visit?: VisitView | null;
  missedVisit?: { start: string; end: string } | null;
}

/** One thing to fix: a stored document, a missing kind, or an answer (its case path). */
export interface Correction {
  target: { documentId?: string; kind?: DocumentKind; field?: string };
  reason: ReviewReason;
  note?: string;
}

/** What the server removed because a change of answer made it inapplicable (PATCH response). */
export interface RemovedByChange {
  answers: string[];
  documents: { id: string; kind: DocumentKind }[];
}

export type PatchedApplication = Application & { removed: RemovedByChange };
