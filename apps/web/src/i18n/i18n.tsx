import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALES, translate, type Lang, type MessageKey } from './messages.ts';
import { ApiError } from '../api/client.ts';
import { formatCount, formatEuro, formatNumber, formatPct, formatPupils } from '../lib/format.ts';

export interface I18n {
  lang: Lang;
  locale: string;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** For keys built at run time (e.g. `type.${t}`); falls back to the key. */
  tx(key: string, params?: Record<string, string | number>): string;
  num(value: number | null | undefined, decimals?: number): string;
  euro(value: number | null | undefined): string;
  pct(fraction: number | null | undefined, decimals?: number): string;
  /** Whole pupils for a shown count (2.8 → "3"). */
  pupils(value: number | null | undefined): string;
  /** "1 actie" / "2 acties" from a singular and a plural message key. */
  count(n: number, one: MessageKey, other: MessageKey): string;
  errorText(error: unknown): string;
}

const LANG_KEY = 'dekkend.lang';

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (stored === 'en' || stored === 'nl') return stored;
  } catch {
    /* storage unavailable */
  }
  return 'nl';
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void = () => {}): I18n {
  const locale = LOCALES[lang];
  const t = (key: MessageKey | string, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    lang,
    locale,
    setLang,
    t,
    tx: t,
    num: (v, d = 0) => formatNumber(locale, v, d),
    euro: (v) => formatEuro(locale, v),
    pct: (f, d = 1) => formatPct(locale, f, d),
    pupils: (v) => formatPupils(locale, v),
    count: (n, one, other) => formatCount(locale, n, t(one), t(other)),
    errorText(error) {
      if (error instanceof ApiError) {
        switch (error.code) {
          case 'NETWORK':
            return t('error.network');
          case 'FORBIDDEN':
            return t('error.forbidden');
          case 'UNAUTHENTICATED':
            return t('error.unauthenticated');
          case 'NOT_FOUND':
            return t('error.notFound');
          case 'CONFLICT':
            return t('error.conflict');
          case 'INVALID_INPUT':
            return /Cannot query field|Unknown argument|Unknown type/.test(error.message)
              ? `${t('error.notAvailable')} (${error.message})`
              : t('error.invalid', { message: error.message });
          case 'INTERNAL':
            return error.errorId
              ? t('error.internal', { id: error.errorId })
              : t('error.generic', { message: error.message });
          default:
            return t('error.generic', { message: error.message });
        }
      }
      return t('error.generic', { message: error instanceof Error ? error.message : String(error) });
    },
  };
}

const I18nContext = createContext<I18n>(makeI18n('nl'));

export function I18nProvider({ children, lang: forced }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(forced ?? initialLang());
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {
      /* ignore */
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
