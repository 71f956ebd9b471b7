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

describe('runPhases, side by side', () => {
  const member = (name: string): Phase => ({ name, run: ['true'], together: 'static' });

  /** Phases that end when the test says so, and the order things happened in. */
  function controlled() {
    const events: string[] = [];
    const endings = new Map<string, (code: number) => void>();
    let clock = 0;
    const io = {
      lanes: 2,
      now: () => clock,
      exec: (phase: Phase, options: { together: boolean }) => {
        events.push(`start ${phase.name}${options.together ? ' (together)' : ''}`);
        return new Promise<number>((resolve) => {
          endings.set(phase.name, (code) => {
            events.push(`end ${phase.name}`);
            resolve(code);
          });
        });
      },
    };
    const started = (name: string) =>
      events.includes(`start ${name}`) || events.includes(`start ${name} (together)`);
    /** Waits until the phase has started, moves the clock on, and ends it. */
    const end = async (name: string, code: number, afterMs: number) => {
      await expect.poll(() => started(name)).toBe(true);
      clock += afterMs;
      endings.get(name)!(code);
    };
    return { events, io, end };
  }

  it('runs a group two at a time, each timed on its own, and the table counts the group once', async () => {
    const { events, io, end } = controlled();
    const running = runPhases(
      [phase('generate'), member('typecheck'), member('build'), member('lint'), phase('unit')],
      io,
    );
    await end('generate', 0, 1000);
    await end('build', 0, 10_000);
    await end('typecheck', 0, 5_000);
    await end('lint', 0, 2_000);
    await end('unit', 0, 3_000);
    const rows = await running;
    // Two lanes: typecheck and build start together; lint takes build's lane when it ends.
    expect(events.slice(0, 5)).toEqual([
      'start generate',
      'end generate',
      'start typecheck (together)',
      'start build (together)',
      'end build',
    ]);
    expect(events.indexOf('start lint (together)')).toBeGreaterThan(events.indexOf('end build'));
    expect(events.indexOf('start unit')).toBeGreaterThan(events.indexOf('end lint'));
    const together = { group: 'static', seconds: 17 };
    expect(rows).toEqual([
      { name: 'generate', outcome: 'passed', seconds: 1 },
      { name: 'typecheck', outcome: 'passed', seconds: 15, together },
      { name: 'build', outcome: 'passed', seconds: 10, together },
      { name: 'lint', outcome: 'passed', seconds: 7, together },
      { name: 'unit', outcome: 'passed', seconds: 3 },
    ]);
    const table = phaseTable(rows).split('\n');
    // 1 + 17 (the group, not 15 + 10 + 2) + 3.
    expect(table).toContain('| total     |    21.0 | passed');
    expect(table.at(-1)).toBe('side by side in 17.0 s: typecheck, build, lint');
  });

  it('after a failure in the group, what runs finishes, and nothing else starts', async () => {
    const { events, io, end } = controlled();
    const running = runPhases(
      [member('typecheck'), member('build'), member('lint'), phase('unit')],
      io,
    );
    await end('build', 1, 1_000);
    await end('typecheck', 0, 1_000);
    const rows = await running;
    expect(events).not.toContain('start lint (together)');
    expect(events).not.toContain('start unit');
    expect(rows.map((row) => [row.name, row.outcome])).toEqual([
      ['typecheck', 'passed'],
      ['build', 'failed'],
      ['lint', 'not run'],
      ['unit', 'not run'],
    ]);
  });

  it('npm test runs the read-only checks and the build side by side, after generate', () => {
    const together = fullPhases.filter((p) => p.together === 'static').map((p) => p.name);
    expect(together.sort()).toEqual(
      ['build', 'format', 'lint', 'lint: OpenAPI', 'lint: citations', 'typecheck'].sort(),
    );
    const names = fullPhases.map((p) => p.name);
    const first = Math.min(...together.map((name) => names.indexOf(name)));
    expect(names.indexOf('generate')).toBeLessThan(first);
    // One block: nothing else runs between them.
    expect(names.slice(first, first + together.length).sort()).toEqual(together.sort());
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
