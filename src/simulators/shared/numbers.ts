import { HTML_LANG, type Locale } from '../../i18n/locales';

/**
 * The number formats of src/i18n/format.ts, with each Intl.NumberFormat built once and reused: a schedule table
 * formats thousands of cells per input change, and constructing a formatter per cell would cost more than the
 * engine's whole computation. One difference: yuan are written ¥ in English too ('narrowSymbol'), not CN¥ —
 * every amount on the site is in yuan, so the country prefix only adds noise.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: 'yuan' | 'percent' | 'number', digits: number): Intl.NumberFormat {
  const key = `${locale}|${kind}|${digits}`;
  let nf = cache.get(key);
  if (!nf) {
    const base = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    const options: Intl.NumberFormatOptions =
      kind === 'yuan' ? { ...base, style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' } : kind === 'percent' ? { ...base, style: 'percent' } : base;
    nf = new Intl.NumberFormat(HTML_LANG[locale], options);
    cache.set(key, nf);
  }
  return nf;
}

/** 10797.5 → '¥10,797.50'. */
export function yuan(locale: Locale, value: number, digits = 2): string {
  return formatter(locale, 'yuan', digits).format(value);
}

/** 0.1586 → '15.86%'. */
export function percent(locale: Locale, value: number, digits = 2): string {
  return formatter(locale, 'percent', digits).format(value);
}

/** 1234 → '1,234'. */
export function number(locale: Locale, value: number, digits = 0): string {
  return formatter(locale, 'number', digits).format(value);
}
