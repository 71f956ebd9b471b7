import { describe, expect, it } from 'vitest';
import { translate } from '@ssc/domain/translate';
import { messagesEn } from '@ssc/domain/messages-en';
import { messagesZhCn } from '@ssc/domain/messages-zh-cn';
import { ApiError, minutesToWait, parseRetryAfter } from '../src/lib/api-client.ts';
import { describeFailure } from '../src/components/ui/apply-server-errors.ts';
import { keyWithParams } from '../src/lib/i18n/i18n-provider.tsx';
import { uiEn } from '../src/lib/i18n/ui-en.ts';
import { uiZhCn } from '../src/lib/i18n/ui-zh-cn.ts';

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

describe('what a limited form says', () => {
  const limited = (seconds?: number) =>
    new ApiError({ status: 429, type: '/problems/rate-limited' }, seconds);

  it.each<[number | undefined, string, string]>([
    [
      3120,
      '尝试次数太多，请在 52 分钟后再试。',
      'Too many attempts. You can try again in 52 minutes.',
    ],
    [45, '尝试次数太多，请在 1 分钟后再试。', 'Too many attempts. You can try again in a minute.'],
    [
      undefined,
      '尝试次数太多，请过几分钟再试。',
      'Too many attempts. Wait a few minutes and try again.',
    ],
  ])('Retry-After %j seconds reads, in both languages, as the true wait', (seconds, zh, en) => {
    const key = describeFailure(limited(seconds));
    const [base, query] = key.split('?', 2);
    const params = Object.fromEntries(new URLSearchParams(query ?? ''));
    expect(translate({ ...messagesZhCn, ...uiZhCn }, base!, params)).toBe(zh);
    expect(translate({ ...messagesEn, ...uiEn }, base!, params)).toBe(en);
  });

  it('carries the values with the key, as the form keeps a key alone', () => {
    expect(keyWithParams('ui.error.tooManyWait', { minutes: 52 })).toBe(
      'ui.error.tooManyWait?minutes=52',
    );
  });
});
