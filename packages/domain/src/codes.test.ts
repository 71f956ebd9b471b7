import { describe, expect, it } from 'vitest';
import { DEATH_OR_DISAPPEARANCE, isDeathOrDisappearance, REASONS, type Reason } from './codes.ts';

// Art. 26: the grouping, written out reason by reason so a new reason has to be placed.
const TABLE: Record<Reason, boolean> = {
  DEATH: true,
  DISAPPEARANCE: true,
  SETTLED_ABROAD: false,
  LOSS_OF_NATIONALITY: false,
  LONG_TERM_ABROAD: false,
  LEFT_MAINLAND: false,
  RELOCATION: false,
  OTHER: false,
};

describe('death or disappearance (Art. 26)', () => {
  it('places every reason', () => {
    expect(Object.keys(TABLE)).toEqual([...REASONS]);
  });

  it.each(Object.entries(TABLE))('%s → %s', (reason, expected) => {
    expect(isDeathOrDisappearance(reason as Reason)).toBe(expected);
    expect((DEATH_OR_DISAPPEARANCE as readonly string[]).includes(reason)).toBe(expected);
  });

  it('is false while no reason is chosen', () => {
    expect(isDeathOrDisappearance(undefined)).toBe(false);
    expect(isDeathOrDisappearance(null)).toBe(false);
  });
});
