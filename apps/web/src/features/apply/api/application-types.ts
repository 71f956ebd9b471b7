import type {
  ApplicationStatus,
  DocumentKind,
  FilerRole,
  IdType,
  Reason,
  Relationship,
  ReviewReason,
} from '@ssc/domain/codes';

// The case as the draft holds it so far. `null` in a patch removes an answer (merge patch).
export type DraftPatch = {
  [K in keyof DraftCase]?: DraftCase[K] | null;
};

// The case as the draft holds it so far (API.md "Case shape"); every part may still be missing.
export interface DraftCase {
  reason?: Reason;
  explanation?: string;
  filer?: { role: FilerRole };
  cardholder?: {
    name?: string;
    idType?: IdType;
    idNumber?: string;
    birthDate?: string;
    cardNumber?: string;
    cardLost?: boolean;
    lossReportReference?: string;
  };
  agent?: {
    name?: string;
    idType?: IdType;
    idNumber?: string;
    phone?: string;
    relationship?: Relationship;
  };
  declarations?: { expensesSettled?: boolean; consequencesAcknowledged?: boolean };
  serviceCentre?: string;
  documents?: DocumentKind[];
}

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
