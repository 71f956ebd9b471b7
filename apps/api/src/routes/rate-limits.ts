export interface RateLimit {
  max: number;
  timeWindow: string;
}

/** Per client address. Tracking is the guessing surface (reference + ID number), so it is tight. */
export interface RateLimits {
  tracking: RateLimit;
  /**
   * Wrong ID numbers tried against one reference, from anywhere: the per-address limit alone
   * lets a reference's ID number be guessed from many addresses. Only misses count, so a
   * cardholder who checks often is never stopped by their own successes.
   */
  trackingMissesPerReference: RateLimit;
  applicant: RateLimit;
  createApplication: RateLimit;
  staffSignIn: RateLimit;
}

export const defaultRateLimits: RateLimits = {
  tracking: { max: 10, timeWindow: '1 minute' },
  // Ten misses an hour is a family mistyping for a long while, and ~240 guesses a day at most
  // against a reference whoever holds it: the ID number is the secret beside it (docs/security.md).
  trackingMissesPerReference: { max: 10, timeWindow: '1 hour' },
  applicant: { max: 300, timeWindow: '1 minute' },
  createApplication: { max: 20, timeWindow: '1 hour' },
  staffSignIn: { max: 10, timeWindow: '1 minute' },
};
