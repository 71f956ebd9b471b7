import { describe, expect, it } from 'vitest';
import { makeCaseSchema } from './case-schema.ts';
import { listFieldErrors } from './field-errors.ts';

describe('listFieldErrors', () => {
  it('names each bad field with its message key, unknown keys included', () => {
    const result = makeCaseSchema('2026-11-27').safeParse({
      reason: 'OTHER',
      filer: { role: 'CARDHOLDER' },
      cardholder: {
        idType: 'RESIDENT_ID',
        idNumber: '110105194912310021',
        email: 'a@b.c',
        wechat: 'x',
      },
      documents: ['CARD_FRONT', 'SELFIE'],
    });
    expect(result.success).toBe(false);
    expect(result.error && listFieldErrors(result.error)).toEqual(
      expect.arrayContaining([
        {
          path: 'cardholder.email',
          messageKey: 'error.field.unknown',
          issueCode: 'unrecognized_keys',
        },
        {
          path: 'cardholder.wechat',
          messageKey: 'error.field.unknown',
          issueCode: 'unrecognized_keys',
        },
        {
          path: 'documents.1',
          messageKey: 'error.documentKind.invalid',
          issueCode: 'invalid_value',
        },
      ]),
    );
  });

  it('reports the ID check after the shape is right', () => {
    const result = makeCaseSchema('2026-11-27').safeParse({
      reason: 'OTHER',
      filer: { role: 'CARDHOLDER' },
      cardholder: { idType: 'RESIDENT_ID', idNumber: '110105194912310021' },
    });
    expect(result.error && listFieldErrors(result.error)).toEqual([
      { path: 'cardholder.idNumber', messageKey: 'error.idNumber.checkDigit', issueCode: 'custom' },
    ]);
  });
});
