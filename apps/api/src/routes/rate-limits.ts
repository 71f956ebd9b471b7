export interface RateLimit {
  max: number;
  timeWindow: string;
}

/** Per client address. Tracking is the guessing surface (reference + ID number), so it is tight. */
export interface RateLimits {
  tracking: RateLimit;
  applicant: RateLimit;
  createApplication: RateLimit;
  staffSignIn: RateLimit;
}

export const defaultRateLimits: RateLimits = {
  tracking: { max: 10, timeWindow: '1 minute' },
  applicant: { max: 300, timeWindow: '1 minute' },
  createApplication: { max: 20, timeWindow: '1 hour' },
  staffSignIn: { max: 10, timeWindow: '1 minute' },
};
