import { HTML_LANG, type Locale } from './locales';

/**
 * Number and date formatting per locale, through Intl so that separators, currency signs and month names follow
 * each language's conventions. One module for pages and islands alike (it carries no dictionary). Each
 * Intl.NumberFormat is built once and reused: a schedule table formats thousands of cells per input change, and
 * constructing a formatter per cell would cost more than the engine's whole computation.
 */

/** '2026-11-23' (or a Date) → '23 November 2026' / '2026年11月23日'. Dates are calendar days, so UTC avoids an off-by-one. */
export function formatDate(locale: Locale, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** ISO date string for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Enough decimals to print any constant the site quotes without rounding it (0.0004, 1.5, 0.088); pass it as
 * `maxFractionDigits` where a figure must read exactly as the engine holds it.
 */
export const EXACT_DIGITS = 8;

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: 'yuan' | 'percent' | 'number', min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${kind}|${min}|${max}`;
  let nf = cache.get(key);
  if (!nf) {
    const digits = { minimumFractionDigits: min, maximumFractionDigits: Math.max(min, max) };
    // '¥' in both languages: English Intl would otherwise write 'CN¥', and every amount on the site is in yuan.
    const style: Intl.NumberFormatOptions =
      kind === 'yuan'
        ? { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }
        : kind === 'percent'
          ? { style: 'percent' }
          : {};
    nf = new Intl.NumberFormat(HTML_LANG[locale], { ...style, ...digits });
    cache.set(key, nf);
  }
  return nf;
}

/** Amount in yuan → '¥10,797.00'. */
export function formatYuan(locale: Locale, yuan: number, fractionDigits = 2): string {
  return formatter(locale, 'yuan', fractionDigits, fractionDigits).format(yuan);
}

/** Decimal rate → '15.86%'. `maxFractionDigits` above `fractionDigits` drops trailing zeros instead of rounding. */
export function formatPercent(
  locale: Locale,
  rate: number,
  fractionDigits = 2,
  maxFractionDigits = fractionDigits,
): string {
  return formatter(locale, 'percent', fractionDigits, maxFractionDigits).format(rate);
}

/** 10797.5 → '10,797.5' (or with `fractionDigits` fixed decimals); see {@link formatPercent} for `maxFractionDigits`. */
export function formatNumber(
  locale: Locale,
  value: number,
  fractionDigits = 0,
  maxFractionDigits = fractionDigits,
): string {
  return formatter(locale, 'number', fractionDigits, maxFractionDigits).format(value);
}
