import { applicationViewSchema, type ApplicationView } from '@ssc/domain/contract/applications';
import {
  visitSchema,
  visitSlotsResponseSchema,
  type VisitSlotsView,
  type VisitView,
} from '@ssc/domain/visit';
import { isApiError, noContent, requestApi } from '@/lib/api-client.ts';

// docs/api.md "Visit": the applicant's own application, its token in the HttpOnly cookie.
const base = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}`;

/** What the visit page reads of the application (docs/api.md "Applications"). */
export type VisitApplication = Pick<
  ApplicationView,
  'id' | 'reference' | 'status' | 'eligibility' | 'visit' | 'missedVisit'
>;

export function getVisitApplication(id: string, signal?: AbortSignal): Promise<VisitApplication> {
  return requestApi(base(id), { schema: applicationViewSchema, ...(signal ? { signal } : {}) });
}

export function getVisitSlots(
  applicationId: string,
  signal?: AbortSignal,
): Promise<VisitSlotsView> {
  return requestApi(`${base(applicationId)}/visit-slots`, {
    schema: visitSlotsResponseSchema,
    ...(signal ? { signal } : {}),
  });
}

/** Books the visit, or moves it; a resend of the same slot books nothing twice (200). */
export function bookVisit(applicationId: string, start: string): Promise<VisitView> {
  return requestApi(`${base(applicationId)}/visit`, {
    method: 'PUT',
    body: { start },
    schema: visitSchema,
  });
}

export function cancelVisit(applicationId: string): Promise<void> {
  return requestApi(`${base(applicationId)}/visit`, { method: 'DELETE', schema: noContent });
}

/** A refusal of the booking that the page answers in words of its own. */
export type BookingRefusal =
  | { kind: 'slot-full' }
  | { kind: 'too-late' }
  | { kind: 'already-marked' }
  | { kind: 'not-open' }
  | { kind: 'edited-elsewhere' };

/** Reads the problem type of a 409 (docs/api.md "Visit"); null for any other failure. */
export function bookingRefusal(error: unknown): BookingRefusal | null {
  if (!isApiError(error, 409)) return null;
  // The page reloads the whole list after a refusal, so the problem's `nextSlots` is not kept.
  switch (error.problem.type) {
    case '/problems/slot-full':
      return { kind: 'slot-full' };
    case '/problems/visit-change-too-late':
      return { kind: 'too-late' };
    case '/problems/visit-already-marked':
      return { kind: 'already-marked' };
    case '/problems/visit-not-open':
      return { kind: 'not-open' };
    case '/problems/edited-elsewhere':
      return { kind: 'edited-elsewhere' };
    default:
      return null;
  }
}
