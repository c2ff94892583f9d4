/**
 * "Pay on day X or on day Y?": a question about the scenario, not part of it (nor of its URL). The island asks it
 * with two day boxes (CompareDays.svelte, loaded after hydration); the build-time render answers it for the
 * starting scenario (OverdueCompare.astro), so the page says the same with JavaScript off. The days compared
 * until the reader picks others are in compare-days.ts (the state needs them at load; these sentences can wait).
 */
import { fenToYuan } from '../../engine/money';
import type { SettleComparison, SettleOutcome } from '../../engine';
import { formatNumber as number, formatYuan as yuan } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../shared/i18n';

/** One side of the comparison as a sentence. */
export function settleSentence(outcome: SettleOutcome, locale: Locale, t: SimTranslate): string {
  return t('sim.overdue.compare.line', {
    day: number(locale, outcome.day),
    paid: yuan(locale, fenToYuan(outcome.paid)),
    penalty: yuan(locale, fenToYuan(outcome.penalty)),
    stage: outcome.stage ? t(`sim.overdue.stage.${outcome.stage}`) : t('sim.overdue.noStage'),
    code: outcome.worstCode,
  });
}

/** What the later day costs on top of the earlier one. */
export function extraSentence(comparison: SettleComparison, locale: Locale, t: SimTranslate): string {
  return t('sim.overdue.compare.extra', { extra: yuan(locale, fenToYuan(comparison.extraCost)) });
}
