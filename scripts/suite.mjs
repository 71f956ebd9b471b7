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
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PNPM = 'pnpm@12.4.2';

/**
 * @typedef {'browser'} Need What a phase uses that a machine may lack (the browser check proves it).
 * @typedef {{ name: string, run: string[], needs?: Need[], env?: Record<string, string> }} Phase
 *   `run` is the command; `pnpm` as its first word is the pnpm that runs the suite.
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
  { name: 'lint', run: ['pnpm', 'run', 'lint'] },
  { name: 'lint: citations', run: ['pnpm', 'run', 'lint:citations'] },
  { name: 'lint: OpenAPI', run: ['pnpm', 'run', 'lint:openapi'] },
  { name: 'format', run: ['pnpm', 'run', 'format:check'] },
  { name: 'typecheck', run: ['pnpm', 'run', 'typecheck'] },
  { name: 'build', run: ['pnpm', 'run', 'build'] },
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
 * @typedef {{ name: string, outcome: 'passed' | 'failed' | 'not run', seconds: number | null }} Row
 */

/**
 * Runs the phases in order and stops at the first that fails, as `&&` would; what it did not
 * reach is listed as not run.
 * @param {Phase[]} phases
 * @param {{ exec: (phase: Phase) => Promise<number>, now?: () => number }} io
 * @returns {Promise<Row[]>}
 */
export async function runPhases(phases, io) {
  const now = io.now ?? (() => performance.now());
  /** @type {Row[]} */
  const rows = [];
  let failed = false;
  for (const phase of phases) {
    if (failed) {
      rows.push({ name: phase.name, outcome: 'not run', seconds: null });
      continue;
    }
    const started = now();
    const code = await io.exec(phase);
    const seconds = (now() - started) / 1000;
    failed = code !== 0;
    rows.push({ name: phase.name, outcome: failed ? 'failed' : 'passed', seconds });
  }
  return rows;
}

/**
 * The table printed at the end of every run.
 * @param {Row[]} rows
 * @returns {string}
 */
export function phaseTable(rows) {
  const total = rows.reduce((sum, row) => sum + (row.seconds ?? 0), 0);
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
  return [
    format(['phase', 'seconds', 'outcome']),
    `|-${'-'.repeat(w0)}-|-${'-'.repeat(w1)}-|-------`,
    ...lines.map(format),
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
 * Runs one phase's command with its output on this terminal; resolves with its exit code.
 * @param {Phase} phase
 * @param {{ cwd: string, pnpm: string[] }} where `pnpm`: how to start pnpm itself
 */
function execPhase(phase, where) {
  const [first, ...rest] = phase.run;
  const [command = '', ...args] = first === 'pnpm' ? [...where.pnpm, ...rest] : phase.run;
  process.stdout.write(`\n== ${phase.name}: ${phase.run.join(' ')}` + '\n');
  return /** @type {Promise<number>} */ (
    new Promise((resolve) => {
      const child = spawn(command, args, {
        cwd: where.cwd,
        stdio: 'inherit',
        env: { ...process.env, ...phase.env },
      });
      child.on('error', (error) => {
        console.error(`${phase.name}: ${error.message}`);
        resolve(127);
      });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
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
  /** @param {Phase} phase */
  const exec = (phase) => execPhase(phase, { cwd: root, pnpm });

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
    const code = await exec({
      name: 'the suite',
      run: ['pnpm', 'run', 'check'],
      env: { SUITE_INSTALL_SECONDS: String(install.seconds) },
    });
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
