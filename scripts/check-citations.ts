/*
 * `pnpm run lint:citations`: every citation in the repository can be followed from a clone.
 *
 * - `docs/rules.md §3.2` (and `RULES §3.2`, the short form the API returns in a blocker's
 *   `rule`) must name a numbered heading of docs/rules.md;
 * - `Art. 26`, `Art. 27` and `Guide §II.3` must name a heading of docs/rules.md, which
 *   summarises the law and the guide;
 * - `docs/api.md "Case shape"` (and any `docs/….md "Heading"`) must name a heading of that
 *   file, and a cited `docs/…` file or ADR (`NNN-name.md`) must exist;
 * - a bare upper-case document name (`README.md`) must exist at the repository's root;
 * - nothing may speak of the project's issues by number or name: say what and why instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** The headings of a markdown text, without their `#`s. */
export function headingsOf(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#{1,6} /, '').trim());
}

/** Section numbers ("3", "3.2") a heading such as `## 3. Conditions` or `### 3.2 …` opens. */
function sectionNumber(heading: string): string | null {
  const match = /^(\d+(?:\.\d+)*)\.?\s/.exec(heading);
  return match ? match[1]! : null;
}

export interface Repository {
  /** Whether a repository-relative path exists. */
  exists(file: string): boolean;
  /** A repository-relative markdown file's text. */
  read(file: string): string;
}

const SECTION = String.raw`(?:§|\\u00A7|\\xA7)\s?`;
const RULES_CITATION = new RegExp(
  String.raw`(?:docs/rules\.md|\bRULES)\s*${SECTION}(\d+(?:\.\d+)?)`,
  'g',
);
// A citation of further sections in the same breath: "docs/rules.md §2, §3.2" or "§2–§4".
const MORE_SECTIONS = new RegExp(String.raw`^(?:\s*(?:,|and|/|–|-)\s*${SECTION}(\d+(?:\.\d+)?))+`);
const GUIDE_CITATION = new RegExp(String.raw`\bGuide\s*${SECTION}([IVX]+(?:\.\d+)?)`, 'g');
// Articles of the Measures; another law's articles ("Civil Code Art. 28") are cited by its name.
const ARTICLE_CITATION = /(?<!Code )\bArt\.\s?(\d+)/g;
const HEADING_CITATION = /\b(docs\/[\w./-]+\.md) "([^"]+)"/g;
const FILE_CITATION = /\b(docs\/[\w./-]+\.(?:md|json))\b/g;
const ADR_CITATION = /(?<![\w/.-])(\d{3}-[a-z0-9-]+\.md)\b/g;
// A bare upper-case document name (`README.md`) must be one at the repository's root: the
// specification files the project was written from sit outside the repository.
const ROOT_DOC_CITATION = /(?<![\w/.-])([A-Z][A-Z_-]*\.md)\b/g;
const ISSUE_MENTION = /\b[Ii]ssues? (?:#?\d+|"[A-Z][^"]*")/g;

export function checkText(file: string, text: string, repo: Repository): Problem[] {
  const problems: Problem[] = [];
  const rules = repo.exists('docs/rules.md') ? headingsOf(repo.read('docs/rules.md')) : [];
  const ruleSections = new Set(rules.map(sectionNumber).filter((n): n is string => n !== null));
  const ruleHeadings = new Set(rules);
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const at = (message: string) => problems.push({ file, line: index + 1, message });
    for (const match of line.matchAll(RULES_CITATION)) {
      const sections = [match[1]!];
      const rest = MORE_SECTIONS.exec(line.slice(match.index + match[0].length));
      if (rest) sections.push(...[...rest[0].matchAll(/(\d+(?:\.\d+)?)/g)].map((m) => m[1]!));
      for (const section of sections) {
        if (!ruleSections.has(section)) at(`docs/rules.md has no section §${section}`);
      }
    }
    for (const match of line.matchAll(GUIDE_CITATION)) {
      if (!ruleHeadings.has(`Guide §${match[1]}`))
        at(`docs/rules.md has no heading "Guide §${match[1]}"`);
    }
    for (const match of line.matchAll(ARTICLE_CITATION)) {
      if (!ruleHeadings.has(`Art. ${match[1]}`))
        at(`docs/rules.md has no heading "Art. ${match[1]}"`);
    }
    for (const match of line.matchAll(HEADING_CITATION)) {
      const [, target, heading] = match;
      if (!repo.exists(target!)) continue; // reported below as a missing file
      if (!headingsOf(repo.read(target!)).includes(heading!)) {
        at(`${target} has no heading "${heading}"`);
      }
    }
    for (const match of line.matchAll(FILE_CITATION)) {
      if (!repo.exists(match[1]!)) at(`${match[1]} does not exist`);
    }
    for (const match of line.matchAll(ADR_CITATION)) {
      if (!repo.exists(`docs/decisions/${match[1]}`))
        at(`docs/decisions/${match[1]} does not exist`);
    }
    for (const match of line.matchAll(ROOT_DOC_CITATION)) {
      if (!repo.exists(match[1]!)) at(`${match[1]} is not in the repository`);
    }
    for (const match of line.matchAll(ISSUE_MENTION)) {
      at(`"${match[0]}": say what and why, not which issue`);
    }
  });
  return problems;
}

const CHECKED = /\.(?:ts|tsx|js|mjs|css|md|prisma|sql|ya?ml|json|html)$|(?:^|\/)run$/;
// Generated text, the lockfile, and this check's own test, whose fixtures are bad citations.
const SKIPPED =
  /(?:^|\/)(?:pnpm-lock\.yaml|generated\/|openapi\.json$)|^scripts\/check-citations\.test\.ts$/;

export function checkRepository(root: string): Problem[] {
  const repo: Repository = {
    exists: (file) => existsSync(path.join(root, file)),
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
  };
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && CHECKED.test(file) && !SKIPPED.test(file) && repo.exists(file));
  return files.flatMap((file) => checkText(file, repo.read(file), repo));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const problems = checkRepository(root);
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} citation(s) cannot be followed.`);
    process.exit(1);
  }
  console.log('every citation points at a file and heading in the repository');
}
