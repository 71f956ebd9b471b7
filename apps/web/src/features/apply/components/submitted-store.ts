import type { Centre } from '../api/application-types.ts';

// The confirmation page must survive a reload; the remembered application is no longer a draft.
// The reference and centre are not secrets on their own (tracking also needs the ID number).
const KEY = 'ssc.submitted';

export interface SubmittedRecord {
  reference: string;
  centre: Centre | null;
}

export function storeSubmitted(record: SubmittedRecord): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // The page still shows it from navigation state.
  }
}

export function readSubmitted(): SubmittedRecord | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as SubmittedRecord) : null;
  } catch {
    return null;
  }
}
