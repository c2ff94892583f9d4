import type { Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { zhCn } from './ui/zh-cn';
import { fillPlaceholders } from './placeholders';

export type { UiKey };

const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCn, en };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Returns the translator for a locale; placeholders `{name}` are filled from `vars` (see placeholders.ts). */
export function useTranslations(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, vars) => fillPlaceholders(dictionary[key], vars);
}

export function dictionaryFor(locale: Locale): Readonly<Record<UiKey, string>> {
  return DICTIONARIES[locale];
}
