import type { Locale } from './locales';

/**
 * Every internal URL goes through here, so the site works from a host's root and from a sub-path
 * (`SITE_BASE=/debt-lab`). Paths are written without the base, always with a trailing slash.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** '/zh-cn/overdue/' → '/debt-lab/zh-cn/overdue/' (or unchanged at the root). */
export function withBase(path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${BASE}${clean}`;
}

/** Removes the base from a pathname as seen in the browser or in Astro.url. */
export function withoutBase(pathname: string): string {
  return BASE && pathname.startsWith(BASE) ? pathname.slice(BASE.length) || '/' : pathname;
}

/** The URL of a page in a locale: localePath('en', 'credit/recovery') → '/en/credit/recovery/' (with base). */
export function localePath(locale: Locale, path = ''): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return withBase(inner ? `/${locale}/${inner}/` : `/${locale}/`);
}

/**
 * The same page in another language: swaps the locale prefix of a base-less pathname.
 * '/zh-cn/overdue/collection/' → '/en/overdue/collection/' (with base).
 */
export function switchLocalePath(pathname: string, to: Locale): string {
  const path = withoutBase(pathname);
  const match = /^\/(zh-cn|en)(\/.*)?$/.exec(path);
  // Pages outside the locale trees (the 404 page) switch to the other language's home.
  return match ? localePath(to, match[2] ?? '') : localePath(to);
}

/** The locale a URL belongs to, for components rendered inside MDX that are not handed one. */
export function localeFromUrl(url: URL): Locale {
  const first = withoutBase(url.pathname).split('/')[1];
  return first === 'en' ? 'en' : 'zh-cn';
}
