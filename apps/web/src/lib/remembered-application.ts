// The browser that filed keeps only the application's id; the access token is an HttpOnly
// cookie (docs/decisions/004-authentication.md). The wizard writes it; tracking and the visit
// page read it to open the application this browser filed.
export const REMEMBERED_APPLICATION_KEY = 'ssc.applicationId';

/** The id of the application this browser started or filed, if it remembers one. */
export function readRememberedApplicationId(): string | null {
  try {
    return window.localStorage.getItem(REMEMBERED_APPLICATION_KEY);
  } catch {
    return null;
  }
}
