import type { ClamdScan } from './clamd.ts';

/** What scans an upload for viruses (clamd; plugins/app/virus-scan.ts connects it). */
export interface VirusScanner {
  /** One scan session per upload; rejects with ClamdUnavailableError when clamd is down. */
  open(): Promise<ClamdScan>;
}
