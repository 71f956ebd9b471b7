import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { translate } from '@ssc/domain/translate';
import { dictionaryZhCn } from './dictionary-zh-cn.ts';
import { DEFAULT_LOCALE, readStoredLocale, storeLocale } from './locale.ts';
import type { Locale } from './locale.ts';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;

const dictionaries: Partial<Record<Locale, Record<string, string>>> = { 'zh-CN': dictionaryZhCn };

// Messages a lazy feature chunk brings along (the staff back office), so they never weigh on
// the citizen's entry bundle. Looked up at call time: a chunk may register after the first render.
const extensions: Partial<Record<Locale, Record<string, string>>>[] = [];
const merged = new Map<Locale, { count: number; messages: Record<string, string> }>();

export function extendMessages(extra: Partial<Record<Locale, Record<string, string>>>): void {
  if (!extensions.includes(extra)) extensions.push(extra);
}

function messagesFor(locale: Locale): Record<string, string> {
  const base = dictionaries[locale] ?? dictionaryZhCn;
  if (extensions.length === 0) return base;
  const cached = merged.get(locale);
  if (cached && cached.count === extensions.length && dictionaries[locale]) return cached.messages;
  const messages = Object.assign({}, base, ...extensions.map((extra) => extra[locale] ?? {}));
  if (dictionaries[locale]) merged.set(locale, { count: extensions.length, messages });
  return messages;
}

/** Fetches a language's messages once; English is a lazy chunk to keep the entry small. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (dictionaries[locale]) return;
  if (locale === 'en') dictionaries.en = (await import('./dictionary-en.ts')).dictionaryEn;
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  has: (key: string) => boolean;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLocale(): Locale {
  const stored = readStoredLocale();
  // main.tsx awaits loadLocale(stored) before the first render; fall back if that failed.
  return dictionaries[stored] ? stored : DEFAULT_LOCALE;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    // WCAG 3.1.1: screen readers pick the voice from <html lang>.
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    loadLocale(next)
      .then(() => setLocaleState(next))
      .catch(() => {
        // Offline: stay in the current language rather than show keys.
      });
  }, []);

  const value = useMemo<I18nValue>(() => {
    return {
      locale,
      setLocale,
      t: (key, params) => translate(messagesFor(locale), key, params),
      has: (key) => Object.hasOwn(messagesFor(locale), key),
    };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}

/**
 * A message key with values for its placeholders, for places that carry a key alone (a form's
 * error, a summary line): `ui.error.tooManyWait?minutes=52`.
 */
export function keyWithParams(key: string, params: Record<string, string | number>): string {
  const query = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  );
  return `${key}?${query.toString()}`;
}

/**
 * Translates a message key if it is known, otherwise a fallback key (server text is never shown
 * raw). A key made by `keyWithParams` is translated with its values.
 */
export function useTranslateKnown(): (key: string | undefined, fallbackKey: string) => string {
  const { t, has } = useI18n();
  return (key, fallbackKey) => {
    const [base, query] = (key ?? '').split('?', 2);
    if (!base || !has(base)) return t(fallbackKey);
    return query === undefined ? t(base) : t(base, Object.fromEntries(new URLSearchParams(query)));
  };
}
