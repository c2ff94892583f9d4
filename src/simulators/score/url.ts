/** The score simulator's URL codec, derived from its field table. Loaded on first use (not in the page's initial JS). */
import { DEFAULT_SCORE, SCORE_PRESETS, type ScorePresetId } from '../../engine/presets-score';
import type { ScoreScenario } from '../../engine/scenario';
import { validateScore } from '../../engine/validate-score';
import { urlCodec } from '../shared/url-codec';
import { SCORE_FIELDS, SCORE_EVENTS } from './fields';

export const scoreUrl = urlCodec<ScoreScenario, ScorePresetId>({
  fields: SCORE_FIELDS,
  list: SCORE_EVENTS,
  presets: SCORE_PRESETS,
  fallback: DEFAULT_SCORE,
  validate: validateScore,
});
