import { z } from 'zod';

/**
 * Every string the service accepts — JSON bodies, path parameters, query parameters, multipart
 * fields — is built from `textSchema`, so a character that cannot be stored, displayed or
 * compared honestly is refused once, at the edge, with a 422 naming the field
 * (docs/security.md "Odd input"). Refused everywhere:
 * - NUL and the other C0 controls, DEL and the C1 controls: PostgreSQL cannot store NUL in text
 *   or jsonb, and the others are invisible on a screen and in the audit CSV;
 * - lone surrogates: not Unicode text at all, and PostgreSQL refuses them in jsonb;
 * - the 66 non-characters (U+FDD0–U+FDEF and U+nFFFE/U+nFFFF of every plane), which Unicode
 *   reserves for a program's internal use and never for interchange;
 * - bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they
 *   reorder what a reviewer reads (a reference or an ID number can be made to look like
 *   another) and no name or answer here needs them; right-to-left letters themselves are fine.
 * Free-text notes (`multiline`) may also hold line feeds, carriage returns and tabs.
 */
export const TEXT_MESSAGE_KEY = 'error.text.invalidCharacter';

function isRefusedCodePoint(cp: number, multiline: boolean): boolean {
  if (cp <= 0x1f) return !(multiline && (cp === 0x09 || cp === 0x0a || cp === 0x0d));
  if (cp >= 0x7f && cp <= 0x9f) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // only reached by a lone surrogate
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
  if ((cp & 0xfffe) === 0xfffe) return true;
  if (cp >= 0x202a && cp <= 0x202e) return true;
  if (cp >= 0x2066 && cp <= 0x2069) return true;
  return false;
}

/** True when every code point of `value` may be stored and shown (see above). */
export function isAcceptableText(value: string, options: { multiline?: boolean } = {}): boolean {
  const multiline = options.multiline ?? false;
  // for…of walks code points: a well-formed pair arrives whole, a lone surrogate on its own.
  for (const ch of value) {
    if (isRefusedCodePoint(ch.codePointAt(0)!, multiline)) return false;
  }
  return true;
}

/**
 * A string that refuses odd characters before any other check (so a trim or a regex never sees
 * them). `error` is the message for a value that is not a string at all.
 */
export function textSchema(options: { error?: string; multiline?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  return z
    .string(options.error ? { error: options.error } : undefined)
    .refine((value) => isAcceptableText(value, { multiline }), {
      error: TEXT_MESSAGE_KEY,
      abort: true,
    });
}

/** A path or query parameter that must be a UUID (ids of applications, documents, staff). */
export const uuidSchema = z.uuid({ error: 'error.id.invalid' });

/**
 * A whole number in a query string: digits only (no sign, exponent, hex, blanks or empty value,
 * all of which Number() would quietly accept), bounded before it is converted.
 */
export function queryIntegerSchema(min: number, max: number) {
  const digits = String(max).length;
  return textSchema()
    .regex(new RegExp(`^\\d{1,${digits}}$`), { error: 'error.number.invalid', abort: true })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: 'error.number.range' })
        .max(max, { error: 'error.number.range' }),
    );
}

// The calendar the service deals in: nothing it stores is older than the oldest living person's
// birth, and nothing is planned centuries ahead, so any date outside these years is a mistake.
export const EARLIEST_QUERY_YEAR = 1900;
export const LATEST_QUERY_YEAR = 2999;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar date (or a date and time with its offset) that exists and lies in a sane range. */
export function parseQueryDate(value: string): Date | null {
  const match = DATE_TIME.exec(value) ?? DATE_ONLY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < EARLIEST_QUERY_YEAR || year > LATEST_QUERY_YEAR) return null;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    return null;
  }
  const at = new Date(match[4] === undefined ? `${value}T00:00:00Z` : value);
  return Number.isNaN(at.getTime()) ? null : at;
}

export const queryDateSchema = textSchema()
  .max(40, { error: 'error.date.invalid', abort: true })
  .transform((value, ctx) => {
    const at = parseQueryDate(value);
    if (!at) {
      ctx.issues.push({ code: 'custom', message: 'error.date.invalid', input: value });
      return z.NEVER;
    }
    return at;
  });

/** The audit trail's page link: an event id, a positive PostgreSQL bigint. */
export const MAX_BIGINT_ID = 9_223_372_036_854_775_807n;
export const auditCursorSchema = textSchema()
  .regex(/^[1-9]\d{0,18}$/, { error: 'error.cursor.invalid', abort: true })
  .refine((value) => BigInt(value) <= MAX_BIGINT_ID, { error: 'error.cursor.invalid' });

/** Every message these primitives can produce (translated in both dictionaries). */
export const SAFE_INPUT_MESSAGE_KEYS = [
  TEXT_MESSAGE_KEY,
  'error.id.invalid',
  'error.number.invalid',
  'error.number.range',
  'error.date.invalid',
  'error.cursor.invalid',
] as const;

/** A row's version for optimistic locking: a PostgreSQL integer, never negative. */
export const MAX_ROW_VERSION = 2_147_483_647;
export const rowVersionSchema = z.number().int().min(0).max(MAX_ROW_VERSION);
