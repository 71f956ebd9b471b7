import { z } from 'zod';
import { FILER_ROLES, REASONS } from '../codes.ts';
import { staffRoleSchema } from '../staff-roles.ts';
import { applicationViewSchema } from './applications.ts';
import { centreNameSchema, centreSchema, staffRefSchema, statusSchema } from './common.ts';

// The back office's operations (docs/api.md "Staff"), shared as the applicant's are.

/** GET/POST /staff/session: who is signed in, and what a change sends back. */
export const staffMemberSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  centre: centreSchema,
  // send back as X-CSRF-Token on every change (POST/PATCH/DELETE)
  csrfToken: z.string(),
  // the session ends after this many minutes without a request; the page warns before
  idleMinutes: z.number().int(),
});
export type StaffMember = z.output<typeof staffMemberSchema>;

/** One line of the review queue: the name masked (a desk others may see). */
export const queueItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: statusSchema,
  reason: z.enum(REASONS).nullable(),
  filerRole: z.enum(FILER_ROLES),
  cardholderName: z.string(),
  submittedAt: z.string().nullable(),
  ageDays: z.number().int(),
  assignee: staffRefSchema.nullable(),
  version: z.number().int(),
});
export type QueueItem = z.output<typeof queueItemSchema>;

/** GET /staff/applications */
export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  nextCursor: z.string().nullable(),
});
export type QueuePage = z.output<typeof queuePageSchema>;

/** Another open application for the same card (docs/rules.md §3.6), shown to staff only. */
export const sameCardSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: statusSchema,
  centre: centreNameSchema.nullable(),
});

/**
 * GET /staff/applications/{id}, and the answer of every decision on it: the applicant's view,
 * with who holds it, the other applications for the same card, and what the reader may do.
 */
export const staffApplicationViewSchema = applicationViewSchema.extend({
  assignee: staffRefSchema.nullable(),
  // docs/rules.md §3.6: other open applications for the same card, for staff to resolve
  sameCard: z.array(sameCardSchema),
  allowedActions: z.array(z.string()),
});
export type StaffApplicationView = z.output<typeof staffApplicationViewSchema>;
