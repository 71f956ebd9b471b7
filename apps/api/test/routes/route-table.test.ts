import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { ROUTE_TESTS } from './route-table.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// Rate limits are tested apart (see route-table.ts).
const NOT_LISTED = new Set(['429']);

describe('route table: every route and every refusal it documents has its tests', () => {
  let t: TestApp;
  let documented: Map<string, string[]>;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await t.app.ready();
    const document: unknown = t.app.swagger();
    const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
    documented = new Map();
    for (const [route, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!METHODS.includes(method)) continue;
        const responses = (operation as { responses?: Record<string, unknown> }).responses ?? {};
        documented.set(`${method.toUpperCase()} ${route}`, Object.keys(responses));
      }
    }
  });
  afterAll(async () => t?.close());

  it('knows the API: the OpenAPI document lists its routes', () => {
    expect(documented.size).toBeGreaterThan(30);
  });

  it('has an entry for every route, and no entry for a route that does not exist', () => {
    const routes = [...documented.keys()].sort();
    expect(
      routes.filter((route) => !(route in ROUTE_TESTS)),
      'routes without an entry',
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_TESTS).filter((route) => !documented.has(route)),
      'entries for no route',
    ).toEqual([]);
  });

  it('lists every documented status of every route', () => {
    const missing = [...documented].flatMap(([route, statuses]) =>
      statuses
        .filter((status) => !NOT_LISTED.has(status) && !(status in (ROUTE_TESTS[route] ?? {})))
        .map((status) => `${route} → ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('points only at tests that exist, and each success has at least one', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const sources = new Map<string, string>();
    const broken: string[] = [];
    for (const [route, cells] of Object.entries(ROUTE_TESTS)) {
      for (const [status, cell] of Object.entries(cells)) {
        if (cell.length === 0) broken.push(`${route} → ${status}: no test named`);
        for (const [file, title] of cell) {
          if (!sources.has(file)) {
            sources.set(file, await readFile(path.join(root, file), 'utf8').catch(() => ''));
          }
          const source = sources.get(file)!;
          const named = [`'${title}'`, `"${title}"`, `\`${title}\``].some((quoted) =>
            source.includes(quoted),
          );
          if (!named) broken.push(`${route} → ${status}: no test "${title}" in ${file}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
