/** The score simulator's presets (see presets.ts). */
import { SCORE_DEFAULT } from './constants';
import { deepFreeze } from './presets-common';
import type { ScoreScenario } from './scenario';

/** Score preset ids. */
export const SCORE_PRESET_IDS = ['one-late-30', 'unpaid-year'] as const;
/** One of {@link SCORE_PRESET_IDS}. */
export type ScorePresetId = (typeof SCORE_PRESET_IDS)[number];

/**
 * Score presets:
 * - `one-late-30`: start 650; one payment 30 days late in month 3 (900 yuan), settled in month 4; 84 months shown.
 * - `unpaid-year`: start 650; 10,000 yuan unpaid from month 1, 365 days late, settled in month 12; 84 months shown.
 *
 * @example SCORE_PRESETS['unpaid-year'].events[0] // { month: 1, dpd: 365, amount: 10000, settledMonth: 12 }
 */
export const SCORE_PRESETS: Readonly<Record<ScorePresetId, Readonly<ScoreScenario>>> = deepFreeze({
  'one-late-30': { start: SCORE_DEFAULT, months: 84, events: [{ month: 3, dpd: 30, amount: 900, settledMonth: 4 }] },
  'unpaid-year': {
    start: SCORE_DEFAULT,
    months: 84,
    events: [{ month: 1, dpd: 365, amount: 10_000, settledMonth: 12 }],
  },
} satisfies Record<ScorePresetId, ScoreScenario>);

/** The score simulator's default scenario (used when a URL has no preset). */
export const DEFAULT_SCORE: Readonly<ScoreScenario> = SCORE_PRESETS['one-late-30'];
