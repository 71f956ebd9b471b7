import {
  certificateVerificationSchema,
  type CertificateVerification,
} from '@ssc/domain/contract/applications';
import { requestApi } from '@/lib/api-client.ts';

export type { CertificateVerification };

export function verifyCertificate(
  serial: string,
  signal?: AbortSignal,
): Promise<CertificateVerification> {
  return requestApi(`/certificates/${encodeURIComponent(serial)}/verification`, {
    schema: certificateVerificationSchema,
    ...(signal ? { signal } : {}),
  });
}
