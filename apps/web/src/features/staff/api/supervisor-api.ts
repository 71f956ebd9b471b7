import type { ApplicationStatus } from '@ssc/domain/codes';
import { requestApi } from '../../../lib/api-client.ts';
import { changeStaff } from './staff-api.ts';
import type { StaffCentre, StaffRef, StaffRole } from './staff-api.ts';

export interface AuditFilters {
  action: string;
  actorId: string;
  applicationId: string;
  from: string;
  to: string;
}

export interface AuditItem {
  id: string;
  at: string;
  actorType: string;
  actor: StaffRef | null;
  action: string;
  applicationId: string | null;
  reference: string | null;
  documentId: string | null;
  detail: unknown;
}

function auditQuery(filters: AuditFilters, cursor?: string | null): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (cursor) query.set('cursor', cursor);
  return query.toString();
}

export function listAudit(
  filters: AuditFilters,
  cursor?: string | null,
): Promise<{ items: AuditItem[]; nextCursor: string | null }> {
  return requestApi(`/staff/audit?${auditQuery({ ...filters }, cursor)}&limit=50`);
}

export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/v1/staff/audit.csv?${auditQuery(filters)}`;
}

export interface CentreDashboard {
  centre: StaffCentre;
  countsByStatus: Partial<Record<ApplicationStatus, number>>;
  oldestWaiting: { reference: string; submittedAt: string } | null;
  medianHoursToDecision30d: number | null;
}

export function getDashboard(): Promise<{ centres: CentreDashboard[] }> {
  return requestApi('/staff/dashboard');
}

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  disabled?: boolean;
  centre?: StaffCentre;
  centreId?: string;
}

/** The staff accounts the signed-in supervisor may see (`{ items }`). */
export async function listStaffAccounts(): Promise<StaffAccount[]> {
  const { items } = await requestApi<{ items: StaffAccount[] }>('/staff/users');
  return items;
}

export function createStaff(input: {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
  /** step-up: the actor's own password */
  currentPassword: string;
}): Promise<StaffAccount> {
  return changeStaff('/staff/users', 'POST', input);
}

export function updateStaff(
  id: string,
  input: { role?: StaffRole; disabled?: boolean; password?: string; currentPassword: string },
): Promise<StaffAccount> {
  return changeStaff(`/staff/users/${encodeURIComponent(id)}`, 'PATCH', input);
}
