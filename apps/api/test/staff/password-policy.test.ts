import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordPolicyProblem } from '../../src/lib/password-policy.ts';

describe('the common-password list', () => {
  it.each([
    ['1qaz2wsx3edc', true],
    ['Qwerty123456', true],
    ['Password2026!', true],
    ['woaini5201314', true],
    ['ＱＷＥＲＴＹ１２３４５６', true], // full-width, as a Chinese keyboard may type it
    ['Correct-Horse-2026', false],
    ['Battery-Staple-2026', false],
    ['长城长城长城长城123', false],
  ])('%j common: %s', (password, common) => {
    expect(isCommonPassword(password)).toBe(common);
  });

  it('refuses a password that holds the username, whatever the case', () => {
    expect(passwordPolicyProblem('Reviewer.Huangpu-1', 'reviewer.huangpu')).toBe(
      'error.password.containsUsername',
    );
    expect(passwordPolicyProblem('Battery-Staple-2026', 'reviewer.huangpu')).toBeNull();
    expect(passwordPolicyProblem('qwerty123456', 'reviewer.huangpu')).toBe('error.password.common');
  });
});
