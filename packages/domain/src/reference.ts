/**
 * Application references, certificate serials and their search (docs/api.md: "reference"). They
 * are read out over the phone and typed from paper, so they use an alphabet without the
 * characters people confuse — no 0/O, 1/I/L, U — in groups of four: "7KQM-2XPD-9T4H".
 */
export const READABLE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters of a reference as typed: the readable alphabet, in either case. */
const REFERENCE_PREFIX = /^[2-9A-HJKMNP-TV-Z]{1,12}$/;

/** What a person typed, as stored: upper case, grouped by four with dashes. */
export function normaliseReadableCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * A staff search term as the API compares it ('' for no search), or null when no reference
 * can start with it. Refusing everything else keeps the common slips out of URLs and request
 * logs: every Chinese ID number holds a 0 or a 1 in its birth date (19xx/20xx, or a month
 * 01–12 in the old 15-digit form), a mobile number starts with 1, and a name in Chinese
 * characters has no place here. (A romanised name of up to 12 letters without I, L, O or U
 * would still pass: a shape check cannot tell it from a reference.)
 */
export function normaliseReferenceSearch(input: string): string | null {
  // Spaces and dashes are how people group a reference; any other character is not in one.
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact === '') return '';
  if (!REFERENCE_PREFIX.test(compact)) return null;
  return normaliseReadableCode(compact);
}
