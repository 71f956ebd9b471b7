/**
 * One word for one thing. Each term the service uses, in both languages, with the words a
 * page must not use for it: a reader who meets two names thinks there are two things. The web
 * app's dictionaries are checked against this list (apps/web/test/glossary.test.ts).
 */
export interface Term {
  /** What the word names. */
  concept: string;
  zh: string;
  en: string;
  /** Words never used for this concept in Chinese (patterns, so that a longer term can be allowed). */
  avoidZh: readonly RegExp[];
  /** Only in messages whose key starts with one of these (a word right in one place, wrong in another). */
  onlyUnder?: readonly string[];
}

export const GLOSSARY: readonly Term[] = [
  {
    concept: 'the reference an application gets when it is created (docs/rules.md §5)',
    zh: '申请编号',
    en: 'reference',
    // 挂失受理编号 is the loss report's own number from the card's issuer, another thing.
    avoidZh: [/(?<!挂失)受理编号/, /受理号/, /申请号(?!码)/],
  },
  {
    concept: 'a reviewer taking a case to examine it (staff)',
    zh: '认领',
    en: 'claim',
    avoidZh: [/领取/],
    onlyUnder: ['staff.claim.'],
  },
  {
    concept: 'the applicant collecting the certificate at the centre (Guide §II.5)',
    zh: '领取',
    en: 'collect',
    avoidZh: [/认领/, /领证/, /取证/],
    onlyUnder: ['apply.', 'tracking.', 'landing.', 'wizard.', 'status.'],
  },
  {
    concept: 'the place the applicant visits (Guide §II.2)',
    zh: '服务网点',
    en: 'service centre',
    avoidZh: [/服务中心/, /办事处/, /营业厅/],
  },
  {
    concept: 'the person filing for a cardholder (docs/rules.md §3.2)',
    zh: '代办人',
    en: 'agent',
    avoidZh: [/代理人/, /受托人/],
  },
];

/** The glossary's complaints about one dictionary: `key: word (concept)`. */
export function glossaryFaults(messages: Readonly<Record<string, string>>): string[] {
  const faults: string[] = [];
  for (const [key, text] of Object.entries(messages)) {
    for (const term of GLOSSARY) {
      if (term.onlyUnder && !term.onlyUnder.some((prefix) => key.startsWith(prefix))) continue;
      for (const avoid of term.avoidZh) {
        const found = avoid.exec(text);
        if (found) faults.push(`${key}: ${found[0]} (use ${term.zh} for ${term.concept})`);
      }
    }
  }
  return faults;
}
