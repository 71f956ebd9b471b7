import { z } from 'zod';
import { AUDIT_ACTIONS } from '../codes.ts';
import {
  auditCursorSchema,
  queryDateSchema,
  queryIntegerSchema,
  textSchema,
  uuidSchema,
} from '../safe-input.ts';
import { currentPasswordSchema, newStaffPasswordSchema } from '../staff-password.ts';
import { staffRoleSchema } from '../staff-roles.ts';
import { ACTORS } from '../status.ts';
import { centreSchema, staffRefSchema, statusSchema } from './common.ts';

// The supervisor's side of the back office (docs/api.md "Staff"): the audit trail, the
// dashboard and the staff accounts, and everyone's own password. Shared as the rest of the
// contract is (docs/decisions/019-one-contract.md).

/** GET /staff/audit and /staff/audit.csv: the same filters for the list and the export. */
export const auditFilterSchema = z.object({
  // free text on purpose: an action no code names finds nothing rather than a 422
  action: textSchema().trim().max(60).optional(),
  actorId: uuidSchema.optional(),
  applicationId: uuidSchema.optional(),
  from: queryDateSchema.optional(),
  to: queryDateSchema.optional(),
});

/** GET /staff/audit: the filters, and where the page starts. */
export const auditQuerySchema = auditFilterSchema.extend({
  cursor: auditCursorSchema.optional(),
  limit: queryIntegerSchema(1, 200).default(50),
});

/** One event of the append-only trail; a note in its detail is opened for the reader. */
export const auditItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorType: z.enum(ACTORS),
  actor: staffRefSchema.nullable(),
  action: z.enum(AUDIT_ACTIONS),
  applicationId: z.string().nullable(),
  reference: z.string().nullable(),
  documentId: z.string().nullable(),
  // what each kind of event adds (a document's kind, a visit's start, a note): its own keys
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditItem = z.output<typeof auditItemSchema>;

export const auditPageSchema = z.object({
  items: z.array(auditItemSchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.output<typeof auditPageSchema>;

/** One centre on the dashboard: its counts, its oldest waiting case, its pace. */
export const centreDashboardSchema = z.object({
  centre: centreSchema,
  countsByStatus: z.partialRecord(statusSchema, z.number().int()),
  oldestWaiting: z.object({ reference: z.string(), submittedAt: z.string() }).nullable(),
  medianHoursToDecision30d: z.number().nullable(),
});
export type CentreDashboard = z.output<typeof centreDashboardSchema>;

/** GET /staff/dashboard */
export const dashboardSchema = z.object({ centres: z.array(centreDashboardSchema) });
export type Dashboard = z.output<typeof dashboardSchema>;

/** A staff account as its manager sees it (never its password or sessions). */
export const staffAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  centreId: z.string(),
  disabled: z.boolean(),
  // too many failed sign-ins: locked until then, or until a manager sets a new password
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffAccount = z.output<typeof staffAccountSchema>;

/** GET /staff/users */
export const staffAccountsSchema = z.object({ items: z.array(staffAccountSchema) });
export type StaffAccounts = z.output<typeof staffAccountsSchema>;

/** POST /staff/users */
export const newStaffAccountSchema = z.object({
  username: textSchema()
    .trim()
    .min(3, 'error.username.required')
    .max(80)
    .regex(/^[a-z0-9._-]+$/i, 'error.username.required'),
  displayName: textSchema().trim().min(1, 'error.name.required').max(80),
  role: staffRoleSchema,
  password: newStaffPasswordSchema,
  // an admin may place the account at another centre; a supervisor's stays at their own
  centreId: textSchema().max(40).optional(),
  // step-up: the actor's own password, asked again for every change to an account
  currentPassword: currentPasswordSchema,
});
export type NewStaffAccount = z.input<typeof newStaffAccountSchema>;

/** PATCH /staff/users/{id}: a role, disabled or not, a new password (which lifts a lock). */
export const staffAccountChangeSchema = z.object({
  role: staffRoleSchema.optional(),
  disabled: z.boolean().optional(),
  password: newStaffPasswordSchema.optional(),
  currentPassword: currentPasswordSchema,
});
export type StaffAccountChange = z.input<typeof staffAccountChangeSchema>;

/** POST /staff/session/password: your own, the current one first. */
export const ownPasswordChangeSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newStaffPasswordSchema,
});
export type OwnPasswordChange = z.input<typeof ownPasswordChangeSchema>;
