import { describe, expect, it } from 'vitest';
import { demoSeedRefusal } from '../../src/db/demo-data.ts';

// The demo staff have published passwords: they are written to the embedded database, and to
// PostgreSQL only when someone asks for a demo there.
describe('the demo seed', () => {
  it('seeds the embedded database', () => {
    expect(demoSeedRefusal({})).toBeNull();
  });

  it('refuses PostgreSQL unless a demo is asked for, and says how', () => {
    expect(demoSeedRefusal({ DATABASE_URL: 'postgres://db/ssc' })).toMatch(/SEED_DEMO=1/);
    expect(demoSeedRefusal({ DATABASE_URL: 'postgres://db/ssc', SEED_DEMO: '1' })).toBeNull();
    expect(demoSeedRefusal({ DATABASE_URL: 'postgres://db/ssc', SEED_DEMO: 'yes' })).not.toBeNull();
  });
});
