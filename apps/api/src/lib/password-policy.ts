import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * NIST SP 800-63B §5.1.1.2: a new password is checked against passwords known to be common.
 * The list is zxcvbn's (about 49 000 from public breach corpora), plus a few that Chinese users
 * are known to favour and that pass our length rule. A password is also common when what is
 * left after trailing digits and symbols are taken off is on the list ("Password2026!"), the
 * commonest way of meeting a length rule.
 */
const OURS = [
  'woaini1314520',
  'woaini5201314',
  '5201314woaini',
  'aini13145201314',
  'qq123456789qq',
  'zhang123456789',
  'shebaoka123456',
];

let common: Set<string> | undefined;
const commonPasswords = () =>
  (common ??= new Set([...(dictionary['passwords-common'] as string[]), ...OURS]));

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  if (commonPasswords().has(lower)) return true;
  const stem = lower.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
  return stem.length >= 4 && commonPasswords().has(stem);
}

/** The i18n key of what is wrong with a new password beyond its length, if anything. */
export function passwordPolicyProblem(password: string, username: string): string | null {
  if (isCommonPassword(password)) return 'error.password.common';
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return 'error.password.containsUsername';
  return null;
}
