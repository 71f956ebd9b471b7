import { describe, expect, it } from 'vitest';
import { normaliseReadableCode, normaliseReferenceSearch, READABLE_ALPHABET } from './reference.ts';

describe('references', () => {
  it('uses no character that is easily confused when read out', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L', 'U']) {
      expect(READABLE_ALPHABET).not.toContain(confusable);
    }
  });

  it.each([
    ['7kqm2xpd9t4h', '7KQM-2XPD-9T4H'],
    ['7KQM 2XPD 9T4H', '7KQM-2XPD-9T4H'],
    ['7kq', '7KQ'],
  ])('stores %s as %s', (typed, stored) => {
    expect(normaliseReadableCode(typed)).toBe(stored);
  });

  it.each([
    ['', ''],
    ['  ', ''],
    ['7kqm-2x', '7KQM-2X'],
    ['7KQM 2XPD 9T4H', '7KQM-2XPD-9T4H'],
  ])('searches %j as %j', (typed, term) => {
    expect(normaliseReferenceSearch(typed)).toBe(term);
  });

  it.each([
    ['an ID number', '110105197001011234'],
    ['a mobile number', '13812345678'],
    ['a Chinese name', '张三'],
    ['too long for a reference', '7KQM2XPD9T4HX'],
    ['a confusable letter', '7KQO'],
  ])('refuses %s as a search term', (_what, typed) => {
    expect(normaliseReferenceSearch(typed)).toBeNull();
  });
});
