import type { Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { zhCn } from './ui/zh-cn';

export type { UiKey };

const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCn, en };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * Returns the translator for a locale. Placeholders `{name}` are replaced by `vars.name`;
 * a missing variable is left visible (`{name}`) so a test or a reader notices it instead of a silent blank.
 */
export function useTranslations(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}

export function dictionaryFor(locale: Locale): Readonly<Record<UiKey, string>> {
  return DICTIONARIES[locale];
}
