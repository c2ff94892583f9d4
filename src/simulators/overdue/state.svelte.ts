import {
  OVERDUE_PRESETS,
  OVERDUE_PRESET_IDS,
  DEFAULT_OVERDUE,
  type OverduePresetId,
} from '../../engine/presets-overdue';
import { presetFrom } from '../../engine/presets-common';
import { defaultCompareDays } from './compare-days';
import { compareSettleDays, simulateOverdue, type OverdueResult, type SettleComparison } from '../../engine/overdue';
import type { FieldError, Result } from '../../engine/errors';
import type { OverdueScenario } from '../../engine/scenario';
import { broughtBy, type FormText } from '../shared/fields';
import { tableCodec } from '../shared/table-codec';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { readNumber, sameValue } from '../shared/typed';
import { addDaysIso } from '../../engine/dates';
import { OVERDUE_FIELDS, OVERDUE_URL_SOURCE } from './fields';

export const overdueCodec: ScenarioCodec<FormText, OverdueScenario, OverdueResult, OverduePresetId> = tableCodec(
  OVERDUE_URL_SOURCE,
  simulateOverdue,
  OVERDUE_PRESET_IDS,
);

/** The overdue simulator's state: the scenario form plus the "pay on day X or day Y" comparison. */
export class OverdueState extends ScenarioState<FormText, OverdueScenario, OverdueResult, OverduePresetId> {
  /** Comparison days as typed; not part of the shared URL (they are a question about the scenario, not the scenario). */
  compare = $state(defaultCompareDays(0));
  #lastComparison: SettleComparison | null = null;
  /**
   * Today (YYYY-MM-DD) while the missed due date follows "today − days late": set after hydration when the URL
   * does not give a date, cleared when the reader types one. The presets' fixed date would put the credit-report
   * months in the past for today's reader.
   */
  today: string | null = $state(null);

  readonly comparisonAttempt: Result<SettleComparison> = $derived(
    compareSettleDays(this.scenario, readNumber(this.compare.x), readNumber(this.compare.y)),
  );
  /** The comparison on screen: the last valid one while a comparison day is being corrected. */
  readonly comparison: SettleComparison | null = $derived.by(() => {
    if (this.comparisonAttempt.ok) this.#lastComparison = this.comparisonAttempt.value;
    return this.#lastComparison;
  });
  readonly comparisonErrors: FieldError[] = $derived(this.comparisonAttempt.ok ? [] : this.comparisonAttempt.errors);

  constructor(presetId?: string) {
    const initial =
      (presetId ? presetFrom(OVERDUE_PRESETS, presetId) : null) ??
      (structuredClone(DEFAULT_OVERDUE) as OverdueScenario);
    super(overdueCodec, initial);
    // Compare a quick payment with paying on the last simulated day.
    this.compare = defaultCompareDays(initial.dpd);
  }

  override set(key: string, value: string): void {
    if (key === 'rule') return this.setRule(value);
    if (key === 'date') this.today = null;
    this.text[key] = value;
    if (key === 'dpd') this.#followToday();
    this.touch();
  }

  /**
   * Sets the missed due date to `today` minus the days late, and keeps it so as the days late change, until the
   * reader sets a date. Not a change by the reader: the URL is left alone.
   */
  dateFromToday(today: string): void {
    this.today = today;
    this.#followToday();
  }

  #followToday(): void {
    const days = readNumber(this.text.dpd ?? '');
    if (this.today === null || typeof days !== 'number' || !Number.isInteger(days) || days < 0) return;
    const date = addDaysIso(this.today, -days);
    if (date) this.text.date = date;
  }

  /** While the date follows today, a preset is matched on everything else (its own date is only an example). */
  protected override isPreset(preset: Readonly<OverdueScenario>, candidate: unknown): boolean {
    if (this.today === null || typeof candidate !== 'object' || candidate === null) return sameValue(preset, candidate);
    return sameValue({ ...preset, startDate: '' }, { ...candidate, startDate: '' });
  }

  /** A date that follows today stays out of links, so whoever opens one gets their own today. */
  protected override linkQuery(encoded: string): string {
    if (this.today === null) return encoded;
    return encoded
      .split('&')
      .filter((pair) => !pair.startsWith('date='))
      .join('&');
  }

  override applyPreset(id: OverduePresetId): void {
    super.applyPreset(id);
    this.#followToday();
  }

  override async loadQuery(search: string): Promise<void> {
    await super.loadQuery(search);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never state
    if (new URLSearchParams(search).has('date')) this.today = null;
    else this.#followToday();
  }

  /** Choosing Jiebei or Huabei rules fills in that product's penalty values (the rule field's `brings`); "custom" keeps what is there. */
  setRule(rule: string): void {
    this.text.rule = rule;
    const choice = OVERDUE_FIELDS.find((field) => field.key === 'rule');
    if (choice)
      for (const { field, value } of broughtBy(OVERDUE_FIELDS, choice, rule)) this.text[field.key] = String(value);
    this.touch();
  }

  setCompare(which: 'x' | 'y', value: string): void {
    this.compare[which] = value;
  }
}
