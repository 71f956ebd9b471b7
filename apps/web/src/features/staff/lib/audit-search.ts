import { z } from 'zod';
import type { AuditFilters } from '../api/supervisor-api.ts';

// The supervisor's audit filters live in the address bar for the same reasons as the queue's
// (queue-search.ts): Back, reload and shared links keep them, and each value from the address
// bar is checked before it reaches the form or the API. Paging cursors stay out of it.
// None of these filters is personal data: an action code, the opaque ids of a staff account
// and of an application (already in the application page's own address), and two dates.

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  action: '',
  actorId: '',
  applicationId: '',
  from: '',
  to: '',
};

// Actions are upper-case codes (APPLICATION_CLAIMED, …) matched exactly by the API; the shape
// alone keeps free text (a name, an ID number) out of the address bar.
const actionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z_]{0,59}$/);
const idSchema = z.string().trim().toLowerCase().pipe(z.uuid());
const dateSchema = z.string().trim().pipe(z.iso.date());

const schemas: Record<keyof AuditFilters, z.ZodType<string, string>> = {
  action: actionSchema,
  actorId: idSchema,
  applicationId: idSchema,
  from: dateSchema,
  to: dateSchema,
};

const KEYS = Object.keys(EMPTY_AUDIT_FILTERS) as (keyof AuditFilters)[];

/** Each filter in the form the API accepts, or '' when it is missing or malformed. */
export function normaliseAuditFilters(filters: Partial<Record<keyof AuditFilters, string | null>>) {
  const result = { ...EMPTY_AUDIT_FILTERS };
  for (const key of KEYS) {
    const parsed = schemas[key].safeParse(filters[key] ?? '');
    if (parsed.success) result[key] = parsed.data;
  }
  return result;
}

/** The audit filters a query string asks for. */
export function parseAuditSearch(params: URLSearchParams): AuditFilters {
  return normaliseAuditFilters(Object.fromEntries(KEYS.map((key) => [key, params.get(key)])));
}

/** The query string for these filters; empty and malformed ones are left out. */
export function serialiseAuditSearch(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(normaliseAuditFilters(filters))) {
    if (value) params.set(key, value);
  }
  return params;
}
