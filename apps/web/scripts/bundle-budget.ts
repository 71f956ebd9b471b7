// Measures what the citizen's first page load costs: the entry chunk, every chunk it imports
// statically, and their CSS, gzipped the way a server would send them. Lazy chunks (wizard,
// tracking, staff) are not counted: they load only when their route is visited.
// Run after `vite build`: `pnpm --filter @ssc/web budget` prints the numbers, or
// use it from test/bundle-budget.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ENTRY_JS_BUDGET_BYTES = 100 * 1024;
export const ENTRY_CSS_BUDGET_BYTES = 30 * 1024;

export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface EntryBudget {
  jsBytesGzip: number;
  cssBytesGzip: number;
  /** dist-relative paths of every file the entry route loads (JS and CSS). */
  files: string[];
}

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(
      `No build manifest at ${path}: run the build first (pnpm --filter @ssc/web build).`,
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Manifest keys of the entry chunk and everything it imports statically, in load order. */
export function listEntryGraph(manifest: Manifest): string[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1)
    throw new Error(`Expected one entry chunk in the manifest, found ${entries.length}.`);
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Manifest import ${key} has no entry of its own.`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0]![0]);
  return [...seen];
}

function gzipSize(distDir: string, file: string): number {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
}

export function measureEntryBudget(distDir: string): EntryBudget {
  const manifest = readManifest(distDir);
  const graph = listEntryGraph(manifest);
  const jsFiles = graph.map((key) => manifest[key]!.file);
  const cssFiles = [...new Set(graph.flatMap((key) => manifest[key]!.css ?? []))];
  return {
    jsBytesGzip: jsFiles.reduce((sum, file) => sum + gzipSize(distDir, file), 0),
    cssBytesGzip: cssFiles.reduce((sum, file) => sum + gzipSize(distDir, file), 0),
    files: [...jsFiles, ...cssFiles],
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const distDir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
  const budget = measureEntryBudget(distDir);
  process.stdout.write(
    `entry JS ${(budget.jsBytesGzip / 1024).toFixed(1)} KiB gzip (budget ${ENTRY_JS_BUDGET_BYTES / 1024}), ` +
      `CSS ${(budget.cssBytesGzip / 1024).toFixed(1)} KiB gzip (budget ${ENTRY_CSS_BUDGET_BYTES / 1024})\n` +
      budget.files.map((file) => `  ${file}\n`).join(''),
  );
}
