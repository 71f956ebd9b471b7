import type { ApplicationStatus, DocumentKind } from '@ssc/domain/codes';
import type { VisitSlot, VisitSlotsView, VisitView } from '@ssc/domain/visit';
import { isApiError, requestApi, type ApiError } from '../../../lib/api-client.ts';

// docs/api.md "Visit": the applicant's own application, its token in the HttpOnly cookie.
const base = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}`;

// The browser that filed keeps the application id (the token itself is an HttpOnly cookie,
// docs/decisions/004-authentication.md); the same key as the wizard's draft storage.
const APPLICATION_ID_KEY = 'ssc.applicationId';

/** The id of the application this browser filed, if it remembers one. */
export function readFiledApplicationId(): string | null {
  try {
    return window.localStorage.getItem(APPLICATION_ID_KEY);
  } catch {
    return null;
  }
}

/** What the visit page reads of the application (docs/api.md "Applications"). */
export interface VisitApplication {
  id: string;
  reference: string;
  status: ApplicationStatus;
  eligibility: { requiredDocuments: DocumentKind[] };
  visit: VisitView | null;
  missedVisit: { start: string; end: string } | null;
}

export function getVisitApplication(id: string, signal?: AbortSignal): Promise<VisitApplication> {
  return requestApi(base(id), signal ? { signal } : {});
}

export function getVisitSlots(
  applicationId: string,
  signal?: AbortSignal,
): Promise<VisitSlotsView> {
  return requestApi(`${base(applicationId)}/visit-slots`, signal ? { signal } : {});
}

/** Books the visit, or moves it; a resend of the same slot books nothing twice (200). */
export function bookVisit(applicationId: string, start: string): Promise<VisitView> {
  return requestApi(`${base(applicationId)}/visit`, { method: 'PUT', body: { start } });
}

export function cancelVisit(applicationId: string): Promise<void> {
  return requestApi(`${base(applicationId)}/visit`, { method: 'DELETE' });
}

/** A refusal of the booking that the page answers in words of its own. */
export type BookingRefusal =
  | { kind: 'slot-full'; nextSlots: VisitSlot[] }
  | { kind: 'too-late' }
  | { kind: 'already-marked' }
  | { kind: 'not-open' }
  | { kind: 'edited-elsewhere' };

/** Reads the problem type of a 409 (docs/api.md "Visit"); null for any other failure. */
export function bookingRefusal(error: unknown): BookingRefusal | null {
  if (!isApiError(error, 409)) return null;
  const problem = (error as ApiError).problem as { type?: string; nextSlots?: VisitSlot[] };
  switch (problem.type) {
    case '/problems/slot-full':
      return { kind: 'slot-full', nextSlots: problem.nextSlots ?? [] };
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
