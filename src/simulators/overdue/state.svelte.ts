import { OVERDUE_PRESETS, OVERDUE_PRESET_IDS, DEFAULT_OVERDUE, findPreset } from '../../engine/presets';
import { PENALTY_PRESETS, compareSettleDays, simulateOverdue } from '../../engine/overdue';
import type { FieldError, OverduePresetId, OverdueResult, OverdueScenario, Result, SettleComparison } from '../../engine';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { readNumber } from '../shared/typed';

/** The overdue form, one text per field; keys are the engine's URL keys (see src/engine/url-state.ts). */
export type OverdueKey = 'mode' | 'a' | 'miss' | 'dpd' | 'rule' | 'x' | 'pd' | 'g' | 'c' | 'pay' | 'date' | 'p' | 'rt' | 'r' | 'n' | 'm' | 'f';
export type OverdueText = Record<OverdueKey, string>;

/** Scenario field path (as in engine errors) → form key. */
export const OVERDUE_FIELD_KEYS: Readonly<Record<string, OverdueKey>> = {
  mode: 'mode',
  amountDue: 'a',
  missedPeriod: 'miss',
  dpd: 'dpd',
  preset: 'rule',
  penaltyMultiplier: 'x',
  penaltyDailyRate: 'pd',
  graceDays: 'g',
  compound: 'c',
  payOnDay: 'pay',
  startDate: 'date',
  'loan.principal': 'p',
  'loan.rateType': 'rt',
  'loan.rate': 'r',
  'loan.term': 'n',
  'loan.method': 'm',
  'loan.feeRate': 'f',
};

export const overdueCodec: ScenarioCodec<OverdueText, OverdueScenario, OverdueResult, OverduePresetId> = {
  toScenario: (text) => ({
    mode: text.mode,
    loan: {
      principal: readNumber(text.p),
      rateType: text.rt,
      rate: readNumber(text.r),
      term: readNumber(text.n),
      method: text.m,
      feeRate: readNumber(text.f),
    },
    amountDue: readNumber(text.a),
    missedPeriod: readNumber(text.miss),
    dpd: readNumber(text.dpd),
    preset: text.rule,
    penaltyMultiplier: readNumber(text.x),
    penaltyDailyRate: readNumber(text.pd),
    graceDays: readNumber(text.g),
    compound: text.c === '1',
    // Empty means "not paid within the simulation".
    payOnDay: readNumber(text.pay),
    startDate: text.date.trim(),
  }),
  fromScenario: (s) => ({
    mode: s.mode,
    a: String(s.amountDue),
    miss: String(s.missedPeriod),
    dpd: String(s.dpd),
    rule: s.preset,
    x: String(s.penaltyMultiplier),
    pd: String(s.penaltyDailyRate),
    g: String(s.graceDays),
    c: s.compound ? '1' : '0',
    pay: s.payOnDay === undefined ? '' : String(s.payOnDay),
    date: s.startDate,
    p: String(s.loan.principal),
    rt: s.loan.rateType,
    r: String(s.loan.rate),
    n: String(s.loan.term),
    m: s.loan.method,
    f: String(s.loan.feeRate),
  }),
  simulate: simulateOverdue,
  presets: OVERDUE_PRESETS,
  presetIds: OVERDUE_PRESET_IDS,
  url: async () => {
    const { readOverdueQuery, encodeOverdueQuery } = await import('../../engine/url-state');
    return { read: readOverdueQuery, encode: encodeOverdueQuery };
  },
};

/** The overdue simulator's state: the scenario form plus the "pay on day X or day Y" comparison. */
export class OverdueState extends ScenarioState<OverdueText, OverdueScenario, OverdueResult, OverduePresetId> {
  /** Comparison days as typed; not part of the shared URL (they are a question about the scenario, not the scenario). */
  compare = $state({ x: '7', y: '30' });
  #lastComparison: SettleComparison | null = null;

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
    const initial = (presetId ? findPreset('overdue', presetId) : null) ?? (structuredClone(DEFAULT_OVERDUE) as OverdueScenario);
    super(overdueCodec, initial);
    // Compare a quick payment with paying on the last simulated day.
    this.compare = { x: '7', y: String(Math.max(initial.dpd, 8)) };
  }

  set(key: OverdueKey, value: string): void {
    this.text[key] = value;
    this.touch();
  }

  /** Choosing Jiebei or Huabei rules fills in that product's penalty values; "custom" keeps what is there. */
  setRule(rule: string): void {
    this.text.rule = rule;
    if (rule === 'jiebei' || rule === 'huabei') {
      const values = PENALTY_PRESETS[rule];
      this.text.x = String(values.penaltyMultiplier);
      this.text.pd = String(values.penaltyDailyRate);
      this.text.g = String(values.graceDays);
    }
    this.touch();
  }

  setCompare(which: 'x' | 'y', value: string): void {
    this.compare[which] = value;
  }
}
