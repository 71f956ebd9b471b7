import { expect } from 'vitest';

/**
 * Every item holds — and there is at least one. `list.every(…)` alone is true for an empty
 * list, so a filter that returned nothing would pass a test about what it returns.
 */
export function expectEvery<T>(items: readonly T[], holds: (item: T) => boolean, what: string) {
  expect(items.length, `${what}: the list is empty`).toBeGreaterThan(0);
  expect(
    items.filter((item) => !holds(item)),
    `${what}: items that do not hold`,
  ).toEqual([]);
}
