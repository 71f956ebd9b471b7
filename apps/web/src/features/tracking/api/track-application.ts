import {
  applicationViewSchema,
  trackingResultSchema,
  type TrackingResult,
} from '@ssc/domain/contract/applications';
import { isApiError, requestApi } from '@/lib/api-client.ts';
import { readRememberedApplicationId } from '@/lib/remembered-application.ts';

export type { TrackingResult };

// POST, not GET: the ID number must never appear in a URL (or in server logs of URLs).
export function trackApplication(reference: string, idNumber: string): Promise<TrackingResult> {
  return requestApi('/tracking', {
    method: 'POST',
    body: { reference, idNumber },
    schema: trackingResultSchema,
  });
}

/**
 * The id of the tracked application if this browser filed it (its cookie opens it and the
 * reference matches), so the page can offer the certificate's electronic copy; else null.
 */
export async function findOwnApplicationId(reference: string): Promise<string | null> {
  const id = readRememberedApplicationId();
  if (!id) return null;
  try {
    const own = await requestApi(`/applications/${encodeURIComponent(id)}`, {
      schema: applicationViewSchema,
    });
    return own.reference === reference ? id : null;
  } catch (error) {
    if (isApiError(error)) return null;
    throw error;
  }
}

export function certificateCopyUrl(applicationId: string): string {
  return `/api/v1/applications/${encodeURIComponent(applicationId)}/certificate.pdf`;
}
