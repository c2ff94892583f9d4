/**
 * Named scenario presets: what an article's `<Simulator kind="…" preset="…" />` and a `?preset=` URL open with.
 * Values in user units (yuan, percent). Every overdue preset has a fixed `startDate` so that build-time rendering
 * is deterministic. Figures come from constants.ts (sources and dates there); "illustrative" marks a figure that
 * is an example, not a product's published rate.
 */
// One module per simulator kind, so a simulator's page loads the presets of its own kind only.
import { presetFrom } from './presets-common';
import { DEFAULT_COMPARE, COMPARE_PRESETS, COMPARE_PRESET_IDS } from './presets-compare';
import { DEFAULT_LOAN, LOAN_PRESETS, LOAN_PRESET_IDS } from './presets-loan';
import { DEFAULT_OVERDUE, OVERDUE_PRESETS, OVERDUE_PRESET_IDS } from './presets-overdue';
import { DEFAULT_SCORE, SCORE_PRESETS, SCORE_PRESET_IDS } from './presets-score';
import type { ScenarioOf, SimulatorKind } from './scenario';

export { DEFAULT_LOAN, LOAN_PRESETS, LOAN_PRESET_IDS, type LoanPresetId } from './presets-loan';
export { DEFAULT_COMPARE, COMPARE_PRESETS, COMPARE_PRESET_IDS, type ComparePresetId } from './presets-compare';
export {
  DEFAULT_OVERDUE,
  OVERDUE_PRESETS,
  OVERDUE_PRESET_IDS,
  PRESET_START_DATE,
  type OverduePresetId,
} from './presets-overdue';
export { DEFAULT_SCORE, SCORE_PRESETS, SCORE_PRESET_IDS, type ScorePresetId } from './presets-score';

/** Every simulator's presets, by kind. */
export const PRESETS: { readonly [K in SimulatorKind]: Readonly<Record<string, Readonly<ScenarioOf[K]>>> } = {
  loan: LOAN_PRESETS,
  compare: COMPARE_PRESETS,
  overdue: OVERDUE_PRESETS,
  score: SCORE_PRESETS,
};

/** Every simulator's default scenario (used when a URL has no preset), by kind. */
export const DEFAULTS: { readonly [K in SimulatorKind]: Readonly<ScenarioOf[K]> } = {
  loan: DEFAULT_LOAN,
  compare: DEFAULT_COMPARE,
  overdue: DEFAULT_OVERDUE,
  score: DEFAULT_SCORE,
};

/**
 * Looks up a preset by kind and id; null for an unknown id. The content build can use it to reject an article
 * whose `simulator.preset` does not exist. Returns a deep copy, safe to mutate.
 *
 * @example findPreset('loan', 'huabei-12')?.feeRate // 8.8
 * @example findPreset('score', 'nope') // null
 */
export function findPreset<K extends SimulatorKind>(kind: K, id: string): ScenarioOf[K] | null {
  return presetFrom<ScenarioOf[K]>(PRESETS[kind], id);
}

/** Ids of every preset of a kind. @example presetIds('score') // ['one-late-30', 'unpaid-year'] */
export function presetIds(kind: SimulatorKind): readonly string[] {
  const ids: { readonly [K in SimulatorKind]: readonly string[] } = {
    loan: LOAN_PRESET_IDS,
    compare: COMPARE_PRESET_IDS,
    overdue: OVERDUE_PRESET_IDS,
    score: SCORE_PRESET_IDS,
  };
  return ids[kind];
}
