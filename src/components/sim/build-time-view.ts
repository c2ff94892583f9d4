/**
 * A simulator's display model for its starting scenario (a preset or the default), worked out when the page is
 * built: the article card's figures and sentence, and the table the simulator page shows before (and without)
 * JavaScript. The same views the islands use, so the figures match exactly.
 */
import { DEFAULTS, findPreset, simulateCompare, simulateLoan, simulateOverdue, simulateScore } from '../../engine';
import type { ScoreScenario, SimulatorKind } from '../../engine/scenario';
import type { Locale } from '../../i18n/locales';
import { compareView } from '../../simulators/compare/view';
import { loanView } from '../../simulators/loan/view';
import { overdueView } from '../../simulators/overdue/view';
import { scoreView } from '../../simulators/score/view';
import type { Figure } from '../../simulators/shared/figure';
import { simTranslator } from '../../simulators/shared/i18n';
import type { TableModel } from '../../simulators/shared/table';
import { simStrings } from './strings';

export interface BuildTimeView {
  summary: string;
  figures: Figure[];
  table: TableModel;
}

/** Throws when the starting scenario does not simulate: a build error, never a blank page. */
export function buildTimeView(kind: SimulatorKind, preset: string | undefined, locale: Locale): BuildTimeView {
  const t = simTranslator(simStrings(locale, kind));
  if (kind === 'loan') {
    const result = simulateLoan((preset && findPreset('loan', preset)) || DEFAULTS.loan);
    if (result.ok) return loanView(result.value, locale, t);
  } else if (kind === 'compare') {
    const result = simulateCompare((preset && findPreset('compare', preset)) || DEFAULTS.compare);
    if (result.ok) return compareView(result.value, locale, t);
  } else if (kind === 'overdue') {
    const result = simulateOverdue((preset && findPreset('overdue', preset)) || DEFAULTS.overdue);
    if (result.ok) return overdueView(result.value, locale, t);
  } else {
    const scenario: ScoreScenario = (preset && findPreset('score', preset)) || DEFAULTS.score;
    const result = simulateScore(scenario);
    if (result.ok) return scoreView(result.value, scenario, locale, t);
  }
  throw new Error(`The ${kind} scenario ${preset ?? '(default)'} does not simulate`);
}
