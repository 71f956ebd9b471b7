import { describe, expect, it } from 'vitest';
import { currentPasswordSchema, newStaffPasswordSchema } from './staff-password.ts';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error?.issues[0]?.message;

describe('staff passwords', () => {
  it.each([
    ['', 'error.password.tooShort'],
    ['eleven-char', 'error.password.tooShort'],
    ['twelve-chars', null],
    ['长城长城长城长城长城长城', null],
    ['x'.repeat(128), null],
    ['x'.repeat(129), 'error.password.tooLong'],
    ['with\u0000nul-inside', 'error.text.invalidCharacter'],
  ])('a new password %j → %s', (password, expected) => {
    expect(messageOf(newStaffPasswordSchema.safeParse(password))).toBe(expected);
  });

  it('asks for the current password, whatever its length', () => {
    expect(messageOf(currentPasswordSchema.safeParse(''))).toBe('error.password.required');
    expect(messageOf(currentPasswordSchema.safeParse('short'))).toBeNull();
    expect(messageOf(currentPasswordSchema.safeParse(42))).toBe('error.password.required');
  });
});
