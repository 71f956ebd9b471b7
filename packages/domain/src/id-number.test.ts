import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ageOn,
  birthDateFromIdNumber,
  maskIdNumber,
  maskName,
  normaliseIdNumber,
  residentIdCheckDigit,
  validateIdNumber,
} from './id-number.ts';
import type { IdType } from './codes.ts';

const TODAY = '2026-11-27';

/** An 18-character number with a correct check character. */
function withCheckDigit(first17: string): string {
  return first17 + residentIdCheckDigit(first17);
}

describe('residentIdCheckDigit', () => {
  // The worked examples printed in GB 11643-1999.
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
  ])('%s → %s', (first17, expected) => {
    expect(residentIdCheckDigit(first17)).toBe(expected);
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => residentIdCheckDigit('1101051949123100')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  const beijing1990 = withCheckDigit('11010119900307803');
  const wrongCheck = beijing1990.slice(0, 17) + (beijing1990[17] === '0' ? '1' : '0');
  const lowerX = '11010519491231002x';
  const foreign = withCheckDigit('93115619850412001');
  const hongKongPermit = withCheckDigit('81000019950617002');
  const taiwanPermit = withCheckDigit('83000020000101003');

  type Row = [string, IdType, string, ReturnType<typeof validateIdNumber>];
  const rows: Row[] = [
    ['a resident ID', 'RESIDENT_ID', beijing1990, { ok: true, birthDate: '1990-03-07' }],
    [
      'the GB 11643 example ending in X',
      'RESIDENT_ID',
      '11010519491231002X',
      { ok: true, birthDate: '1949-12-31' },
    ],
    [
      'a lower-case x check character',
      'RESIDENT_ID',
      lowerX,
      { ok: true, birthDate: '1949-12-31' },
    ],
    [
      'spaces typed between groups',
      'RESIDENT_ID',
      ' 110105 19491231 002X ',
      { ok: true, birthDate: '1949-12-31' },
    ],
    ['a wrong check digit', 'RESIDENT_ID', wrongCheck, { ok: false, code: 'ID_CHECK_DIGIT' }],
    ['17 characters', 'RESIDENT_ID', beijing1990.slice(0, 17), { ok: false, code: 'ID_FORMAT' }],
    ['the old 15-digit form', 'RESIDENT_ID', '110105491231002', { ok: false, code: 'ID_FORMAT' }],
    ['X in the middle', 'RESIDENT_ID', '1101051949X231002X', { ok: false, code: 'ID_FORMAT' }],
    [
      '30 February',
      'RESIDENT_ID',
      withCheckDigit('11010119900230001'),
      { ok: false, code: 'ID_BIRTH_DATE' },
    ],
    [
      'month 13',
      'RESIDENT_ID',
      withCheckDigit('11010119901301001'),
      { ok: false, code: 'ID_BIRTH_DATE' },
    ],
    [
      '29 February in a leap year',
      'RESIDENT_ID',
      withCheckDigit('11010120000229001'),
      { ok: true, birthDate: '2000-02-29' },
    ],
    [
      '29 February in 1900 (not a leap year)',
      'RESIDENT_ID',
      withCheckDigit('11010119000229001'),
      { ok: false, code: 'ID_BIRTH_DATE' },
    ],
    [
      'a birth date tomorrow',
      'RESIDENT_ID',
      withCheckDigit('11010120261128001'),
      { ok: false, code: 'ID_BIRTH_DATE' },
    ],
    [
      'a birth date today',
      'RESIDENT_ID',
      withCheckDigit('11010120261127001'),
      { ok: true, birthDate: '2026-11-27' },
    ],
    [
      'a birth date before 1900',
      'RESIDENT_ID',
      withCheckDigit('11010118991231001'),
      { ok: false, code: 'ID_BIRTH_DATE' },
    ],
    [
      'an unknown province code',
      'RESIDENT_ID',
      withCheckDigit('99010119900307803'),
      { ok: false, code: 'ID_PREFIX' },
    ],
    [
      'a Hong Kong permit number typed as resident ID',
      'RESIDENT_ID',
      hongKongPermit,
      { ok: false, code: 'ID_PREFIX' },
    ],
    [
      'a foreign permanent resident ID',
      'FOREIGN_PERMANENT_RESIDENT_ID',
      foreign,
      { ok: true, birthDate: '1985-04-12' },
    ],
    [
      'a resident ID typed as foreign permanent resident ID',
      'FOREIGN_PERMANENT_RESIDENT_ID',
      beijing1990,
      { ok: false, code: 'ID_PREFIX' },
    ],
    [
      'a foreign ID with a wrong check digit',
      'FOREIGN_PERMANENT_RESIDENT_ID',
      foreign.slice(0, 17) + (foreign[17] === '5' ? '6' : '5'),
      { ok: false, code: 'ID_CHECK_DIGIT' },
    ],
    [
      'an old 15-character foreign ID',
      'FOREIGN_PERMANENT_RESIDENT_ID',
      'USA110085041200',
      { ok: false, code: 'ID_FORMAT' },
    ],
    [
      'a Hong Kong residence permit',
      'HMT_RESIDENCE_PERMIT',
      hongKongPermit,
      { ok: true, birthDate: '1995-06-17' },
    ],
    [
      'a Taiwan residence permit',
      'HMT_RESIDENCE_PERMIT',
      taiwanPermit,
      { ok: true, birthDate: '2000-01-01' },
    ],
    [
      'a permit starting 810001',
      'HMT_RESIDENCE_PERMIT',
      withCheckDigit('81000119950617002'),
      { ok: false, code: 'ID_PREFIX' },
    ],
    [
      'a resident ID typed as permit',
      'HMT_RESIDENCE_PERMIT',
      beijing1990,
      { ok: false, code: 'ID_PREFIX' },
    ],
    ['a passport', 'PASSPORT', 'E12345678', { ok: true }],
    ['a lower-case passport', 'PASSPORT', 'g1234567', { ok: true }],
    ['a long passport number', 'PASSPORT', 'AB1234567890CDE12', { ok: true }],
    ['a 4-character passport', 'PASSPORT', 'A123', { ok: false, code: 'ID_FORMAT' }],
    [
      'an 18-character passport',
      'PASSPORT',
      'AB1234567890CDE123',
      { ok: false, code: 'ID_FORMAT' },
    ],
    ['a passport without digits', 'PASSPORT', 'ABCDEFG', { ok: false, code: 'ID_FORMAT' }],
    ['a passport with punctuation', 'PASSPORT', 'E1234-5678', { ok: false, code: 'ID_FORMAT' }],
    ['a Hong Kong travel permit card', 'HMT_TRAVEL_PERMIT', 'H12345678', { ok: true }],
    ['a Macao travel permit booklet', 'HMT_TRAVEL_PERMIT', 'm1234567890', { ok: true }],
    [
      'a travel permit of 9 digits',
      'HMT_TRAVEL_PERMIT',
      'H123456789',
      { ok: false, code: 'ID_FORMAT' },
    ],
    [
      'a travel permit starting C',
      'HMT_TRAVEL_PERMIT',
      'C12345678',
      { ok: false, code: 'ID_PREFIX' },
    ],
    ['an empty travel permit', 'HMT_TRAVEL_PERMIT', '', { ok: false, code: 'ID_FORMAT' }],
  ];

  it.each(rows)('%s', (_label, idType, idNumber, expected) => {
    expect(validateIdNumber(idType, idNumber, TODAY)).toEqual(expected);
  });

  const digits17 = fc
    .tuple(
      fc.constantFrom('11', '31', '44', '65'),
      fc.stringMatching(/^\d{4}$/),
      fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date(`${TODAY}T00:00:00Z`),
        noInvalidDate: true,
      }),
      fc.stringMatching(/^\d{3}$/),
    )
    .map(([province, area, date, sequence]) => {
      const ymd = date.toISOString().slice(0, 10).replaceAll('-', '');
      return `${province}${area}${ymd}${sequence}`;
    });

  it('accepts every generated resident ID with a correct check character', () => {
    fc.assert(
      fc.property(digits17, (first17) => {
        const result = validateIdNumber('RESIDENT_ID', withCheckDigit(first17), TODAY);
        expect(result.ok).toBe(true);
      }),
    );
  });

  it('rejects a valid resident ID with any single character changed', () => {
    const alphabet = '0123456789X'.split('');
    fc.assert(
      fc.property(
        digits17,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...alphabet),
        (first17, position, replacement) => {
          const valid = withCheckDigit(first17);
          fc.pre(valid[position] !== replacement);
          const changed = valid.slice(0, position) + replacement + valid.slice(position + 1);
          expect(validateIdNumber('RESIDENT_ID', changed, TODAY).ok).toBe(false);
        },
      ),
    );
  });
});

describe('birthDateFromIdNumber', () => {
  it('reads the date of an 18-character number and none from a passport', () => {
    expect(birthDateFromIdNumber('RESIDENT_ID', '11010519491231002X')).toBe('1949-12-31');
    expect(birthDateFromIdNumber('PASSPORT', 'E12345678')).toBeUndefined();
    expect(
      birthDateFromIdNumber('RESIDENT_ID', withCheckDigit('11010119900230001')),
    ).toBeUndefined();
  });
});

describe('ageOn', () => {
  it.each([
    ['2008-11-27', '2026-11-27', 18],
    ['2008-11-28', '2026-11-27', 17],
    ['2010-12-01', '2026-11-27', 15],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['1949-12-31', '2026-11-27', 76],
  ])('born %s, on %s: %i', (birthDate, today, expected) => {
    expect(ageOn(birthDate, today)).toBe(expected);
  });
});

describe('normaliseIdNumber', () => {
  it('trims, upper-cases and drops spaces', () => {
    expect(normaliseIdNumber('  110105 19491231 002x ')).toBe('11010519491231002X');
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110***********002X'],
    ['11010519491231002x', '110***********002X'],
    ['E12345678', 'E12****78'],
    ['H1234567890', 'H12******90'],
    ['A1234', 'A***4'],
  ])('%s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('never shows more than 7 characters of a resident ID', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked.replaceAll('*', '')).toHaveLength(7);
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    ['John Smith', 'J*** *****'],
    ['约翰·史密斯', '约*·***'],
    ['  王小明 ', '王**'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
