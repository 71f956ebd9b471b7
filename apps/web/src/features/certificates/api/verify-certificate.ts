import type { ApplicationStatus } from '@ssc/domain/codes';
import { requestApi } from '../../../lib/api-client.ts';

export interface CertificateVerification {
  valid: boolean;
  status: ApplicationStatus | string;
  issuedAt: string;
  /** Masked by the server ("张*"): a bank sees enough to match, nothing more. */
  holder: string;
  serial?: string;
  /** The issuing service centre's code. */
  centreId?: string;
  /** The issuing centre by name, as a reader knows it. */
  centre?: { id: string; nameZh: string; nameEn: string };
}

export function verifyCertificate(
  serial: string,
  signal?: AbortSignal,
): Promise<CertificateVerification> {
  return requestApi(
    `/certificates/${encodeURIComponent(serial)}/verification`,
    signal ? { signal } : {},
  );
}
