import { describe, expect, it } from 'vitest';
import { minutesToWait, parseRetryAfter } from '../src/lib/api-client.ts';

// A limited person is told how long to wait as the service said it (Retry-After), never a
// vague "a few minutes" when the service means an hour.
describe('Retry-After', () => {
  const now = Date.parse('2026-12-04T08:00:00Z');

  it.each<[string | null, number | undefined]>([
    ['3120', 3120],
    [' 60 ', 60],
    ['0', 0],
    ['Fri, 04 Dec 2026 08:52:00 GMT', 3120],
    ['Fri, 04 Dec 2026 07:00:00 GMT', 0],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    ['-5', undefined],
  ])('reads %j as %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });

  it.each([
    [0, 1],
    [1, 1],
    [60, 1],
    [61, 2],
    [3120, 52],
    [3600, 60],
  ])('%i seconds is told as %i minutes, never less than asked', (seconds, minutes) => {
    expect(minutesToWait(seconds)).toBe(minutes);
  });
});
