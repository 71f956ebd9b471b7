import {
  readRememberedApplicationId,
  REMEMBERED_APPLICATION_KEY as KEY,
} from '@/lib/remembered-application.ts';

// Only the application id is kept in the browser; the access token lives in an HttpOnly cookie.
export const readDraftId = readRememberedApplicationId;

export function storeDraftId(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    // Without storage the draft still works for this tab through the in-memory state.
  }
}

export function clearDraftId(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}

// Whether the remembered application has been sent: its id stays for tracking's certificate
// copy, but the landing page offers "continue" only for one still being filled in.
const SENT_KEY = 'ssc.applicationSent';

export function rememberSent(sent: boolean): void {
  try {
    if (sent) window.localStorage.setItem(SENT_KEY, '1');
    else window.localStorage.removeItem(SENT_KEY);
  } catch {
    // Without storage the landing page simply offers to start.
  }
}

/** An application this browser started and has not sent. */
export function holdsUnsentDraft(): boolean {
  try {
    return readDraftId() !== null && window.localStorage.getItem(SENT_KEY) !== '1';
  } catch {
    return false;
  }
}
