import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export type AxeRunOnly = { type: 'tag'; values: string[] } | { type: 'rule'; values: string[] };

/** WCAG 2.2 AA: every A and AA rule of WCAG 2.0, 2.1 and 2.2 that axe-core has. */
export const wcagAA: AxeRunOnly = {
  type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
};

/**
 * Runs axe-core on the page and returns its violations.
 *
 * On a page with no frames, axe runs in the page itself (`axe.run`), injected once per document:
 * the journeys check a page state after every step of a single-page app, and injecting
 * axe-core's 500 kB each time cost 0.3–0.6 s on this 2-core machine. @axe-core/playwright does
 * that twice per scan and then opens a blank page of its own to merge the frames' results, so a
 * scan took 1.2–2.9 s against 0.1–0.9 s here, for the same rules on the same document
 * (docs/testing.md). A page with frames goes to @axe-core/playwright, which scans each frame,
 * cross-origin ones included.
 */
export async function axeViolations(page: Page, runOnly: AxeRunOnly): Promise<AxeViolation[]> {
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    const configured =
      runOnly.type === 'tag' ? builder.withTags(runOnly.values) : builder.withRules(runOnly.values);
    return (await configured.analyze()).violations;
  }
  // A document keeps the injected copy until it is replaced: a full navigation needs another.
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(
    (options) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, options)
        .then((results) => results.violations),
    { runOnly, resultTypes: ['violations'] } satisfies axe.RunOptions,
  );
}
