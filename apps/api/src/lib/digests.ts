/** The keyed digest (HMAC-SHA-256 under APP_SECRET, plugins/app/secrets.ts holds the key). */
export interface Secrets {
  /** Keyed digest used to find an application by the cardholder's ID number without an index of raw numbers. */
  digest(value: string): string;
}

/** The digests that find an application by the cardholder's ID number or card number. */
export function digestIdNumber(secrets: Secrets, normalisedIdNumber: string): string {
  return secrets.digest(`id:${normalisedIdNumber}`);
}

export function digestCardNumber(secrets: Secrets, cardNumber: string): string {
  return secrets.digest(`card:${cardNumber.trim().toUpperCase()}`);
}
