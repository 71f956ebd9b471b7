import { citationFor } from '@ssc/domain/citation';
import type { Translate } from './i18n-provider.tsx';

/** The source of a rule as a reader names it: the law's title and article, never `Art. 26`. */
export function cite(t: Translate, rule: string): string {
  const { key, params } = citationFor(rule);
  return t(key, params);
}
