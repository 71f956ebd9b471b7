import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENTRY_CSS_BUDGET_BYTES,
  ENTRY_JS_BUDGET_BYTES,
  listEntryGraph,
  measureEntryBudget,
  readManifest,
} from '../scripts/bundle-budget.ts';

// Needs `pnpm --filter @ssc/web build` first; readManifest fails with "run the build first".
const distDir = join(import.meta.dirname, '..', 'dist');

describe('citizen entry bundle', () => {
  it('loads at most 100 KiB of JS and 30 KiB of CSS, gzipped', () => {
    const budget = measureEntryBudget(distDir);
    expect(budget.files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(budget.jsBytesGzip).toBeGreaterThan(0);
    expect(budget.jsBytesGzip).toBeLessThanOrEqual(ENTRY_JS_BUDGET_BYTES);
    expect(budget.cssBytesGzip).toBeLessThanOrEqual(ENTRY_CSS_BUDGET_BYTES);
  });

  it('keeps every staff module out of the entry static import graph', () => {
    const manifest = readManifest(distDir);
    const graph = listEntryGraph(manifest);
    const staffKeys = Object.keys(manifest).filter((key) =>
      /(^|\/)(staff)\//.test(manifest[key]?.src ?? key),
    );
    // The staff routes exist as chunks of their own…
    expect(staffKeys.length).toBeGreaterThan(0);
    for (const key of staffKeys) {
      expect(graph, `${key} is statically imported by the entry`).not.toContain(key);
      expect(manifest[key]?.isDynamicEntry ?? false).toBe(true);
    }
    // …and no staff code was inlined into an entry file: the staff API paths appear only in lazy chunks.
    for (const key of graph) {
      const code = readFileSync(join(distDir, manifest[key]!.file), 'utf8');
      expect(code, `${manifest[key]!.file} contains staff code`).not.toMatch(
        /\/staff\/(session|applications)/,
      );
    }
  });

  it('keeps the wizard, tracking and English dictionary lazy', () => {
    const manifest = readManifest(distDir);
    const graph = new Set(listEntryGraph(manifest));
    const lazyOnly = Object.keys(manifest).filter((key) =>
      /src\/(app\/routes\/(apply|track|verify)|lib\/i18n\/dictionary-en)/.test(
        manifest[key]?.src ?? '',
      ),
    );
    expect(lazyOnly.length).toBeGreaterThanOrEqual(8);
    for (const key of lazyOnly) expect(graph.has(key), `${key} is in the entry graph`).toBe(false);
  });
});
