import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditCursorSchema,
  isAcceptableText,
  parseQueryDate,
  queryDateSchema,
  queryIntegerSchema,
  rowVersionSchema,
  textSchema,
  TEXT_MESSAGE_KEY,
} from './safe-input.ts';
import { makeCaseSchema } from './case-schema.ts';

const PLANE_END_NONCHARACTERS = Array.from({ length: 17 }, (_, plane) => [
  plane * 0x10000 + 0xfffe,
  plane * 0x10000 + 0xffff,
]).flat();

describe('textSchema refuses what cannot be stored or shown honestly', () => {
  const refused: [string, string][] = [
    ['NUL', 'a\u0000b'],
    ['a C0 control', 'a\u0007b'],
    ['escape', '\u001b[31mred'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a reversed pair', '\udc00\ud800'],
    ['U+FDD0', '\ufdd0'],
    ['U+FDEF', '\ufdef'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
    ['right-to-left override', '7KQM\u202e-2XPD'],
    ['first-strong isolate', '\u2068x\u2069'],
    ['a line feed in a single-line field', '张\n三'],
    ['a tab in a single-line field', '张\t三'],
  ];
  it.each(refused)('refuses %s', (_label, value) => {
    const result = textSchema().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([TEXT_MESSAGE_KEY]);
  });

  it.each(PLANE_END_NONCHARACTERS.map((cp) => [cp.toString(16), String.fromCodePoint(cp)]))(
    'refuses the non-character U+%s',
    (_hex, value) => {
      expect(isAcceptableText(`x${value}y`)).toBe(false);
    },
  );

  const accepted: [string, string][] = [
    ['Chinese', '张三丰'],
    ['a name with a middle dot', '阿依古丽·买买提'],
    ['Arabic letters', 'محمد'],
    ['an emoji with a zero-width joiner', '👩‍👩‍👧'],
    ['a character beyond the BMP', '𠀀𪚥'],
    ['U+FDCF and U+FDF0 beside the range', '\ufdcf\ufdf0'],
    ['U+FFFD', '\ufffd'],
  ];
  it.each(accepted)('accepts %s', (_label, value) => {
    expect(textSchema().safeParse(value)).toEqual({ success: true, data: value });
  });

  it('lets free-text notes hold line breaks and tabs, and nothing else of C0', () => {
    const notes = textSchema({ multiline: true });
    expect(notes.safeParse('line one\r\nline two\tend').success).toBe(true);
    expect(notes.safeParse('line\u0000').success).toBe(false);
    expect(notes.safeParse('line\u000b').success).toBe(false);
  });

  it('refuses the bad character before the field’s own checks, with one message', () => {
    const name = textSchema({ error: 'error.name.required' }).trim().min(1).max(3);
    const result = name.safeParse('\u0000'.repeat(10));
    expect(result.error?.issues.map((i) => i.message)).toEqual([TEXT_MESSAGE_KEY]);
  });

  it('accepts any well-formed text without the refused characters (property)', () => {
    const allowed = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .filter((s) => ![...s].some((ch) => /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u.test(ch)))
      .filter(
        (s) =>
          ![...s].some((ch) => {
            const cp = ch.codePointAt(0)!;
            return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
          }),
      );
    fc.assert(fc.property(allowed, (s) => isAcceptableText(s)));
  });

  it('refuses any string holding a lone surrogate (property)', () => {
    const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        surrogate,
        fc.string({ maxLength: 10 }),
        (a, s, b) =>
          // a high and a low surrogate that happen to meet make a real character
          /[\ud800-\udbff]$/.test(a + s) && /^[\udc00-\udfff]/.test(b)
            ? true
            : !isAcceptableText(`${a}${s}|${b}`),
      ),
    );
  });

  it('guards every text answer of the case (the name, the ID number, the explanation …)', () => {
    const schema = makeCaseSchema('2026-06-01');
    const result = schema.safeParse({
      reason: 'DECEASED',
      filer: { role: 'CARDHOLDER' },
      explanation: 'ok\nstill ok\u0000',
      cardholder: { name: '张\u202e三', idNumber: '1101\ud80005' },
      serviceCentre: 'SH\uffff',
    });
    expect(
      result.error?.issues
        .filter((i) => i.message === TEXT_MESSAGE_KEY)
        .map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['cardholder.idNumber', 'cardholder.name', 'explanation', 'serviceCentre']);
  });
});

describe('query-string numbers, dates and cursors are bounded', () => {
  const limit = queryIntegerSchema(1, 100);
  it.each(['1', '25', '100'])('accepts the limit %s', (value) => {
    expect(limit.parse(value)).toBe(Number(value));
  });
  it.each(['0', '101', '', ' 5', '-1', '1e2', '0x10', '5.0', '9007199254740993', '١٢'])(
    'refuses the limit %j',
    (value) => {
      expect(limit.safeParse(value).success).toBe(false);
    },
  );

  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-02-28T23:59:59Z', '2026-02-28T23:59:59.000Z'],
    ['2026-03-01T08:00+08:00', '2026-03-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('reads the date %s', (value, iso) => {
    expect(queryDateSchema.parse(value).toISOString()).toBe(iso);
  });
  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '0000-01-01',
    '1899-12-31',
    '+275760-09-13',
    '275760-09-13',
    '3000-01-01',
    '2026-03-01T24:00Z',
    '2026-03-01T08:00',
    'yesterday',
    '1',
    '',
  ])('refuses the date %j', (value) => {
    expect(queryDateSchema.safeParse(value).success).toBe(false);
    expect(parseQueryDate(value)).toBeNull();
  });

  it.each(['1', '42', '9223372036854775807'])('accepts the audit cursor %s', (value) => {
    expect(auditCursorSchema.parse(value)).toBe(value);
  });
  it.each(['0', '-1', '9223372036854775808', '99999999999999999999', '1e3', '01', 'abc'])(
    'refuses the audit cursor %j',
    (value) => {
      expect(auditCursorSchema.safeParse(value).success).toBe(false);
    },
  );

  it('keeps row versions inside a PostgreSQL integer', () => {
    expect(rowVersionSchema.safeParse(2_147_483_647).success).toBe(true);
    expect(rowVersionSchema.safeParse(2_147_483_648).success).toBe(false);
    expect(rowVersionSchema.safeParse(Number.MAX_SAFE_INTEGER + 2).success).toBe(false);
    expect(rowVersionSchema.safeParse(-1).success).toBe(false);
  });
});
