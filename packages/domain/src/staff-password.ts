import { textSchema } from './safe-input.ts';

/**
 * docs/decisions/004-authentication.md: a staff password is a long passphrase rather than one
 * built to composition rules (NIST SP 800-63B §5.1.1.2: at least 8, and we ask 12; no
 * composition rules; refuse known-common ones). The list of common passwords is checked by the
 * service only: it is too large to send to every browser.
 */
export const STAFF_PASSWORD_MIN = 12;
// ASVS 4.0.3 2.1.2: at least 64 characters allowed, more than 128 refused.
export const STAFF_PASSWORD_MAX = 128;

/** A new staff password, as both the staff pages and the service check it. */
export const newStaffPasswordSchema = textSchema({ error: 'error.password.required' })
  .min(STAFF_PASSWORD_MIN, 'error.password.tooShort')
  .max(STAFF_PASSWORD_MAX, 'error.password.tooLong');

/** The staff member's own current password, asked again before a privileged change. */
export const currentPasswordSchema = textSchema({ error: 'error.password.required' })
  .min(1, 'error.password.required')
  // Passwords set before the 128 limit may be up to 200 characters long.
  .max(200, 'error.password.required');
