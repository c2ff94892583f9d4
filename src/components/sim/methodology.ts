/**
 * Engine constants as the methodology pages print them. The pages are prose (content/simulators/<lang>/<kind>.mdx);
 * where they state a figure the model uses they name it — `<Constant name="JIEBEI_PENALTY_MULTIPLIER" as="times" />`
 * — instead of retyping it, so a change in src/engine/constants.ts changes the page and the two cannot disagree.
 *
 * Numbers are printed exactly, never rounded to a fixed number of decimals: that once printed Jiebei's 1.5 × as "2 ×".
 */
import * as C from '../../engine/constants';
import { STAGES } from '../../engine/stages';
import type { Locale } from '../../i18n/locales';
import { EXACT_DIGITS, formatNumber, formatPercent } from '../../i18n/format';
import { useTranslations } from '../../i18n/translate';

/** How a constant reads: a plain number, a rate, a multiple, a count with its unit, an hour, a money amount, a date. */
export const DISPLAYS = ['number', 'percent', 'times', 'days', 'months', 'points', 'hour', 'fen', 'text'] as const;
export type Display = (typeof DISPLAYS)[number];

/** What a name may point into: the engine's constants, and the collection stages by id (`STAGE.calls.maxDpd`). */
const ROOT: Record<string, unknown> = {
  ...C,
  STAGE: Object.fromEntries(STAGES.map((stage) => [stage.id, stage])),
};

/**
 * The values a name points to, in order: `LPR_ONE_YEAR`, a path (`HUABEI_INSTALLMENT_FEES.12`,
 * `SCORE_PENALTY_BY_CODE.0.1`), or a path with `*` for every entry (`SCORE_PENALTY_BY_CODE.*.1`). Throws on a name that
 * does not lead to a number or a string, so a typo in a page fails the build instead of printing nothing.
 */
export function constantValues(name: string): (number | string)[] {
  let values: unknown[] = [ROOT];
  for (const step of name.split('.')) {
    values = values.flatMap((value) => {
      if (typeof value !== 'object' || value === null) return [undefined];
      const record = value as Record<string, unknown>;
      return step === '*' ? Object.values(record) : [record[step]];
    });
  }
  if (values.length === 0 || !values.every((v) => typeof v === 'string' || (typeof v === 'number' && isFinite(v)))) {
    throw new Error(`"${name}" is not a constant of the engine (src/engine/constants.ts, STAGE.<id>.<minDpd|maxDpd>)`);
  }
  return values as (number | string)[];
}

/** One value as a page shows it, in a language. */
function show(locale: Locale, value: number | string, as: Display): string {
  if (typeof value === 'string' || as === 'text') return String(value);
  const t = useTranslations(locale);
  const num = (n: number) => formatNumber(locale, n, 0, EXACT_DIGITS);
  switch (as) {
    case 'number':
      return num(value);
    case 'percent':
      return formatPercent(locale, value, 0, EXACT_DIGITS);
    case 'times':
      return `${num(value)} ×`;
    case 'days':
      return t('sim.doc.unit.days', { n: num(value) });
    case 'months':
      return t('sim.doc.unit.months', { n: num(value) });
    case 'points':
      return t('sim.doc.unit.points', { n: num(value) });
    case 'hour':
      return `${String(value).padStart(2, '0')}:00`;
    case 'fen':
      return t('sim.doc.unit.yuan', { n: num(value / 100) });
  }
}

/** A constant (or several, joined with " / ") as a page shows it. */
export function showConstant(locale: Locale, name: string, as: Display = 'number'): string {
  return constantValues(name)
    .map((value) => show(locale, value, as))
    .join(' / ');
}
