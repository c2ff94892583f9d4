import type { FieldError } from '../../engine';
import type { Locale } from '../../i18n/locales';
import type { FieldSpec } from './field-spec';
import { errorMessage, type SimTranslate } from './i18n';
import { formatNumber as number } from '../../i18n/format';

export interface ErrorItem {
  /** Id of the field's control (the summary links to it). */
  id: string;
  label: string;
  message: string;
}

/**
 * The engine's validation errors as the form shows them: one localized message per form key (the first error
 * of that field) and the list for the error summary. Limits are written in the field's unit ("1 to 360 months", "1到360个月").
 */
export function localizeErrors(
  errors: readonly FieldError[],
  specs: readonly FieldSpec[],
  keyOf: (path: string) => string | undefined,
  idOf: (key: string) => string,
  t: SimTranslate,
  locale: Locale,
): { byKey: Record<string, string>; items: ErrorItem[] } {
  const byKey: Record<string, string> = {};
  const items: ErrorItem[] = [];
  const gap = locale === 'zh-cn' ? '' : ' ';
  for (const error of errors) {
    const key = keyOf(error.field) ?? error.field;
    if (key in byKey) continue;
    const spec = specs.find((s) => s.key === key);
    const unit = spec?.unit ?? '';
    // Chinese writes a unit straight after the number (1元, 360个月); English leaves a space (1 yuan).
    const message = errorMessage(t, error, (v) =>
      `${number(locale, v, Number.isInteger(v) ? 0 : 2)}${gap}${unit}`.trim(),
    );
    byKey[key] = message;
    items.push({ id: idOf(key), label: spec?.label ?? key, message });
  }
  return { byKey, items };
}
