import type { CasePatch } from '@ssc/domain/case-schema';
import type {
  ApplicationStatus,
  DocumentKind,
  FilerRole,
  Reason,
  RejectionReason,
  ReviewReason,
} from '@ssc/domain/codes';
import type { StaffRole } from '@ssc/domain/staff-roles';
import type { RejectionDecision } from '@ssc/domain/staff-decisions';
import { requestApi } from '../../../lib/api-client.ts';

export type { StaffRole };

export interface StaffCentre {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh?: string;
  addressEn?: string;
}

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  centre: StaffCentre;
  csrfToken: string;
  /** The service ends the session after this many minutes without a request. */
  idleMinutes: number;
}

export interface StaffRef {
  id: string;
  displayName: string;
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
  ageDays?: number;
  assignee?: StaffRef | null;
  version?: number;
}

export interface DocumentReview {
  decision: 'ACCEPTED' | 'REJECTED';
  reason?: ReviewReason;
  note?: string;
  at: string;
  by: StaffRef | null;
}

export interface StaffDocument {
  id: string;
  kind: DocumentKind;
  contentType: string;
  size: number;
  sha256: string;
  createdAt?: string;
  review?: DocumentReview | null;
}

export interface Correction {
  target: { documentId?: string; kind?: string; field?: string };
  reason: ReviewReason;
  note?: string;
}

/** Another open application for the same card (docs/rules.md §3.6), shown to staff only. */
export interface SameCardApplication {
  id: string;
  reference: string;
  status: ApplicationStatus;
  centre: { id: string; nameZh: string; nameEn: string } | null;
}

export interface StaffApplication {
  id: string;
  reference: string;
  status: ApplicationStatus;
  version: number;
  case: CasePatch;

  documents: StaffDocument[];
  /** `facts`: what the step confirms, as codes (history-facts.ts); `note`: the staff member's own words. */
  history: { status: ApplicationStatus; at: string; facts?: string[]; note?: string | null }[];
  eligibility: {
    eligible: boolean;
    blockers: { code: string; rule: string; messageKey?: string }[];
    requiredDocuments: DocumentKind[];
    missingDocuments: DocumentKind[];
  };
  centre?: StaffCentre | null;
  certificate?: { serial: string; issuedAt: string } | null;
  submittedAt?: string | null;
  assignee?: StaffRef | null;
  corrections?: Correction[];
  confirmations?: { expensesSettledAt?: string; hrssClosedAt?: string };
  rejection?: { reason: RejectionReason; note?: string | null } | null;
  pickup?: { at: string; by: StaffRef | null } | null;
  allowedActions?: string[];
  sameCard?: SameCardApplication[];
}

// The CSRF token comes with the session (GET/POST /staff/session) and goes back as a header on
// every change; it lives only in memory, never in storage a script from elsewhere could read.
let csrfToken: string | null = null;

function remember(staff: StaffMember): StaffMember {
  csrfToken = staff.csrfToken;
  return staff;
}

/** A state-changing staff request: JSON body and the session's CSRF token. */
export function changeStaff<T>(path: string, method: string, body?: unknown): Promise<T> {
  return requestApi<T>(path, {
    method,
    body,
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
  });
}

export function signIn(username: string, password: string): Promise<StaffMember> {
  return requestApi<StaffMember>('/staff/session', {
    method: 'POST',
    body: { username, password },
  }).then(remember);
}

export function getStaffSession(): Promise<StaffMember> {
  return requestApi<StaffMember>('/staff/session').then(remember);
}

/** Your own password: the current one first; the service ends your other sessions. */
export function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  return changeStaff('/staff/session/password', 'POST', { currentPassword, newPassword });
}

export async function signOut(): Promise<void> {
  await changeStaff('/staff/session', 'DELETE');
  csrfToken = null;
}

export interface QueueFilters {
  statuses: ApplicationStatus[];
  reason: Reason | '';
  assignee: string;
  minAgeDays: string;
  reference: string;
}

export function listQueue(
  filters: QueueFilters,
  cursor?: string | null,
): Promise<{ items: QueueItem[]; nextCursor?: string | null }> {
  const query = new URLSearchParams();
  for (const status of filters.statuses) query.append('status', status);
  if (filters.reason) query.set('reason', filters.reason);
  if (filters.assignee) query.set('assignee', filters.assignee);
  if (filters.minAgeDays) query.set('minAgeDays', filters.minAgeDays);
  // A reference is not personal data; it may travel in the query string.
  if (filters.reference) query.set('reference', filters.reference);
  if (cursor) query.set('cursor', cursor);
  query.set('limit', '25');
  return requestApi(`/staff/applications?${query.toString()}`);
}

function applicationPath(id: string): string {
  return `/staff/applications/${encodeURIComponent(id)}`;
}

export function getStaffApplication(id: string): Promise<StaffApplication> {
  return requestApi(applicationPath(id));
}

export function documentContentUrl(
  applicationId: string,
  documentId: string,
  download = false,
): string {
  const base = `/api/v1${applicationPath(applicationId)}/documents/${encodeURIComponent(documentId)}/content`;
  return download ? `${base}?download=1` : base;
}

export function certificateUrl(applicationId: string): string {
  return `/api/v1${applicationPath(applicationId)}/certificate.pdf`;
}

export function claimApplication(id: string, version: number): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/claim`, 'POST', { version });
}

export function reviewDocument(
  id: string,
  documentId: string,
  input: { decision: 'ACCEPTED' | 'REJECTED'; reason?: ReviewReason; note?: string },
  version: number,
): Promise<StaffApplication> {
  return changeStaff(
    `${applicationPath(id)}/documents/${encodeURIComponent(documentId)}/review`,
    'POST',
    { ...input, version },
  );
}

export function returnForCorrection(
  id: string,
  input: {
    items: { documentId?: string; field?: string; reason: ReviewReason; note?: string }[];
    message?: string;
  },
  version: number,
): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/return`, 'POST', { ...input, version });
}

export function confirmExpenses(
  id: string,
  input: { settled: boolean; note?: string },
  version: number,
): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/expenses`, 'POST', { ...input, version });
}

export function recordHrssClosed(
  id: string,
  input: { closed: boolean; note?: string },
  version: number,
): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/hrss-closed`, 'POST', { ...input, version });
}

export function approveApplication(
  id: string,
  input: { note?: string },
  version: number,
): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/approve`, 'POST', { ...input, version });
}

export function rejectApplication(
  id: string,
  input: RejectionDecision,
  version: number,
): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/reject`, 'POST', { ...input, version });
}

export function reassignApplication(
  id: string,
  staffId: string,
  version: number,
): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/reassign`, 'POST', { staffId, version });
}

export function recordPickup(
  id: string,
  input: { idNumber: string; originalsChecked: true; cardHandedIn: boolean },
  version: number,
): Promise<StaffApplication> {
  // The ID number travels in the body only, never in a URL.
  return changeStaff(`${applicationPath(id)}/pickup`, 'POST', { ...input, version });
}
