import { describe, expect, it } from 'vitest';
import { citationFor } from './citation.ts';
import { messagesEn } from './messages-en.ts';
import { messagesZhCn } from './messages-zh-cn.ts';
import { translate } from './translate.ts';
import { BLOCKER_RULES } from './eligibility.ts';

describe('citationFor', () => {
  it.each([
    [
      'Art. 26',
      '《社会保障卡管理办法》第二十六条',
      'Article 26 of the Measures on the Administration of Social Security Cards',
    ],
    [
      'Art. 27',
      '《社会保障卡管理办法》第二十七条',
      'Article 27 of the Measures on the Administration of Social Security Cards',
    ],
    [
      'Guide §I',
      '办事指南《社保卡可以注销吗？》“注销的原因和条件”',
      'the guide “Can I cancel my social security card?”, “Reasons and conditions”',
    ],
    [
      'Guide §II.3',
      '办事指南《社保卡可以注销吗？》“注销流程”第 3 步',
      'the guide “Can I cancel my social security card?”, “How to cancel”, step 3',
    ],
    [
      'Guide §III.1',
      '办事指南《社保卡可以注销吗？》“注意事项”第 1 条',
      'the guide “Can I cancel my social security card?”, “Points to note”, item 1',
    ],
    ['RULES §3.2 (practice)', '服务网点的通行做法', 'the usual practice of service centres'],
    ['RULES §4', '本服务的办理规则', 'the rules of this service'],
  ])('%s reads as its source', (rule, zh, en) => {
    const { key, params } = citationFor(rule);
    expect(translate(messagesZhCn, key, params)).toBe(zh);
    expect(translate(messagesEn, key, params)).toBe(en);
  });

  it('names every rule the eligibility check can cite, in both languages, without codes', () => {
    for (const rule of Object.values(BLOCKER_RULES)) {
      const { key, params } = citationFor(rule);
      for (const messages of [messagesZhCn, messagesEn]) {
        expect(Object.hasOwn(messages, key), `${rule} → ${key}`).toBe(true);
        const text = translate(messages, key, params);
        expect(text).not.toMatch(/Art\.|§|RULES|Guide/);
      }
      expect(translate(messagesZhCn, key, params)).not.toMatch(/[A-Za-z]/);
    }
  });
});
