/**
 * The score simulator's inputs, in URL order (shared links rely on the keys, so never rename one): the start
 * score, the months shown, and the late payments as a repeated `e` key, `e=month_dpd_amount_settledMonth` with
 * `-` for "never settled" and `e=none` for no events. The engine (src/engine/validate.ts) says what is allowed.
 */
import type { FieldDef, ListDef } from '../shared/fields';
import type { SimKey } from '../shared/i18n';
import { DEFAULT_SCORE, SCORE_PRESETS, type ScorePresetId } from '../../engine/presets-score';
import type { ScoreScenario } from '../../engine/scenario';
import { validateScore } from '../../engine/validate-score';
import type { UrlCodecSource } from '../shared/url-codec';

export const SCORE_FIELDS: readonly FieldDef[] = [
  { path: 'start', key: 's', input: 'integer', label: 'sim.score.start', help: 'sim.score.startHelp' },
  { path: 'months', key: 'mo', input: 'integer', label: 'sim.score.months', unit: 'sim.unit.months' },
];

export const SCORE_EVENTS: ListDef = {
  path: 'events',
  key: 'e',
  separator: '_',
  empty: 'none',
  nullToken: '-',
  item: [{ path: 'month' }, { path: 'dpd' }, { path: 'amount' }, { path: 'settledMonth', nullable: true }],
};

/** An event's fields as the form names them (`settled` has a "not settled" box beside it). */
export type EventField = 'month' | 'dpd' | 'amount' | 'settled';

/** One event's fields in the form, top to bottom, with the scenario field each edits. */
export const EVENT_FIELDS: readonly (Pick<FieldDef, 'input' | 'label' | 'unit'> & { key: EventField; path: string })[] =
  [
    { key: 'month', path: 'month', input: 'integer', label: 'sim.score.event.month' },
    { key: 'dpd', path: 'dpd', input: 'integer', label: 'sim.score.event.dpd', unit: 'sim.unit.days' },
    { key: 'amount', path: 'amount', input: 'decimal', label: 'sim.score.event.amount', unit: 'sim.unit.yuan' },
    { key: 'settled', path: 'settledMonth', input: 'integer', label: 'sim.score.event.settled' },
  ];

/** Label of the "not settled" box. */
export const NEVER_LABEL: SimKey = 'sim.score.event.never';

/**
 * What the score simulator's URL codec is made from: this field table and the engine's presets and validator.
 * The codec itself (shared/url-codec.ts) is loaded on first use, so it is not part of the page's initial JS.
 */
export const SCORE_URL_SOURCE: UrlCodecSource<ScoreScenario, ScorePresetId> = {
  fields: SCORE_FIELDS,
  list: SCORE_EVENTS,
  presets: SCORE_PRESETS,
  fallback: DEFAULT_SCORE,
  validate: validateScore,
};
