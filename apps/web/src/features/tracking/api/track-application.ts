import type { ApplicationStatus, RejectionReason, ReviewReason } from '@ssc/domain/codes';
import type { VisitView } from '@ssc/domain/visit';
import { isApiError, requestApi } from '../../../lib/api-client.ts';
import { readRememberedApplicationId } from '../../../lib/remembered-application.ts';

export interface TrackingCentre {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface TrackingCorrection {
  /** A document kind to replace, or an answer (case path) to correct; never personal data. */
  kind?: string;
  field?: string;
  reason: ReviewReason;
}

export interface TrackingResult {
  reference: string;
  status: ApplicationStatus;
  timeline: { status: ApplicationStatus; at: string }[];
  pickup?: { centre: TrackingCentre; readyAt: string };
  corrections?: TrackingCorrection[];
  rejection?: { reason: RejectionReason };
  /** The booked visit's time and centre (docs/api.md "Tracking"), nothing personal. */
  visit?: VisitView | null;
}

// POST, not GET: the ID number must never appear in a URL (or in server logs of URLs).
export function trackApplication(reference: string, idNumber: string): Promise<TrackingResult> {
  return requestApi('/tracking', { method: 'POST', body: { reference, idNumber } });
}

/**
 * The id of the tracked application if this browser filed it (its cookie opens it and the
 * reference matches), so the page can offer the certificate's electronic copy; else null.
 */
export async function findOwnApplicationId(reference: string): Promise<string | null> {
  const id = readRememberedApplicationId();
  if (!id) return null;
  try {
    const own = await requestApi<{ reference: string }>(`/applications/${encodeURIComponent(id)}`);
    return own.reference === reference ? id : null;
  } catch (error) {
    if (isApiError(error)) return null;
    throw error;
  }
}

export function certificateCopyUrl(applicationId: string): string {
  return `/api/v1/applications/${encodeURIComponent(applicationId)}/certificate.pdf`;
}
