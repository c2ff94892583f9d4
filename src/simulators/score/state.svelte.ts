import { SCORE_PRESETS, SCORE_PRESET_IDS, DEFAULT_SCORE, type ScorePresetId } from '../../engine/presets-score';
import { presetFrom } from '../../engine/presets-common';
import { LIMITS } from '../../engine/constants';
import { simulateScore, type ScoreResult } from '../../engine/score';
import type { ScoreScenario } from '../../engine/scenario';
import type { FormText } from '../shared/fields';
import { formKeyOf, scenarioFromText, textFromScenario } from '../shared/form';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { readAmount, readNumber } from '../shared/typed';
import { EVENT_FIELDS, SCORE_EVENTS, SCORE_FIELDS, SCORE_URL_SOURCE, type EventField } from './fields';

/** One late payment as typed: month, days late, amount, settlement month, or "not settled". */
export type EventText = Record<EventField, string> & { never: boolean };

/** The score form: the scalar fields by URL key (`s`, `mo`), and the events. */
export interface ScoreText {
  scalars: FormText;
  events: EventText[];
}

/** Engine field path → form location: 'start' → s, 'events.2.dpd' → event 2's dpd; null if unknown. */
export function scoreFieldOf(
  path: string,
): { key: string } | { event: number; field: EventField } | { events: true } | null {
  const key = formKeyOf(SCORE_FIELDS, path);
  if (key) return { key };
  if (path === SCORE_EVENTS.path) return { events: true };
  const match = /^events\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!match) return null;
  const field = EVENT_FIELDS.find((f) => f.path === (match[2] ?? 'month')) ?? EVENT_FIELDS[0];
  return { event: Number(match[1]), field: field?.key ?? 'month' };
}

export const scoreCodec: ScenarioCodec<ScoreText, ScoreScenario, ScoreResult, ScorePresetId> = {
  toScenario: (text) => ({
    ...scenarioFromText(SCORE_FIELDS, text.scalars),
    events: text.events.map((e) =>
      Object.fromEntries(
        EVENT_FIELDS.map((f) => [
          f.path,
          f.key === 'settled' && e.never
            ? null
            : f.unit === 'sim.unit.yuan'
              ? readAmount(e[f.key])
              : readNumber(e[f.key]),
        ]),
      ),
    ),
  }),
  fromScenario: (scenario) => ({
    scalars: textFromScenario(SCORE_FIELDS, scenario),
    events: scenario.events.map((e) => {
      const text = Object.fromEntries(
        EVENT_FIELDS.map((f) => {
          const value = e[f.path as keyof typeof e];
          return [f.key, value === null ? '' : String(value)];
        }),
      ) as Record<EventField, string>;
      return { ...text, never: e.settledMonth === null };
    }),
  }),
  simulate: simulateScore,
  presets: SCORE_PRESETS,
  presetIds: SCORE_PRESET_IDS,
  url: async () => (await import('../shared/url-codec')).urlCodec(SCORE_URL_SOURCE),
};

/** The score simulator's state, with the event editor's add and remove. */
export class ScoreState extends ScenarioState<ScoreText, ScoreScenario, ScoreResult, ScorePresetId> {
  constructor(presetId?: string) {
    super(
      scoreCodec,
      (presetId ? presetFrom(SCORE_PRESETS, presetId) : null) ?? (structuredClone(DEFAULT_SCORE) as ScoreScenario),
    );
  }

  get canAdd(): boolean {
    return this.text.events.length < LIMITS.events.max;
  }

  /** The scalar fields; the events have their own controls (setEvent, setNever). */
  protected override fieldText(key: string): string {
    return this.text.scalars[key] ?? '';
  }

  override set(key: string, value: string): void {
    this.text.scalars[key] = value;
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
    const months = Number(this.text.scalars.mo) || LIMITS.months.max;
    const month = String(Math.max(1, Math.min(Number.isFinite(last) && last > 0 ? last + 12 : 3, months)));
    this.text.events.push({ month, dpd: '30', amount: '1000', settled: month, never: false });
    this.touch();
  }

  removeEvent(index: number): void {
    this.text.events.splice(index, 1);
    this.touch();
  }
}
