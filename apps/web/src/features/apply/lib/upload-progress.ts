// Screen readers hear progress in quarters, not on every percent (a polite live region that
// changed at every progress event would talk over everything else; WCAG 4.1.3).
export const ANNOUNCE_STEP = 25;

export function toPercent(share: number): number {
  return Math.max(0, Math.min(100, Math.floor(share * 100)));
}

/** The quarter to announce now, or null when the last announced one still holds. */
export function nextAnnouncement(lastAnnounced: number, share: number): number | null {
  const step = Math.floor(toPercent(share) / ANNOUNCE_STEP) * ANNOUNCE_STEP;
  return step > lastAnnounced && step < 100 ? step : null;
}
