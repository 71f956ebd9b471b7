import fc from 'fast-check';
import type { JsonSchema, Operation } from '../helpers/openapi.ts';

/**
 * Hostile inputs generated from an operation's own schema in openapi.json: values close to
 * valid (so requests get past the first check and reach the handler), mixed with odd Unicode
 * (NUL, lone surrogates, bidi overrides, non-characters), edge numbers, wrong types, missing and
 * extra fields, huge and deeply nested values, and malformed JSON and query strings.
 */

const ODD_PIECES = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\u{1ffff}',
  '\u202e',
  '\u200b',
  '\u2028',
  '\u001b[2J',
  '\r\n',
  '\t',
  '\u{1f600}',
  'e\u0301',
  '张三',
  '%',
  '%00',
  '"',
  "'",
  '\\',
  '<script>',
  '${x}',
  '../',
  ' ',
  'a',
  '1',
  '-',
  '.',
];

const SPECIAL_STRINGS = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '0',
  '-1',
  '1e309',
  '0x10',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-30',
  '9999-12-31',
  '1900-01-01T00:00:00Z',
];

export const oddString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...ODD_PIECES), { maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', '张', '\u0000', '\ud800', '𠀀'),
        fc.integer({ min: 100, max: 60_000 }),
      )
      .map(([piece, times]) => piece.repeat(times)),
  },
);

export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    -0.5,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31),
    2 ** 53,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MAX_VALUE,
    1e21,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** `[[[…]]]` or `{"a":{"a":…}}`, far deeper than any real answer. */
const deeplyNested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean())
  .map(([depth, arrays]) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    return value;
  });

/** Anything at all that JSON can carry, odd strings included. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: edgeNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.array(fc.constant(0), { minLength: 1000, maxLength: 20_000 }) },
);

/** Every property name and enum value in the document: keys and words a handler looks for. */
export function vocabulary(operations: Operation[]): { keys: string[]; words: string[] } {
  const keys = new Set<string>(['reason', 'cardholder', 'agent', 'filer', 'declarations']);
  const words = new Set<string>();
  const walk = (schema: JsonSchema | undefined) => {
    if (!schema) return;
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      keys.add(key);
      walk(child);
    }
    for (const value of schema.enum ?? []) {
      if (typeof value !== 'string') continue;
      words.add(value);
      // `cardholder.name` (correctable answers) names nested answer fields.
      for (const part of value.split('.')) if (/^[a-z]/.test(part)) keys.add(part);
    }
    walk(schema.items);
    for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) walk(option);
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties);
  };
  for (const operation of operations) {
    walk(operation.body);
    for (const parameter of operation.query) {
      keys.add(parameter.name);
      walk(parameter.schema);
    }
  }
  return { keys: [...keys], words: [...words] };
}

/** A value for a schema: mostly near-valid, sometimes anything at all. */
export function valueFor(
  schema: JsonSchema,
  words: { keys: string[]; words: string[] },
  depth = 0,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: nearValid(schema, words, depth) },
    { weight: 1, arbitrary: anyValue },
  );
}

function nearValid(
  schema: JsonSchema,
  words: { keys: string[]; words: string[] },
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.enum?.length) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...schema.enum) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...schema.enum)
          .map((v) => (typeof v === 'string' ? v.toLowerCase() : v)),
      },
    );
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  const options = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (options.length) return fc.oneof(...options.map((o) => nearValid(o, words, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), oddString);
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc.string({
            minLength: schema.minLength ?? 0,
            maxLength: Math.min(schema.maxLength ?? 40, 60),
          }),
        },
        { weight: 2, arbitrary: oddString },
        { weight: 1, arbitrary: fc.constantFrom(...words.words, 'x') },
        { weight: 1, arbitrary: fc.stringMatching(/^[0-9A-Za-z-]{1,24}$/) },
      );
    case 'integer':
    case 'number':
      return fc.oneof(
        {
          weight: 2,
          arbitrary: fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 }),
        },
        { weight: 1, arbitrary: edgeNumber },
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? valueFor(schema.items, words, depth + 1) : anyValue, {
        maxLength: Math.min((schema.maxItems ?? 4) + 2, 50),
      });
    case 'object':
    default:
      return objectFor(schema, words, depth);
  }
}

/** Declared properties, each there or missing, plus extra keys now and then. */
function objectFor(
  schema: JsonSchema,
  words: { keys: string[]; words: string[] },
  depth: number,
): fc.Arbitrary<unknown> {
  const extraKey = fc.oneof(fc.constantFrom(...words.keys, '__proto__', 'constructor'), oddString);
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) {
    // An open object (answers checked by the handler itself): the document's own keys and words.
    if (depth > 3) return anyValue;
    const leaf = fc.oneof(fc.constantFrom(...words.words), anyValue, fc.constant(undefined));
    return fc.dictionary(
      extraKey,
      fc.oneof(
        { weight: 3, arbitrary: leaf },
        { weight: 1, arbitrary: objectFor(schema, words, depth + 1) },
      ),
      { maxKeys: 6 },
    );
  }
  const record = fc.record(
    Object.fromEntries(properties.map(([key, child]) => [key, valueFor(child, words, depth + 1)])),
    { requiredKeys: [] },
  );
  return fc
    .tuple(record, fc.option(fc.dictionary(extraKey, anyValue, { maxKeys: 2 }), { freq: 5 }))
    .map(([declared, extra]) => (extra ? { ...extra, ...declared } : declared));
}

const MALFORMED_JSON = [
  '',
  '{',
  '{"a":',
  '[1,2',
  'nul',
  'NaN',
  '{"a":1,"a":2}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '\u0000',
  '"\\ud800"',
  '{"a":"\\u0000"}',
  '1e999999',
  '['.repeat(5000),
];

/** A request body: JSON made from the schema, or text that is not JSON at all. */
export function bodyFor(
  schema: JsonSchema,
  words: { keys: string[]; words: string[] },
): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: valueFor(schema, words).map((value) => JSON.stringify(value) ?? 'null'),
    },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );
}

/** Percent-encodes every UTF-16 unit as its bytes, lone surrogates too (WTF-8), as a raw client may. */
function encodeAny(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (/^[A-Za-z0-9_.~-]$/.test(char)) out += char;
    else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += [...Buffer.from(char, 'utf8')]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
    }
  }
  return out;
}

const MALFORMED_QUERY = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '&&&',
  '=',
  '==x',
  'a[b]=1',
  '__proto__[x]=1',
  'constructor[prototype][x]=1',
  'status[]=SUBMITTED',
  'limit=1&limit=2',
  'limit=-1',
  'limit=1e3',
  'limit=0x10',
  'from=2026-13-45',
  'cursor=' + 'A'.repeat(5000),
  '%00=%00',
];

/** A query string: the declared parameters (valid-ish, odd, repeated), extra ones, raw junk. */
export function queryFor(
  operation: Operation,
  words: { keys: string[]; words: string[] },
): fc.Arbitrary<string> {
  const asText = (value: unknown) =>
    typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  const pairs = operation.query.map((parameter) =>
    fc.option(
      fc
        .oneof(
          { weight: 4, arbitrary: valueFor(parameter.schema, words).map((v) => [asText(v)]) },
          { weight: 1, arbitrary: fc.array(oddString.map(asText), { minLength: 2, maxLength: 4 }) },
        )
        .map((values) => values.map((v) => `${parameter.name}=${encodeAny(v)}`).join('&')),
      { freq: 3 },
    ),
  );
  const extras = fc.array(
    fc.oneof(
      fc.constantFrom(...MALFORMED_QUERY),
      fc.tuple(oddString, oddString).map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`),
    ),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...pairs), extras, fc.boolean())
    .chain(([declared, extra, shuffle]) => {
      const parts = [...declared.filter((p): p is string => p !== null), ...extra];
      return shuffle ? fc.shuffledSubarray(parts, { minLength: parts.length }) : fc.constant(parts);
    })
    .map((parts) => parts.join('&'));
}
