// The language of the UI: message catalogs, the switch (remembered in localStorage), and the
// antd and dayjs locales that follow it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { Locale } from '../../shared/enums.ts';
import { LOCALES } from '../../shared/enums.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import { ApiError, NetworkError, errorCode } from '../api/client.ts';
import { zhCN, zhCNErrors } from './zh-CN.ts';
import { en, enErrors } from './en.ts';

export type MessageKey = keyof typeof zhCN;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const CATALOGS: Record<Locale, { messages: Record<MessageKey, string>; errors: Record<ErrorCode, string> }> = {
  'zh-CN': { messages: zhCN, errors: zhCNErrors },
  en: { messages: en, errors: enErrors },
};

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };
const STORAGE_KEY = 'pj.locale';

/** True for one of the supported locales. */
export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** The remembered choice, else the browser's language: Chinese of any region → zh-CN, anything else → en. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage may be disabled; fall back to the browser language
  }
  const nav = typeof navigator === 'undefined' ? '' : (navigator.language ?? '');
  return nav.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export interface I18n {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: Translate;
  /** Translates in another language (a message about switching to it). */
  tIn: (locale: Locale) => Translate;
  /** A message for any thrown thing, in the UI language; API codes are translated. */
  errorText: (e: unknown) => string;
  /** A local date and time, e.g. 2024-05-01 14:03. */
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  number: (n: number) => string;
  /** The name in the UI language when the record has both. */
  pick: (zh: string, enName: string | null | undefined) => string;
}

const Ctx = createContext<I18n | null>(null);

/** Provides the UI language to the tree. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // not remembered; still applied for this page
    }
  }, []);

  // dayjs keeps its locale globally; switch it before children render their dates.
  dayjs.locale(DAYJS_LOCALE[locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = CATALOGS[locale].messages['app.title'];
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const { messages, errors } = CATALOGS[locale];
    const t: Translate = (key, vars) => interpolate(messages[key] ?? key, vars);
    const numberFormat = new Intl.NumberFormat(locale);
    return {
      locale,
      setLocale,
      t,
      tIn: (l) => (key, vars) => interpolate(CATALOGS[l].messages[key] ?? key, vars),
      errorText: (e) => {
        if (e instanceof NetworkError) return t('error.network');
        if (e instanceof ApiError) {
          const code = errorCode(e);
          return code ? errors[code] : t('error.http', { status: e.status });
        }
        return t('error.unexpected');
      },
      dateTime: (iso) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—'),
      date: (iso) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—'),
      number: (n) => numberFormat.format(n),
      pick: (zh, enName) => (locale === 'en' && enName ? enName : zh),
    };
  }, [locale, setLocale]);

  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The UI language and its helpers. */
export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
