import { describe, expect, it } from 'vitest';
import { REASONS } from '@ssc/domain/codes';
import { reasonsFor } from '../src/features/apply/components/filer-kind.ts';

// Art. 26: who is offered a death or a disappearance as the reason.
describe('reasonsFor', () => {
  it.each([
    ['SELF', false],
    ['AGENT_LIVING', false],
    ['GUARDIAN', true],
    [undefined, true],
  ] as const)('%s is offered DEATH and DISAPPEARANCE: %s', (kind, offered) => {
    const reasons = reasonsFor(kind, REASONS);
    expect(reasons.includes('DEATH')).toBe(offered);
    expect(reasons.includes('DISAPPEARANCE')).toBe(offered);
    expect(reasons).toContain('OTHER');
  });

  it('a relative after a death is offered only DEATH and DISAPPEARANCE', () => {
    expect(reasonsFor('AFTER_DEATH', REASONS)).toEqual(['DEATH', 'DISAPPEARANCE']);
  });
});
