import type { ApplicationStatus, DocumentKind, FilerRole, IdType, Reason } from '@ssc/domain/codes';
import { requestApi } from '../../../lib/api-client.ts';

export interface StaffCentre {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh?: string;
  addressEn?: string;
}

export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
  centre: StaffCentre;
}

export interface QueueItem {
  id: string;
  reference: string;
  status: ApplicationStatus;
  reason: Reason | null;
  filerRole: FilerRole;
  /** Masked by the server: the queue is scanned at a desk others may see. */
  cardholderName: string;
  submittedAt: string | null;
}

export interface StaffDocument {
  id: string;
  kind: DocumentKind;
  contentType: string;
  size: number;
  sha256: string;
  createdAt?: string;
}

export interface StaffApplication {
  id: string;
  reference: string;
  status: ApplicationStatus;
  case: {
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
      relationship?: string;
    };
    declarations?: { expensesSettled?: boolean; consequencesAcknowledged?: boolean };
    serviceCentre?: string;
  };
  documents: StaffDocument[];
  history: { status: ApplicationStatus; at: string }[];
  eligibility: {
    eligible: boolean;
    blockers: { code: string; rule: string; messageKey?: string }[];
    requiredDocuments: DocumentKind[];
    missingDocuments: DocumentKind[];
  };
  centre?: StaffCentre | null;
}

export function signIn(username: string, password: string): Promise<StaffMember> {
  return requestApi('/staff/session', { method: 'POST', body: { username, password } });
}

export function getStaffSession(): Promise<StaffMember> {
  return requestApi('/staff/session');
}

export function signOut(): Promise<void> {
  return requestApi('/staff/session', { method: 'DELETE' });
}

export function listQueue(
  status: ApplicationStatus = 'SUBMITTED',
): Promise<{ items: QueueItem[] }> {
  return requestApi(`/staff/applications?status=${encodeURIComponent(status)}`);
}

export function getStaffApplication(id: string): Promise<StaffApplication> {
  return requestApi(`/staff/applications/${encodeURIComponent(id)}`);
}

export function documentContentUrl(
  applicationId: string,
  documentId: string,
  download = false,
): string {
  const base = `/api/v1/staff/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}/content`;
  return download ? `${base}?download=1` : base;
}

export interface ApproveInput {
  expensesSettledConfirmed: true;
  hrssClosedConfirmed?: boolean;
  note?: string;
}

export function approveApplication(
  id: string,
  input: ApproveInput,
): Promise<{ status: 'CERTIFICATE_READY'; certificate: { serial: string } }> {
  return requestApi(`/staff/applications/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
    body: input,
  });
}
