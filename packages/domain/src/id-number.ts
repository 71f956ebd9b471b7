import type { IdType } from './codes.ts';

export type IdErrorCode = 'ID_FORMAT' | 'ID_CHECK_DIGIT' | 'ID_BIRTH_DATE' | 'ID_PREFIX';
export type IdValidation = { ok: true; birthDate?: string } | { ok: false; code: IdErrorCode };

/** The i18n key for each ID validation failure; the case schemas report these. */
export const ID_ERROR_MESSAGE_KEYS = {
  ID_FORMAT: 'error.idNumber.format',
  ID_CHECK_DIGIT: 'error.idNumber.checkDigit',
  ID_BIRTH_DATE: 'error.idNumber.birthDate',
  ID_PREFIX: 'error.idNumber.prefix',
} as const satisfies Record<IdErrorCode, string>;

/** Trim, upper-case (so a typed `x` becomes the check character `X`) and drop inner spaces. */
export function normaliseIdNumber(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

// GB 11643-1999 §8.2: weights 2^(17-i) mod 11, and the MOD 11-2 remainder → check character.
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The check character (`0`–`9` or `X`) of the first 17 digits of an 18-character ID number. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('residentIdCheckDigit needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * (CHECK_WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

// GB/T 2260 province-level codes that issue resident identity cards. 71 (Taiwan), 81 (Hong
// Kong) and 82 (Macao) issue none; 81/82/83 prefixes belong to the HMT residence permit (docs/rules.md §4).
const RESIDENT_PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
]); // prettier-ignore

const HMT_RESIDENCE_PERMIT_PREFIXES = ['810000', '820000', '830000'];

// Oldest birth date accepted inside an ID number: nobody living was born before 1900.
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** True when `iso` (YYYY-MM-DD) names a day that exists in the Gregorian calendar. */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The birth date (YYYY-MM-DD) carried by an 18-character ID number (positions 7–14 in the
 * resident ID, the foreign permanent resident ID of 2023 and the HMT residence permit), or
 * undefined when the ID type carries none or the digits are not a real date.
 */
export function birthDateFromIdNumber(idType: IdType, idNumber: string): string | undefined {
  if (!ID_TYPES_WITH_BIRTH_DATE.has(idType)) return undefined;
  const id = normaliseIdNumber(idNumber);
  if (id.length !== 18) return undefined;
  const iso = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return isRealDate(iso) ? iso : undefined;
}

const ID_TYPES_WITH_BIRTH_DATE: ReadonlySet<IdType> = new Set<IdType>([
  'RESIDENT_ID',
  'FOREIGN_PERMANENT_RESIDENT_ID',
  'HMT_RESIDENCE_PERMIT',
]);

/** Whether numbers of this ID type carry the holder's birth date (else it must be asked). */
export function idTypeCarriesBirthDate(idType: IdType): boolean {
  return ID_TYPES_WITH_BIRTH_DATE.has(idType);
}

// docs/rules.md §4: the three 18-character types share one layout and the MOD 11-2 check character.
function validateEighteenCharacterId(
  id: string,
  today: string,
  hasValidPrefix: (id: string) => boolean,
): IdValidation {
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, code: 'ID_FORMAT' };
  if (!hasValidPrefix(id)) return { ok: false, code: 'ID_PREFIX' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  // docs/rules.md §4: a birth date inside the ID number must be a real date, not in the future.
  if (!isRealDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return { ok: false, code: 'ID_BIRTH_DATE' };
  }
  if (residentIdCheckDigit(id.slice(0, 17)) !== id[17]) {
    return { ok: false, code: 'ID_CHECK_DIGIT' };
  }
  return { ok: true, birthDate };
}

/**
 * Validate an identity document number for its type (docs/rules.md §4). `today` is YYYY-MM-DD.
 * The number is normalised first, so a lower-case `x` check character is accepted.
 *
 * Passport: 5–17 letters and digits with at least one digit; passports of the world follow no
 * single format, so only the ICAO 9303 machine-readable field limits are applied.
 * HMT travel permit (港澳居民来往内地通行证): `H` (Hong Kong) or `M` (Macao) followed by
 * 8 digits (card issued since 2013) or 10 digits (older booklet still seen at counters).
 */
export function validateIdNumber(idType: IdType, idNumber: string, today: string): IdValidation {
  const id = normaliseIdNumber(idNumber);
  switch (idType) {
    case 'RESIDENT_ID':
      return validateEighteenCharacterId(id, today, (v) =>
        RESIDENT_PROVINCE_CODES.has(v.slice(0, 2)),
      );
    case 'FOREIGN_PERMANENT_RESIDENT_ID':
      return validateEighteenCharacterId(id, today, (v) => v.startsWith('9'));
    case 'HMT_RESIDENCE_PERMIT':
      return validateEighteenCharacterId(id, today, (v) =>
        HMT_RESIDENCE_PERMIT_PREFIXES.some((prefix) => v.startsWith(prefix)),
      );
    case 'PASSPORT':
      return /^[A-Z0-9]{5,17}$/.test(id) && /\d/.test(id)
        ? { ok: true }
        : { ok: false, code: 'ID_FORMAT' };
    case 'HMT_TRAVEL_PERMIT':
      if (!/^[A-Z0-9]+$/.test(id)) return { ok: false, code: 'ID_FORMAT' };
      if (!/^[HM]/.test(id)) return { ok: false, code: 'ID_PREFIX' };
      return /^[HM](\d{8}|\d{10})$/.test(id) ? { ok: true } : { ok: false, code: 'ID_FORMAT' };
  }
}

/** Whole years between `birthDate` and `today` (both YYYY-MM-DD); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined) return Number.NaN;
  if (ty === undefined || tm === undefined || td === undefined) return Number.NaN;
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/**
 * Mask an ID number for display: the first 3 and the last 4 characters of a long number
 * (15 or more), the last 2 of a shorter one, the first and last only of a very short one.
 * Everything else becomes `*`, so the length stays recognisable but the number does not.
 */
export function maskIdNumber(id: string): string {
  const v = normaliseIdNumber(id);
  if (v.length <= 2) return '*'.repeat(v.length);
  const [head, tail] = v.length >= 15 ? [3, 4] : v.length >= 8 ? [3, 2] : [1, 1];
  return v.slice(0, head) + '*'.repeat(v.length - head - tail) + v.slice(v.length - tail);
}

// Separators kept visible when masking a name: space, hyphen, apostrophe, dot and the
// Chinese middle dot used in transliterated names (约翰·史密斯).
const NAME_SEPARATOR = /[\s\-'.·・]/u;

/**
 * Mask a person's name for public display (certificate verification, tracking): keep the
 * first character, replace every other letter by `*`, keep separators.
 * `张三` → `张*`, `欧阳娜娜` → `欧***`, `John Smith` → `J*** *****`.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.length === 0 ? '' : '*';
  return chars.map((c, i) => (i === 0 || NAME_SEPARATOR.test(c) ? c : '*')).join('');
}
