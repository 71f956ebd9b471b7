// `npm test` and `pnpm test:quick`: the suite's phases in order, each timed, and at the end —
// pass or fail — a table of every phase's seconds, so a slowdown shows the day it comes in
// (docs/testing.md).
//
// Plain JavaScript on purpose: `npm test` starts this file with whatever Node.js the machine
// has (Debian's 20 will do), before the workspace and its TypeScript tooling are installed.
// It times the install, then runs itself again under pnpm, on the workspace's own Node.js,
// for the remaining phases.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PNPM = 'pnpm@12.4.2';

/**
 * @typedef {'browser'} Need What a phase uses that a machine may lack (the browser check proves it).
 * @typedef {{ name: string, run: string[], needs?: Need[], env?: Record<string, string>, together?: string }} Phase
 *   `run` is the command; `pnpm` as its first word is the pnpm that runs the suite. Consecutive
 *   phases with the same `together` run side by side, one per core (they read the tree and write
 *   nothing another of them reads), each with its output printed whole when it ends.
 */

/** @type {Phase} */
const browserCheck = { name: 'browser check', run: ['tsx', 'e2e/support/ensure-chromium.ts'] };

/**
 * `npm test`: everything, in this order. The browser check comes before the first phase that
 * needs a browser, and before anything slow: without one the run stops within a minute with
 * the one message that says what to install, rather than half an hour later with a trace.
 * @type {Phase[]}
 */
export const fullPhases = [
  browserCheck,
  { name: 'generate', run: ['pnpm', 'run', 'generate'] },
  // Read-only checks and the build, side by side: single-threaded tools that left a core idle
  // one after another (docs/testing.md). Longest first, so the two lanes end close together.
  { name: 'typecheck', run: ['pnpm', 'run', 'typecheck'], together: 'static' },
  { name: 'build', run: ['pnpm', 'run', 'build'], together: 'static' },
  { name: 'format', run: ['pnpm', 'run', 'format:check'], together: 'static' },
  { name: 'lint', run: ['pnpm', 'run', 'lint'], together: 'static' },
  { name: 'lint: citations', run: ['pnpm', 'run', 'lint:citations'], together: 'static' },
  { name: 'lint: OpenAPI', run: ['pnpm', 'run', 'lint:openapi'], together: 'static' },
  { name: 'unit', run: ['pnpm', 'run', 'test:unit'] },
  { name: 'API PGlite', run: ['pnpm', 'run', 'test:api'], env: { TEST_DATABASES: 'pglite' } },
  {
    name: 'API PostgreSQL',
    run: ['pnpm', 'run', 'test:api'],
    env: { TEST_DATABASES: 'postgres' },
  },
  { name: 'bench smoke', run: ['pnpm', 'run', 'bench', '--smoke'], needs: ['browser'] },
  // The browser was checked above; `pnpm test:e2e` alone checks it itself.
  { name: 'e2e', run: ['pnpm', 'exec', 'playwright', 'test'], needs: ['browser'] },
];

/**
 * `pnpm test:quick`, the inner loop: lint and format on the files that differ from HEAD, the
 * typecheck, the unit projects and the API suite on PGlite. Never instead of `npm test`.
 * @param {string[]} changed files that differ from HEAD (and untracked ones), still present
 * @returns {Phase[]}
 */
export function quickPhases(changed) {
  const lintable = changed.filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file));
  /** @type {Phase[]} */
  const phases = [{ name: 'generate', run: ['pnpm', 'run', 'generate'] }];
  if (lintable.length > 0) {
    phases.push({
      name: `lint (${lintable.length} changed)`,
      run: [
        'pnpm',
        'exec',
        'eslint',
        '--cache',
        '--max-warnings=0',
        '--no-warn-ignored',
        ...lintable,
      ],
    });
  }
  if (changed.length > 0) {
    phases.push({
      name: `format (${changed.length} changed)`,
      run: ['pnpm', 'exec', 'prettier', '--check', '--ignore-unknown', ...changed],
    });
  }
  phases.push(
    { name: 'typecheck', run: ['pnpm', 'run', 'typecheck'] },
    { name: 'unit', run: ['pnpm', 'run', 'test:unit'] },
    { name: 'API PGlite', run: ['pnpm', 'run', 'test:api'], env: { TEST_DATABASES: 'pglite' } },
  );
  return phases;
}

/**
 * @typedef {{ name: string, outcome: 'passed' | 'failed' | 'not run', seconds: number | null, together?: { group: string, seconds: number } }} Row
 *   `together`: the phase ran side by side with others; `seconds` there is the group's wall time.
 */

/**
 * @typedef {{ exec: (phase: Phase, options: { together: boolean }) => Promise<number>, now?: () => number, lanes?: number }} Io
 *   `lanes`: how many phases of a `together` group run at once (default: the machine's cores).
 */

/**
 * Runs the phases in order and stops at the first that fails, as `&&` would; what it did not
 * reach is listed as not run. A group of `together` phases runs side by side; when one of them
 * fails, the ones already running finish and the rest are not started.
 * @param {Phase[]} phases
 * @param {Io} io
 * @returns {Promise<Row[]>}
 */
export async function runPhases(phases, io) {
  const now = io.now ?? (() => performance.now());
  const lanes = Math.max(1, io.lanes ?? os.availableParallelism());
  /** @type {Row[]} */
  const rows = [];
  let failed = false;
  for (let index = 0; index < phases.length;) {
    const phase = /** @type {Phase} */ (phases[index]);
    let end = index + 1;
    while (phase.together && phases[end]?.together === phase.together) end += 1;
    const group = phases.slice(index, end);
    index = end;
    if (failed) {
      for (const { name } of group) rows.push({ name, outcome: 'not run', seconds: null });
      continue;
    }
    if (group.length === 1) {
      const started = now();
      const code = await io.exec(phase, { together: false });
      const seconds = (now() - started) / 1000;
      failed = code !== 0;
      rows.push({ name: phase.name, outcome: failed ? 'failed' : 'passed', seconds });
      continue;
    }
    const started = now();
    /** @type {(Row | undefined)[]} */
    const done = [];
    let next = 0;
    const lane = async () => {
      while (next < group.length && !failed) {
        const at = next;
        next += 1;
        const member = /** @type {Phase} */ (group[at]);
        const began = now();
        const code = await io.exec(member, { together: true });
        const seconds = (now() - began) / 1000;
        if (code !== 0) failed = true;
        done[at] = { name: member.name, outcome: code === 0 ? 'passed' : 'failed', seconds };
      }
    };
    await Promise.all(Array.from({ length: Math.min(lanes, group.length) }, lane));
    const together = {
      group: /** @type {string} */ (phase.together),
      seconds: (now() - started) / 1000,
    };
    group.forEach((member, at) => {
      const row = done[at];
      rows.push(
        row ? { ...row, together } : { name: member.name, outcome: 'not run', seconds: null },
      );
    });
  }
  return rows;
}

/**
 * The table printed at the end of every run.
 * @param {Row[]} rows
 * @returns {string}
 */
export function phaseTable(rows) {
  // Wall time: a group side by side counts once, for as long as the group took.
  /** @type {Map<string, number>} */
  const groups = new Map();
  let total = 0;
  for (const row of rows) {
    if (row.together) groups.set(row.together.group, row.together.seconds);
    else total += row.seconds ?? 0;
  }
  for (const seconds of groups.values()) total += seconds;
  const lines = [
    ...rows.map((row) => [
      row.name,
      row.seconds === null ? '—' : row.seconds.toFixed(1),
      row.outcome,
    ]),
    [
      'total',
      total.toFixed(1),
      rows.every((row) => row.outcome === 'passed') ? 'passed' : 'failed',
    ],
  ];
  /** @param {0 | 1} column */
  const width = (column) =>
    Math.max(...lines.map((line) => (line[column] ?? '').length), 'seconds'.length);
  const [w0, w1] = [width(0), width(1)];
  /** @param {string[]} line */
  const format = ([name = '', seconds = '', outcome = '']) =>
    `| ${name.padEnd(w0)} | ${seconds.padStart(w1)} | ${outcome}`;
  const notes = [...groups].map(([group, seconds]) => {
    const names = rows.filter((row) => row.together?.group === group).map((row) => row.name);
    return `side by side in ${seconds.toFixed(1)} s: ${names.join(', ')}`;
  });
  return [
    format(['phase', 'seconds', 'outcome']),
    `|-${'-'.repeat(w0)}-|-${'-'.repeat(w1)}-|-------`,
    ...lines.map(format),
    ...notes,
  ].join('\n');
}

/**
 * The files that differ from HEAD, staged or not, and untracked ones, that still exist.
 * @param {string} root
 * @returns {string[]}
 */
export function changedFiles(root) {
  /** @param {string[]} args */
  const git = (args) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const files = new Set([
    ...git(['diff', '--name-only', 'HEAD']),
    ...git(['ls-files', '--others', '--exclude-standard']),
  ]);
  return [...files].filter((file) => existsSync(path.join(root, file))).sort();
}

/**
 * Runs one phase's command; resolves with its exit code. Alone, its output goes straight to this
 * terminal; side by side with others, it is kept and printed whole when the phase ends, so that
 * two phases' lines never interleave.
 * @param {Phase} phase
 * @param {{ together: boolean }} options
 * @param {{ cwd: string, pnpm: string[] }} where `pnpm`: how to start pnpm itself
 */
function execPhase(phase, { together }, where) {
  const [first, ...rest] = phase.run;
  const [command = '', ...args] = first === 'pnpm' ? [...where.pnpm, ...rest] : phase.run;
  const header = `\n== ${phase.name}: ${phase.run.join(' ')}`;
  if (!together) process.stdout.write(header + '\n');
  /** @type {Buffer[]} */
  const output = [];
  return /** @type {Promise<number>} */ (
    new Promise((resolve) => {
      const child = spawn(command, args, {
        cwd: where.cwd,
        stdio: together ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        env: { ...process.env, ...phase.env },
      });
      child.stdout?.on('data', (chunk) => output.push(chunk));
      child.stderr?.on('data', (chunk) => output.push(chunk));
      let finished = false;
      /** @param {number} code */
      const finish = (code) => {
        // A command that cannot start reports 'error' and may then 'close' as well.
        if (finished) return;
        finished = true;
        if (together) {
          process.stdout.write(`${header} (ran side by side, exit ${code})\n`);
          process.stdout.write(Buffer.concat(output));
        }
        resolve(code);
      };
      child.on('error', (error) => {
        output.push(Buffer.from(`${phase.name}: ${error.message}\n`));
        if (!together) console.error(`${phase.name}: ${error.message}`);
        finish(127);
      });
      child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
    })
  );
}

/**
 * How to start pnpm: under `pnpm run` npm_execpath is pnpm itself (a native executable or a
 * script), which saves npx's start-up and lookup on every phase; otherwise npx fetches the pin.
 * @returns {string[]}
 */
function pnpmCommand() {
  const execpath = process.env.npm_execpath ?? '';
  if (!/^pnpm/.test(path.basename(execpath))) return ['npx', '--yes', PNPM];
  return /\.[cm]?js$/.test(execpath) ? [process.execPath, execpath] : [execpath];
}

async function main() {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const mode = process.argv[2] ?? 'install';
  const pnpm = pnpmCommand();
  /** @type {Io['exec']} */
  const exec = (phase, options) => execPhase(phase, options, { cwd: root, pnpm });

  if (mode === 'install') {
    // `npm test`, on the machine's Node.js: install, then the rest under pnpm on the
    // workspace's Node.js, which prints the table with the install's seconds in it.
    const rows = await runPhases(
      [{ name: 'install', run: ['pnpm', 'install', '--frozen-lockfile'] }],
      { exec },
    );
    const [install] = rows;
    if (install?.outcome !== 'passed') {
      process.stdout.write(`\n${phaseTable(rows)}` + '\n');
      process.exit(1);
    }
    const code = await exec(
      {
        name: 'the suite',
        run: ['pnpm', 'run', 'check'],
        env: { SUITE_INSTALL_SECONDS: String(install.seconds) },
      },
      { together: false },
    );
    process.exit(code);
  }
  if (mode !== 'full' && mode !== 'quick') {
    console.error(`usage: node scripts/suite.mjs [install | full | quick], not ${mode}`);
    process.exit(2);
  }

  const phases = mode === 'quick' ? quickPhases(changedFiles(root)) : fullPhases;
  const rows = await runPhases(phases, { exec });
  const installed = Number(process.env.SUITE_INSTALL_SECONDS);
  if (mode === 'full' && Number.isFinite(installed) && process.env.SUITE_INSTALL_SECONDS) {
    rows.unshift({ name: 'install', outcome: 'passed', seconds: installed });
  }
  process.stdout.write(`\n${phaseTable(rows)}` + '\n');
  process.exit(rows.every((row) => row.outcome === 'passed') ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
