import { requestApi } from '@/lib/api-client.ts';
import {
  auditPageSchema,
  dashboardSchema,
  staffAccountSchema,
  staffAccountsSchema,
  type AuditPage,
  type Dashboard,
  type NewStaffAccount,
  type StaffAccount,
  type StaffAccountChange,
} from '@ssc/domain/contract/back-office';
import { changeStaff } from './staff-api.ts';

// The service's answers are the contract's (packages/domain/src/contract/back-office.ts).
export type {
  AuditItem,
  CentreDashboard,
  StaffAccount,
  StaffAccountChange,
} from '@ssc/domain/contract/back-office';

/** What the audit page's filter form holds: every field as typed, empty when not set. */
export interface AuditFilters {
  action: string;
  actorId: string;
  applicationId: string;
  from: string;
  to: string;
}

function auditQuery(filters: AuditFilters, cursor?: string | null): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (cursor) query.set('cursor', cursor);
  return query.toString();
}

export function listAudit(filters: AuditFilters, cursor?: string | null): Promise<AuditPage> {
  return requestApi(`/staff/audit?${auditQuery({ ...filters }, cursor)}&limit=50`, {
    schema: auditPageSchema,
  });
}

export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/v1/staff/audit.csv?${auditQuery(filters)}`;
}

export function getDashboard(): Promise<Dashboard> {
  return requestApi('/staff/dashboard', { schema: dashboardSchema });
}

/** The staff accounts the signed-in supervisor may see. */
export async function listStaffAccounts(): Promise<StaffAccount[]> {
  const { items } = await requestApi('/staff/users', { schema: staffAccountsSchema });
  return items;
}

/** A new account; `currentPassword` is the actor's own (step-up). */
export function createStaff(input: NewStaffAccount): Promise<StaffAccount> {
  return changeStaff('/staff/users', 'POST', input, staffAccountSchema);
}

export function updateStaff(id: string, input: StaffAccountChange): Promise<StaffAccount> {
  return changeStaff(`/staff/users/${encodeURIComponent(id)}`, 'PATCH', input, staffAccountSchema);
}
