// Only the application id is kept in the browser; the access token lives in an HttpOnly cookie.
const KEY = 'ssc.applicationId';

export function readDraftId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

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
