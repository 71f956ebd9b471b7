import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule of eslint.config.js against casting what the service answers
// (docs/decisions/019-one-contract.md), checked against code it must refuse and code it must let
// through, so that a selector that matches nothing cannot pass for a rule.
const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function complaints(code: string, file = 'apps/web/src/features/x/api/x-api.ts') {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

const declarations = 'declare const response: Response; declare const raw: string;\n';

describe('reading JSON in apps/web', () => {
  it.each([
    ['a parsed text cast to a shape', 'export const a = JSON.parse(raw) as { id: string };'],
    ['an answer cast to a shape', 'export const a = (await response.json()) as { id: string };'],
    ['an answer cast the old way', 'export const a = <{ id: string }>await response.json();'],
    ['a text kept as any', 'export const a = JSON.parse(raw);'],
    ['an answer kept as any', 'export const a = await response.json();'],
    ['an answer handed on as any', 'export const a = [await response.json()];'],
  ])('refuses %s', async (_what, code) => {
    expect(await complaints(declarations + code)).not.toEqual([]);
  });

  it.each([
    [
      'a text read into a parse',
      'declare const s: { safeParse(v: unknown): unknown };\nexport const a = s.safeParse(JSON.parse(raw));',
    ],
    ['an answer read into an unknown', 'export const a: unknown = await response.json();'],
    ['a text read into an unknown', 'export const a: unknown = JSON.parse(raw);'],
  ])('lets through %s', async (_what, code) => {
    expect(await complaints(declarations + code)).toEqual([]);
  });

  it('keeps the API client free of casts of any kind', async () => {
    const cast = 'declare const v: unknown;\nexport const a = v as { id: string };';
    expect(await complaints(cast, 'apps/web/src/lib/api-client.ts')).not.toEqual([]);
    expect(await complaints(cast)).toEqual([]);
    expect(
      await complaints('export const a = [1] as const;', 'apps/web/src/lib/api-client.ts'),
    ).toEqual([]);
  });
});
