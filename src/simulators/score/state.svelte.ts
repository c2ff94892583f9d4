import { SCORE_PRESETS, SCORE_PRESET_IDS, DEFAULT_SCORE, findPreset } from '../../engine/presets';
import { LIMITS } from '../../engine/constants';
import { simulateScore } from '../../engine/score';
import type { ScorePresetId, ScoreResult, ScoreScenario } from '../../engine';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { readNumber } from '../shared/typed';

/** One late payment as typed: month, days late, amount, settlement month, or "not settled". */
export interface EventText {
  month: string;
  dpd: string;
  amount: string;
  settled: string;
  never: boolean;
}

/** The score form: start score (URL key `s`), months shown (`mo`), and the events (`e`, repeated). */
export interface ScoreText {
  s: string;
  mo: string;
  events: EventText[];
}

export type EventField = 'month' | 'dpd' | 'amount' | 'settled';
/** Scenario event field (as in engine errors) → form field. */
export const EVENT_FIELDS: Readonly<Record<string, EventField>> = {
  month: 'month',
  dpd: 'dpd',
  amount: 'amount',
  settledMonth: 'settled',
};

/** Engine field path → form location: 'start' → s, 'events.2.dpd' → event 2's dpd; null if unknown. */
export function scoreFieldOf(path: string): { key: 's' | 'mo' } | { event: number; field: EventField } | { events: true } | null {
  if (path === 'start') return { key: 's' };
  if (path === 'months') return { key: 'mo' };
  if (path === 'events') return { events: true };
  const match = /^events\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!match) return null;
  return { event: Number(match[1]), field: EVENT_FIELDS[match[2] ?? 'month'] ?? 'month' };
}

export const scoreCodec: ScenarioCodec<ScoreText, ScoreScenario, ScoreResult, ScorePresetId> = {
  toScenario: (text) => ({
    start: readNumber(text.s),
    months: readNumber(text.mo),
    events: text.events.map((e) => ({
      month: readNumber(e.month),
      dpd: readNumber(e.dpd),
      amount: readNumber(e.amount),
      settledMonth: e.never ? null : readNumber(e.settled),
    })),
  }),
  fromScenario: (scenario) => ({
    s: String(scenario.start),
    mo: String(scenario.months),
    events: scenario.events.map((e) => ({
      month: String(e.month),
      dpd: String(e.dpd),
      amount: String(e.amount),
      settled: e.settledMonth === null ? '' : String(e.settledMonth),
      never: e.settledMonth === null,
    })),
  }),
  simulate: simulateScore,
  presets: SCORE_PRESETS,
  presetIds: SCORE_PRESET_IDS,
  url: async () => {
    const { readScoreQuery, encodeScoreQuery } = await import('../../engine/url-state');
    return { read: readScoreQuery, encode: encodeScoreQuery };
  },
};

/** The score simulator's state, with the event editor's add and remove. */
export class ScoreState extends ScenarioState<ScoreText, ScoreScenario, ScoreResult, ScorePresetId> {
  constructor(presetId?: string) {
    super(scoreCodec, (presetId ? findPreset('score', presetId) : null) ?? (structuredClone(DEFAULT_SCORE) as ScoreScenario));
  }

  get canAdd(): boolean {
    return this.text.events.length < LIMITS.events.max;
  }

  set(key: 's' | 'mo', value: string): void {
    this.text[key] = value;
    this.touch();
  }

  setEvent(index: number, field: EventField, value: string): void {
    const event = this.text.events[index];
    if (!event) return;
    event[field] = value;
    this.touch();
  }

  setNever(index: number, never: boolean): void {
    const event = this.text.events[index];
    if (!event) return;
    event.never = never;
    this.touch();
  }

  /** A new late payment a year after the last one (or in month 3): 30 days late, 1,000 yuan, settled that month. */
  addEvent(): void {
    if (!this.canAdd) return;
    const last = Number(this.text.events[this.text.events.length - 1]?.month);
    const months = Number(this.text.mo) || LIMITS.months.max;
    const month = String(Math.max(1, Math.min(Number.isFinite(last) && last > 0 ? last + 12 : 3, months)));
    this.text.events.push({ month, dpd: '30', amount: '1000', settled: month, never: false });
    this.touch();
  }

  removeEvent(index: number): void {
    this.text.events.splice(index, 1);
    this.touch();
  }
}
