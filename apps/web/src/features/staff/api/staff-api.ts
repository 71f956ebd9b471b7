import type { ApplicationStatus, Reason, ReviewReason } from '@ssc/domain/codes';
import type { StaffRole } from '@ssc/domain/staff-roles';
import type { RejectionDecision } from '@ssc/domain/staff-decisions';
import { noContent, requestApi, type AnswerSchema } from '@/lib/api-client.ts';
import type { OwnPasswordChange } from '@ssc/domain/contract/back-office';
import {
  queuePageSchema,
  staffApplicationViewSchema,
  staffMemberSchema,
  type QueuePage,
  type StaffApplicationView as StaffApplication,
  type StaffMember,
} from '@ssc/domain/contract/staff';

export type { StaffRole };

/** A centre, as the staff session and the dashboard name it. */
export type { Centre as StaffCentre } from '@ssc/domain/contract/common';

// The service's answers are the contract's (packages/domain/src/contract/staff.ts).
export type {
  QueueItem,
  QueuePage,
  StaffApplicationView as StaffApplication,
  StaffMember,
} from '@ssc/domain/contract/staff';
export type { Correction, DocumentReview, StaffRef } from '@ssc/domain/contract/common';
/** A scan in the staff view: the upload's fields, when it came, and its review. */
export type StaffDocument = StaffApplication['documents'][number];
/** Another open application for the same card (docs/rules.md §3.6), shown to staff only. */
export type SameCardApplication = StaffApplication['sameCard'][number];

// The CSRF token comes with the session (GET/POST /staff/session) and goes back as a header on
// every change; it lives only in memory, never in storage a script from elsewhere could read.
let csrfToken: string | null = null;

function remember(staff: StaffMember): StaffMember {
  csrfToken = staff.csrfToken;
  return staff;
}

/** A state-changing staff request: JSON body and the session's CSRF token. */
export function changeStaff<T>(
  path: string,
  method: string,
  body: unknown,
  schema: AnswerSchema<T>,
): Promise<T> {
  return requestApi(path, {
    method,
    body,
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
    schema,
  });
}

/** A decision on an application: its answer is the fresh staff view. */
function decideOn(id: string, action: string, body: unknown): Promise<StaffApplication> {
  return changeStaff(`${applicationPath(id)}/${action}`, 'POST', body, staffApplicationViewSchema);
}

export function signIn(username: string, password: string): Promise<StaffMember> {
  return requestApi('/staff/session', {
    method: 'POST',
    body: { username, password },
    schema: staffMemberSchema,
  }).then(remember);
}

export function getStaffSession(): Promise<StaffMember> {
  return requestApi('/staff/session', { schema: staffMemberSchema }).then(remember);
}

/** Your own password: the current one first; the service ends your other sessions. */
export function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const change: OwnPasswordChange = { currentPassword, newPassword };
  return changeStaff('/staff/session/password', 'POST', change, noContent);
}

export async function signOut(): Promise<void> {
  await changeStaff('/staff/session', 'DELETE', undefined, noContent);
  csrfToken = null;
}

export interface QueueFilters {
  statuses: ApplicationStatus[];
  reason: Reason | '';
  assignee: string;
  minAgeDays: string;
  reference: string;
}

export function listQueue(filters: QueueFilters, cursor?: string | null): Promise<QueuePage> {
  const query = new URLSearchParams();
  for (const status of filters.statuses) query.append('status', status);
  if (filters.reason) query.set('reason', filters.reason);
  if (filters.assignee) query.set('assignee', filters.assignee);
  if (filters.minAgeDays) query.set('minAgeDays', filters.minAgeDays);
  // A reference is not personal data; it may travel in the query string.
  if (filters.reference) query.set('reference', filters.reference);
  if (cursor) query.set('cursor', cursor);
  query.set('limit', '25');
  return requestApi(`/staff/applications?${query.toString()}`, { schema: queuePageSchema });
}

function applicationPath(id: string): string {
  return `/staff/applications/${encodeURIComponent(id)}`;
}

export function getStaffApplication(id: string): Promise<StaffApplication> {
  return requestApi(applicationPath(id), { schema: staffApplicationViewSchema });
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
  return decideOn(id, 'claim', { version });
}

export function reviewDocument(
  id: string,
  documentId: string,
  input: { decision: 'ACCEPTED' | 'REJECTED'; reason?: ReviewReason; note?: string },
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, `documents/${encodeURIComponent(documentId)}/review`, { ...input, version });
}

export function returnForCorrection(
  id: string,
  input: {
    items: { documentId?: string; field?: string; reason: ReviewReason; note?: string }[];
    message?: string;
  },
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, 'return', { ...input, version });
}

export function confirmExpenses(
  id: string,
  input: { settled: boolean; note?: string },
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, 'expenses', { ...input, version });
}

export function recordHrssClosed(
  id: string,
  input: { closed: boolean; note?: string },
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, 'hrss-closed', { ...input, version });
}

export function approveApplication(
  id: string,
  input: { note?: string },
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, 'approve', { ...input, version });
}

export function rejectApplication(
  id: string,
  input: RejectionDecision,
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, 'reject', { ...input, version });
}

export function reassignApplication(
  id: string,
  staffId: string,
  version: number,
): Promise<StaffApplication> {
  return decideOn(id, 'reassign', { staffId, version });
}

export function recordPickup(
  id: string,
  input: { idNumber: string; originalsChecked: true; cardHandedIn: boolean },
  version: number,
): Promise<StaffApplication> {
  // The ID number travels in the body only, never in a URL.
  return decideOn(id, 'pickup', { ...input, version });
}
