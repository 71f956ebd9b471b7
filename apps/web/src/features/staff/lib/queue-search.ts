import { z } from 'zod';
import { applicationStatusSchema, reasonSchema } from '@ssc/domain/codes';
import type { ApplicationStatus } from '@ssc/domain/codes';
import { normaliseReferenceSearch } from '@ssc/domain/reference';
import {
  STAFF_QUEUE_ASSIGNEE_FILTERS,
  STAFF_QUEUE_FILTER_STATUSES,
  STAFF_QUEUE_MAX_AGE_DAYS,
  STAFF_WORK_STATUSES,
} from '@ssc/domain/status';
import type { QueueFilters } from '../api/staff-api.ts';

// The reviewer's queue filters live in the address bar, so that Back after opening an
// application, a reload or a bookmarked link shows the same queue. Whatever comes from the
// address bar is typed by anybody: each value is checked here and an unknown one is dropped
// (its default applies) before it can reach the form or the API. Paging cursors stay out of the
// address: they are opaque, short-lived, and a reload starting again at the oldest is expected.

export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  statuses: [...STAFF_WORK_STATUSES],
  reason: '',
  assignee: '',
  minAgeDays: '',
  reference: '',
};

// The domain's limit, which the API applies too.
const minAgeDaysSchema = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(STAFF_QUEUE_MAX_AGE_DAYS));

/** A whole number of days the API accepts, as text, or '' for none. */
export function normaliseMinAgeDays(input: string): string {
  const parsed = minAgeDaysSchema.safeParse(input);
  return parsed.success ? String(parsed.data) : '';
}

// The form offers only these two; the API's other form (a staff id) is not offered.
const assigneeSchema = z.enum(STAFF_QUEUE_ASSIGNEE_FILTERS);

function parseStatuses(values: string[]): ApplicationStatus[] {
  const allowed: readonly ApplicationStatus[] = STAFF_QUEUE_FILTER_STATUSES;
  const chosen = new Set(
    values.flatMap((value) => {
      const parsed = applicationStatusSchema.safeParse(value);
      return parsed.success && allowed.includes(parsed.data) ? [parsed.data] : [];
    }),
  );
  // No status at all means the work list, exactly as the API reads an absent `status`.
  return chosen.size === 0 ? [...STAFF_WORK_STATUSES] : allowed.filter((s) => chosen.has(s));
}

function sameStatuses(a: readonly ApplicationStatus[], b: readonly ApplicationStatus[]): boolean {
  return a.length === b.length && a.every((status) => b.includes(status));
}

/** What the application page's "back to the queue" link returns to (routes/staff/application.tsx). */
export interface QueueLinkState {
  queueSearch: string;
}

/** The queue filters a query string asks for; anything unknown or malformed is left at its default. */
export function parseQueueSearch(params: URLSearchParams): QueueFilters {
  const reason = reasonSchema.safeParse(params.get('reason'));
  const assignee = assigneeSchema.safeParse(params.get('assignee'));
  return {
    statuses: parseStatuses(params.getAll('status')),
    reason: reason.success ? reason.data : '',
    assignee: assignee.success ? assignee.data : '',
    minAgeDays: normaliseMinAgeDays(params.get('minAgeDays') ?? ''),
    reference: normaliseReferenceSearch(params.get('reference') ?? '') ?? '',
  };
}

/**
 * The query string for these filters. Defaults are left out, so the plain queue stays `/staff`;
 * a search term that cannot be a reference is left out (@ssc/domain/reference).
 */
export function serialiseQueueSearch(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  const statuses = parseStatuses(filters.statuses);
  if (!sameStatuses(statuses, STAFF_WORK_STATUSES)) {
    for (const status of statuses) params.append('status', status);
  }
  const reason = reasonSchema.safeParse(filters.reason);
  if (reason.success) params.set('reason', reason.data);
  const assignee = assigneeSchema.safeParse(filters.assignee);
  if (assignee.success) params.set('assignee', assignee.data);
  const minAgeDays = normaliseMinAgeDays(filters.minAgeDays);
  if (minAgeDays) params.set('minAgeDays', minAgeDays);
  const reference = normaliseReferenceSearch(filters.reference);
  if (reference) params.set('reference', reference);
  return params;
}
