/**
 * The site's two languages. Every route is prefixed with one of these codes (`/zh-cn/…`, `/en/…`);
 * Simplified Chinese comes first because most readers are in mainland China.
 */
export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for `<html lang>`, `hreflang` and Intl. */
export const HTML_LANG: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

/** The language's own name, shown in the language switch (a reader looks for their language in its own script). */
export const LOCALE_NAME: Record<Locale, string> = { 'zh-cn': '简体中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-cn' ? 'en' : 'zh-cn';
}

/** Content sections, in reading order. The same ids are used in URLs and in frontmatter. */
export const SECTIONS = ['products', 'basics', 'overdue', 'credit', 'help'] as const;
export type Section = (typeof SECTIONS)[number];
