import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

// The OpenAPI document is the contract other clients build on, so it is committed: a change
// to any route's schema shows here first and lands only when the snapshot is updated on
// purpose (`pnpm openapi:update`), and the committed file is what the linter checks.
const snapshot = path.resolve(import.meta.dirname, '../../../../docs/openapi.json');

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await t.app.ready();
  });
  afterAll(async () => t?.close());

  it('is the committed docs/openapi.json', async () => {
    const generated = `${JSON.stringify(t.app.swagger(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') await writeFile(snapshot, generated);
    const committed = await readFile(snapshot, 'utf8').catch(() => '');
    expect(
      committed === generated,
      'docs/openapi.json differs from the routes: run `pnpm openapi:update` and review the diff',
    ).toBe(true);
  });
});
