import type { Stage } from '../../engine/stages';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../shared/i18n';

/** A stage's days in words ("Days 31–90", "Day 181 on"): the chart's band list and the collection guide say the same. */
export function stageRange(stage: Pick<Stage, 'minDpd' | 'maxDpd'>, locale: Locale, t: SimTranslate): string {
  const n = (value: number) => formatNumber(locale, value);
  const { minDpd: min, maxDpd: max } = stage;
  if (max === null) return t('sim.overdue.stageFrom', { from: n(min) });
  if (min === max) return t('sim.overdue.stageDay', { day: n(min) });
  return t('sim.overdue.stageRange', { from: n(min), to: n(max) });
}
