export interface RateLimit {
  max: number;
  timeWindow: string;
}

/**
 * Per client address unless said otherwise. Tracking is the guessing surface (reference + ID
 * number), so it is tight. China's mobile networks put many subscribers behind one public
 * address (carrier-grade NAT; a port block of 256–2 048 ports each makes 30–250 subscribers
 * per address), so the limits on what citizens do are set for a crowd behind one address, and
 * what one person can do is limited per application instead (docs/security.md "Limits").
 */
export interface RateLimits {
  tracking: RateLimit;
  /**
   * Wrong ID numbers tried against one reference, from anywhere: the per-address limit alone
   * lets a reference's ID number be guessed from many addresses. Only misses count, so a
   * cardholder who checks often is never stopped by their own successes.
   */
  trackingMissesPerReference: RateLimit;
  applicant: RateLimit;
  /** Every request with one application's token, from any address: one person's pace. */
  perApplication: RateLimit;
  createApplication: RateLimit;
  staffSignIn: RateLimit;
  /**
   * Sign-ins from one trusted device (a browser its account signed in from before), whatever
   * the account's lock says: the device's own allowance, so that a stolen device cookie is no
   * way around the lock either (docs/decisions/004-authentication.md).
   */
  staffSignInPerDevice: RateLimit;
  /**
   * The public reads that need no credentials but each reach the database: the health check
   * (a ping) and the list of service centres. A monitor polls health a few times a minute and
   * the wizard reads the centres once per visit, so only a flood meets this.
   */
  publicRead: RateLimit;
}

export const defaultRateLimits: RateLimits = {
  tracking: { max: 10, timeWindow: '1 minute' },
  // Ten misses an hour is a family mistyping for a long while, and ~240 guesses a day at most
  // against a reference whoever holds it: the ID number is the secret beside it (docs/security.md).
  trackingMissesPerReference: { max: 10, timeWindow: '1 hour' },
  // 250 people filling the wizard at once behind one address, ~10 requests a minute each.
  applicant: { max: 2_500, timeWindow: '1 minute' },
  // The wizard makes about one request per step and one per scan; 120 a minute is retries to
  // spare, and a script driving one draft is stopped at it.
  perApplication: { max: 120, timeWindow: '1 minute' },
  // 250 people behind one address each starting a draft, and again, within the hour.
  createApplication: { max: 500, timeWindow: '1 hour' },
  staffSignIn: { max: 10, timeWindow: '1 minute' },
  // A working day's sign-ins at one desk, with mistypes to spare.
  staffSignInPerDevice: { max: 10, timeWindow: '15 minutes' },
  publicRead: { max: 300, timeWindow: '1 minute' },
};
