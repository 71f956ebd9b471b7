/**
 * How a page names the source of a rule. The API's `rule` values are short codes a developer
 * reads (`Art. 26`, `Guide §II.3`, `RULES §3.2 (practice)`, docs/rules.md); a citizen reads the
 * law by its title and article (《社会保障卡管理办法》第二十六条), the guide by its title and part,
 * and a centre's practice as such — never the code, never English on a Chinese page.
 */
export interface Citation {
  key: string;
  params?: Record<string, string | number>;
}

const article = /^Art\. (\d+)$/;
const guide = /^Guide §(I{1,3})(?:\.(\d+))?$/;

/** The message (key and parameters) that names the source of `rule` for a reader. */
export function citationFor(rule: string): Citation {
  const law = article.exec(rule);
  if (law) return { key: `citation.article.${law[1]}` };
  if (rule === 'Guide intro') return { key: 'citation.guide' };
  const part = guide.exec(rule);
  if (part) {
    const section = part[1] as 'I' | 'II' | 'III';
    return part[2] === undefined
      ? { key: `citation.guide.${section}` }
      : { key: `citation.guide.${section}.item`, params: { item: Number(part[2]) } };
  }
  // docs/rules.md: "practice" marks what service centres do rather than what a text says.
  if (rule.startsWith('RULES §')) {
    return { key: rule.includes('(practice)') ? 'citation.practice' : 'citation.rules' };
  }
  return { key: 'citation.rules' };
}
