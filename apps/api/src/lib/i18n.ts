import { messagesZhCn as zhCN } from '@ssc/domain/messages-zh-cn';
import { messagesEn as en } from '@ssc/domain/messages-en';
import { translate } from '@ssc/domain/translate';
import type { FastifyRequest } from 'fastify';

export type Locale = 'zh-CN' | 'en';

/** zh-CN unless the client prefers English (API answers in the applicant's language). */
export function localeOf(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'zh-CN';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function t(locale: Locale, key: string, params?: Record<string, string | number>): string {
  return translate(locale === 'en' ? en : zhCN, key, params);
}
