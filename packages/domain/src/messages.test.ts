import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  DOCUMENT_KINDS,
  FILER_ROLES,
  ID_TYPES,
  REASONS,
  REJECTION_REASONS,
  RELATIONSHIPS,
  REVIEW_REASONS,
} from './codes.ts';
import { SCHEMA_MESSAGE_KEYS } from './case-schema.ts';
import { BLOCKER_CODES, checkEligibility } from './eligibility.ts';
import { messagesEn } from './messages-en.ts';
import { messagesZhCn } from './messages-zh-cn.ts';
import { translate } from './translate.ts';
import { VISIT_MESSAGE_KEYS } from './visit.ts';

const DICTIONARIES = [
  ['zh-CN', messagesZhCn],
  ['en', messagesEn],
] as const;

describe('message dictionaries', () => {
  it('have identical key sets', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesZhCn).sort());
  });

  const requiredKeys = [
    ...REASONS.flatMap((c) => [`reason.${c}`, `reason.${c}.hint`]),
    ...FILER_ROLES.map((c) => `filerRole.${c}`),
    ...ID_TYPES.map((c) => `idType.${c}`),
    ...DOCUMENT_KINDS.flatMap((c) => [`documentKind.${c}`, `documentKind.${c}.hint`]),
    ...RELATIONSHIPS.map((c) => `relationship.${c}`),
    ...APPLICATION_STATUSES.map((c) => `status.${c}`),
    ...BLOCKER_CODES.map((c) => `blocker.${c}`),
    ...SCHEMA_MESSAGE_KEYS,
    ...REVIEW_REASONS.map((c) => `reviewReason.${c}`),
    ...REJECTION_REASONS.map((c) => `rejectionReason.${c}`),
    ...VISIT_MESSAGE_KEYS,
  ];

  it.each(DICTIONARIES)(
    '%s translates every label, blocker and schema message',
    (_lang, messages) => {
      const missing = requiredKeys.filter((key) => !(messages[key] ?? '').trim());
      expect(missing).toEqual([]);
    },
  );

  it('translate every blocker key that checkEligibility actually produces', () => {
    const result = checkEligibility({}, { today: '2026-11-27', openApplicationForCard: true });
    for (const blocker of result.blockers) {
      expect(messagesZhCn[blocker.messageKey]).toBeDefined();
      expect(messagesEn[blocker.messageKey]).toBeDefined();
    }
  });

  it('write Chinese in the Chinese dictionary', () => {
    for (const [key, text] of Object.entries(messagesZhCn)) {
      expect({ key, hasChinese: /\p{Script=Han}/u.test(text) }).toEqual({ key, hasChinese: true });
    }
  });

  it('use the same {placeholders} in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(messagesZhCn)) {
      expect(placeholders(messagesEn[key] ?? '')).toEqual(placeholders(text));
    }
  });
});

describe('translate', () => {
  const messages = { greeting: '您好，{name}！受理编号：{reference}。' };

  it('fills placeholders', () => {
    expect(translate(messages, 'greeting', { name: '张三', reference: 'K7Q-4M2' })).toBe(
      '您好，张三！受理编号：K7Q-4M2。',
    );
  });

  it('leaves a placeholder without value as written', () => {
    expect(translate(messages, 'greeting', { name: '张三' })).toBe(
      '您好，张三！受理编号：{reference}。',
    );
  });

  it('falls back to the key when there is no translation', () => {
    expect(translate(messages, 'blocker.UNKNOWN')).toBe('blocker.UNKNOWN');
    expect(translate(messages, 'toString')).toBe('toString');
  });

  it('translates a real domain key', () => {
    expect(translate(messagesZhCn, 'status.CERTIFICATE_READY')).toBe('注销证明待领取');
  });
});
