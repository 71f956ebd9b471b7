import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule of eslint.config.js that keeps packages to each other's exports, checked against
// imports it must refuse and imports it must let through (a pattern that matches nothing would
// otherwise pass for a rule).
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function complaints(code: string, filePath: string) {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('imports between the packages', () => {
  it.each([
    [
      'the e2e suite into the API',
      "import { x } from '../../apps/api/src/app.ts';",
      'e2e/support/x.ts',
    ],
    ['a script into the API', "import { x } from '../apps/api/src/db/client.ts';", 'scripts/x.ts'],
    [
      'the bench into the web app',
      "import { x } from '../../web/src/lib/i18n/ui-en.ts';",
      'apps/api/bench/x.ts',
    ],
    [
      'the web app into the domain',
      "import { x } from '../../../packages/domain/src/codes.ts';",
      'apps/web/src/lib/x.ts',
    ],
    [
      'a feature into the domain',
      "import { x } from '../../../../../packages/domain/src/codes.ts';",
      'apps/web/src/features/apply/api/x.ts',
    ],
  ])('refuses %s by its source', async (_what, code, file) => {
    expect(await complaints(code, file)).not.toEqual([]);
  });

  it.each([
    ['an export of the API', "import { x } from '@ssc/api/app';", 'e2e/support/x.ts'],
    ['an export of the web app', "import { x } from '@ssc/web/i18n/ui-en';", 'apps/api/bench/x.ts'],
    ['a package its own source', "import { x } from '../src/app.ts';", 'apps/api/bench/x.ts'],
    ['a test its package', "import { x } from '../../src/app.ts';", 'apps/api/test/api/x.test.ts'],
  ])('lets through %s', async (_what, code, file) => {
    expect(await complaints(code, file)).toEqual([]);
  });

  it('keeps features apart through the web app’s alias too', async () => {
    const file = 'apps/web/src/features/apply/api/x.ts';
    expect(
      await complaints("import { x } from '@/features/staff/api/staff-api.ts';", file),
    ).not.toEqual([]);
    expect(await complaints("import { x } from '@/features/apply/api/other.ts';", file)).toEqual(
      [],
    );
    expect(await complaints("import { x } from '@/lib/api-client.ts';", file)).toEqual([]);
  });

  it('keeps the rules that share the setting: the domain stays pure, features apart', async () => {
    expect(
      await complaints("import { x } from 'node:fs';", 'packages/domain/src/x.ts'),
    ).not.toEqual([]);
    expect(
      await complaints(
        "import { x } from '../../staff/api/staff-api.ts';",
        'apps/web/src/features/apply/api/x.ts',
      ),
    ).not.toEqual([]);
  });
});
