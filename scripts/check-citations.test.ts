import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkRepository, checkText, type Repository } from './check-citations.ts';

// The check skips this file, whose fixtures are bad citations on purpose.
const S = '§';
const rules = [
  '# Rules',
  '## 3. Conditions',
  '### 3.2 Entrustment',
  '## 7. The law',
  '### Art. 27',
  '### Guide §II.3',
].join('\n');
const api = ['# API', '## Case shape'].join('\n');

function memoryRepo(files: Record<string, string>): Repository {
  return {
    exists: (file) => file in files,
    read: (file) => {
      const text = files[file];
      if (text === undefined) throw new Error(`no ${file}`);
      return text;
    },
  };
}

const repo = memoryRepo({
  'docs/rules.md': rules,
  'docs/api.md': api,
  'docs/decisions/001-database.md': '# 001',
  'README.md': '# Read me',
});

const messages = (text: string) => checkText('x.ts', text, repo).map((p) => p.message);

describe('the citation check', () => {
  it('accepts citations of sections, articles, guide steps, headings and ADRs that exist', () => {
    expect(
      messages(
        [
          `// docs/rules.md ${S}3.2 and ${S}3; RULES ${S}3.2 (practice); Art. 27; Guide ${S}II.3`,
          `// docs/api.md "Case shape"; 001-database.md; README.md; Civil Code Art. 28`,
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names each citation that cannot be followed', () => {
    expect(messages(`// docs/rules.md ${S}9.1`)).toEqual(['docs/rules.md has no section §9.1']);
    expect(messages(`// RULES ${S}3.2, ${S}4`)).toEqual(['docs/rules.md has no section §4']);
    expect(messages('// Art. 26')).toEqual(['docs/rules.md has no heading "Art. 26"']);
    expect(messages(`// Guide ${S}IV`)).toEqual(['docs/rules.md has no heading "Guide §IV"']);
    expect(messages('// docs/api.md "Case size"')).toEqual([
      'docs/api.md has no heading "Case size"',
    ]);
    expect(messages('// see docs/nowhere.md')).toEqual(['docs/nowhere.md does not exist']);
    expect(messages('// 099-gone.md')).toEqual(['docs/decisions/099-gone.md does not exist']);
    expect(messages('// (API.md "General")')).toEqual(['API.md is not in the repository']);
  });

  it('refuses a mention of an issue by number or name', () => {
    expect(messages('// as Issue 4 asks')).toHaveLength(1);
    expect(messages('// (issue "Documents")')).toHaveLength(1);
    expect(messages('// an upload issue the reviewer sees')).toEqual([]);
  });

  it('reads every tracked and new file of a repository, and the real one is clean', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'citations-'));
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/rules.md'), rules);
    writeFileSync(path.join(root, 'a.ts'), `// docs/rules.md ${S}8\n`);
    execFileSync('git', ['init', '-q'], { cwd: root });
    expect(checkRepository(root)).toEqual([
      { file: 'a.ts', line: 1, message: 'docs/rules.md has no section §8' },
    ]);
    expect(checkRepository(path.resolve(import.meta.dirname, '..'))).toEqual([]);
  });
});
