import { describe, expect, it } from 'vitest';
import { fullPhases, phaseTable, quickPhases, runPhases, type Phase } from './suite.mjs';

const phase = (name: string): Phase => ({ name, run: ['true'] });

describe('runPhases', () => {
  it('times each phase on the clock it is given and stops at the first failure', async () => {
    let clock = 0;
    const ran: string[] = [];
    const rows = await runPhases([phase('a'), phase('b'), phase('c')], {
      now: () => clock,
      exec: async ({ name }) => {
        ran.push(name);
        clock += name === 'a' ? 1500 : 250;
        return name === 'b' ? 2 : 0;
      },
    });
    expect(ran).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { name: 'a', outcome: 'passed', seconds: 1.5 },
      { name: 'b', outcome: 'failed', seconds: 0.25 },
      { name: 'c', outcome: 'not run', seconds: null },
    ]);
  });
});

describe('phaseTable', () => {
  it('lists every phase with its seconds and a total, passed only when all passed', () => {
    const table = phaseTable([
      { name: 'install', outcome: 'passed', seconds: 31.04 },
      { name: 'API PostgreSQL', outcome: 'failed', seconds: 120.5 },
      { name: 'e2e', outcome: 'not run', seconds: null },
    ]);
    expect(table.split('\n')).toEqual([
      '| phase          | seconds | outcome',
      '|----------------|---------|-------',
      '| install        |    31.0 | passed',
      '| API PostgreSQL |   120.5 | failed',
      '| e2e            |       — | not run',
      '| total          |   151.5 | failed',
    ]);
  });
});

describe('the phases', () => {
  it('has the rows the phase table promises, each once', () => {
    const names = fullPhases.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const row of ['generate', 'lint', 'format', 'typecheck', 'build', 'unit']) {
      expect(names).toContain(row);
    }
    expect(fullPhases.find((p) => p.name === 'API PGlite')?.env).toEqual({
      TEST_DATABASES: 'pglite',
    });
    expect(fullPhases.find((p) => p.name === 'API PostgreSQL')?.env).toEqual({
      TEST_DATABASES: 'postgres',
    });
  });

  it('quick: lint only changed code, format only changed files, API on PGlite, no browser', () => {
    const phases = quickPhases(['README.md', 'apps/api/src/app.ts', 'scripts/suite.mjs']);
    expect(phases.map((p) => p.name)).toEqual([
      'generate',
      'lint (2 changed)',
      'format (3 changed)',
      'typecheck',
      'unit',
      'API PGlite',
    ]);
    expect(phases[1]?.run.slice(-2)).toEqual(['apps/api/src/app.ts', 'scripts/suite.mjs']);
    expect(phases[2]?.run.slice(-3)).toEqual([
      'README.md',
      'apps/api/src/app.ts',
      'scripts/suite.mjs',
    ]);
    expect(phases.some((p) => p.needs?.includes('browser'))).toBe(false);
    expect(quickPhases([]).map((p) => p.name)).toEqual([
      'generate',
      'typecheck',
      'unit',
      'API PGlite',
    ]);
  });
});
