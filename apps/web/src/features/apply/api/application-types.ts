import type { ApplicationStatus, DocumentKind, FilerRole, IdType, Reason } from '@ssc/domain/codes';

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
}
