import type { UiKey } from '../../i18n/translate';
import { fillPlaceholders } from '../../i18n/placeholders';
import type { FieldError } from '../../engine';

/**
 * Islands receive only the `sim.*` strings they need as a prop (serialised into the page's HTML), never the whole
 * dictionaries: importing src/i18n/translate.ts would ship both languages' full UI text in the island's JS.
 */
export type SimKey = Extract<UiKey, `sim.${string}`>;
export type SimStrings = Readonly<Partial<Record<SimKey, string>>>;
export type SimTranslate = (key: SimKey, vars?: Record<string, string | number>) => string;

/**
 * The pages' translator (src/i18n/translate.ts) over the subset of strings handed to the island. A key that was
 * not handed over shows as itself, so the gap is noticed.
 */
export function simTranslator(strings: SimStrings): SimTranslate {
  return (key, vars) => fillPlaceholders(strings[key] ?? key, vars);
}

/**
 * A localized sentence for an engine validation error. `formatLimit` renders min/max in the field's own units
 * (e.g. '¥10,000,000' or '1 %'), so the reader sees the limits the way they typed the value.
 */
export function errorMessage(t: SimTranslate, error: FieldError, formatLimit: (value: number) => string): string {
  const min = error.min === undefined ? '' : formatLimit(error.min);
  const max = error.max === undefined ? '' : formatLimit(error.max);
  switch (error.code) {
    case 'required':
      return t('sim.error.required');
    case 'not-a-number':
      return t('sim.error.notANumber');
    case 'out-of-range':
      return t('sim.error.outOfRange', { min, max });
    case 'not-an-integer':
      return t('sim.error.notAnInteger');
    case 'too-many-decimals':
      return t('sim.error.tooManyDecimals');
    case 'invalid-date':
      return t('sim.error.invalidDate');
    default:
      return t('sim.error.invalid');
  }
}
