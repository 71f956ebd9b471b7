import { describe, expect, it } from 'vitest';
import { factMessage, HISTORY_FACTS, refusalFact } from './history-facts.ts';
import { messagesEn } from './messages-en.ts';
import { messagesZhCn } from './messages-zh-cn.ts';

describe('history facts', () => {
  it('a refusal names its reason', () => {
    expect(factMessage(refusalFact('DUPLICATE'))).toEqual({
      key: 'historyFact.REFUSED',
      params: { reasonKey: 'rejectionReason.DUPLICATE' },
    });
  });

  it('every fact has its words in both languages', () => {
    for (const fact of HISTORY_FACTS) {
      const { key, params } = factMessage(fact);
      for (const messages of [messagesZhCn, messagesEn]) {
        expect(Object.hasOwn(messages, key), `${fact} → ${key}`).toBe(true);
        if (params) expect(Object.hasOwn(messages, params.reasonKey ?? ''), fact).toBe(true);
      }
    }
  });
});
