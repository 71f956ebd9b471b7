import type { ApplicationStatus } from '@ssc/domain/codes';
import { requestApi } from '../../../lib/api-client.ts';

export interface TrackingCentre {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface TrackingResult {
  reference: string;
  status: ApplicationStatus;
  timeline: { status: ApplicationStatus; at: string }[];
  pickup?: { centre: TrackingCentre; readyAt: string };
}

// POST, not GET: the ID number must never appear in a URL (or in server logs of URLs).
export function trackApplication(reference: string, idNumber: string): Promise<TrackingResult> {
  return requestApi('/tracking', { method: 'POST', body: { reference, idNumber } });
}
