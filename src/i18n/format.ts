import { HTML_LANG, type Locale } from './locales';

/**
 * Number and date formatting per locale, through Intl so that separators, currency signs and
 * month names follow each language's conventions (¥1,234.50 / 1,234.50 元 are both valid; Intl decides).
 */

/** '2026-11-23' (or a Date) → '23 November 2026' / '2026年11月23日'. Dates are calendar days, so UTC avoids an off-by-one. */
export function formatDate(locale: Locale, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** 'YYYY-MM' → 'November 2026' / '2026年11月'. */
export function formatMonth(locale: Locale, month: string): string {
  const value = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(HTML_LANG[locale], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(value);
}

/** ISO date string for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Amount in yuan → '¥10,797.00'. */
export function formatYuan(locale: Locale, yuan: number, fractionDigits = 2): string {
  return new Intl.NumberFormat(HTML_LANG[locale], {
    style: 'currency',
    currency: 'CNY',
    // '¥' in both languages: English Intl would otherwise write 'CN¥', which readers here never see.
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(yuan);
}

/**
 * Enough decimals to print any constant the site quotes without rounding it (0.0004, 1.5, 0.088); pass it as
 * `maxFractionDigits` where a figure must read exactly as the engine holds it.
 */
export const EXACT_DIGITS = 8;

/** Decimal rate → '15.86%'. `maxFractionDigits` above `fractionDigits` drops trailing zeros instead of rounding. */
export function formatPercent(locale: Locale, rate: number, fractionDigits = 2, maxFractionDigits = fractionDigits): string {
  return new Intl.NumberFormat(HTML_LANG[locale], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: Math.max(fractionDigits, maxFractionDigits),
  }).format(rate);
}

/** 10797.5 → '10,797.5' (or with `fractionDigits` fixed decimals); see {@link formatPercent} for `maxFractionDigits`. */
export function formatNumber(locale: Locale, value: number, fractionDigits = 0, maxFractionDigits = fractionDigits): string {
  return new Intl.NumberFormat(HTML_LANG[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: Math.max(fractionDigits, maxFractionDigits),
  }).format(value);
}
