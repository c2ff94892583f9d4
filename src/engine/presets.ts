/**
 * Named scenario presets: what an article's `<Simulator kind="…" preset="…" />` and a `?preset=` URL open with.
 * Values in user units (yuan, percent). Every overdue preset has a fixed `startDate` so that build-time rendering
 * is deterministic. Figures come from constants.ts (sources and dates there); "illustrative" marks a figure that
 * is an example, not a product's published rate.
 */
import {
  HUABEI_INSTALLMENT_FEES,
  HUABEI_MINIMUM_REPAYMENT_DAILY_RATE,
  JIEBEI_TYPICAL_DAILY_RATE,
  BANK_PENALTY_MULTIPLIER_MAX,
  MYBANK_ILLUSTRATIVE_DAILY_RATE,
  SCORE_DEFAULT,
} from './constants';
import { PENALTY_PRESETS } from './overdue';
import type { LoanScenario, OverdueScenario, ScenarioOf, ScoreScenario, SimulatorKind } from './scenario';

/** Loan preset ids. */
export const LOAN_PRESET_IDS = [
  'jiebei-12',
  'jiebei-interest-first',
  'huabei-3',
  'huabei-6',
  'huabei-9',
  'huabei-12',
  'mybank-12',
  'card-minimum',
  'custom',
] as const;
/** Overdue preset ids. */
export const OVERDUE_PRESET_IDS = ['jiebei-30', 'huabei-30', 'shop-owner-20', 'stopped-365'] as const;
/** Score preset ids. */
export const SCORE_PRESET_IDS = ['one-late-30', 'unpaid-year'] as const;

/** One of {@link LOAN_PRESET_IDS}. */
export type LoanPresetId = (typeof LOAN_PRESET_IDS)[number];
/** One of {@link OVERDUE_PRESET_IDS}. */
export type OverduePresetId = (typeof OVERDUE_PRESET_IDS)[number];
/** One of {@link SCORE_PRESET_IDS}. */
export type ScorePresetId = (typeof SCORE_PRESET_IDS)[number];

/** Freezes an object and everything inside it, so a shared preset cannot be changed by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Percent, rounded to remove binary noise (0.0004 × 100 = 0.04, not 0.04000000000000001). */
const pct = (decimal: number): number => Number((decimal * 100).toPrecision(12));

const jiebei12: LoanScenario = {
  principal: 10_000,
  rateType: 'daily',
  rate: pct(JIEBEI_TYPICAL_DAILY_RATE),
  term: 12,
  method: 'equal-installment',
  feeRate: 0,
};

const huabei = (term: 3 | 6 | 9 | 12): LoanScenario => ({
  principal: 10_000,
  rateType: 'daily',
  rate: 0,
  term,
  method: 'fee-installment',
  feeRate: pct(HUABEI_INSTALLMENT_FEES[term]),
});

/**
 * Loan presets:
 * - `jiebei-12`: 10,000 yuan at 0.04 %/day (Jiebei's typical rate), 12 months, equal installments (等额本息).
 * - `jiebei-interest-first`: the same, interest first (先息后本).
 * - `huabei-3/6/9/12`: 10,000 yuan in 3/6/9/12 Huabei installments at the reported fees 2.5/4.5/6.5/8.8 %.
 * - `mybank-12`: 50,000 yuan at 0.05 %/day, 12 months, equal installments — illustrative (no published MYbank rate).
 * - `card-minimum`: 10,000 yuan carried for 12 months at the minimum-repayment rate of 0.05 %/day, modelled as
 *   interest-first: each month you pay only that month's interest, the balance at the end. It is the upper bound
 *   of "paying the minimum": real minimum payments (≈ 10 % of the bill) also repay some principal. The engine has no
 *   revolving-credit model, and `bullet` would understate the cost (no interest on interest, one payment).
 * - `custom`: the values of `jiebei-12`, as a starting point.
 *
 * @example LOAN_PRESETS['huabei-12'] // { principal: 10000, rateType: 'daily', rate: 0, term: 12, method: 'fee-installment', feeRate: 8.8 }
 */
export const LOAN_PRESETS: Readonly<Record<LoanPresetId, Readonly<LoanScenario>>> = deepFreeze({
  'jiebei-12': jiebei12,
  'jiebei-interest-first': { ...jiebei12, method: 'interest-first' },
  'huabei-3': huabei(3),
  'huabei-6': huabei(6),
  'huabei-9': huabei(9),
  'huabei-12': huabei(12),
  'mybank-12': {
    principal: 50_000,
    rateType: 'daily',
    rate: pct(MYBANK_ILLUSTRATIVE_DAILY_RATE),
    term: 12,
    method: 'equal-installment',
    feeRate: 0,
  },
  'card-minimum': {
    principal: 10_000,
    rateType: 'daily',
    rate: pct(HUABEI_MINIMUM_REPAYMENT_DAILY_RATE),
    term: 12,
    method: 'interest-first',
    feeRate: 0,
  },
  custom: { ...jiebei12 },
} satisfies Record<LoanPresetId, LoanScenario>);

/** The fixed start date of every overdue preset (due date of period 1). */
export const PRESET_START_DATE = '2026-01-10';

const jiebeiRule = { preset: 'jiebei', ...PENALTY_PRESETS.jiebei } as const;
const huabeiRule = { preset: 'huabei', ...PENALTY_PRESETS.huabei } as const;

/**
 * Overdue presets (all start 2026-01-10, nothing paid within the simulation):
 * - `jiebei-30`: amount mode, a 900-yuan Jiebei installment at a 0.04 %/day contract rate, Jiebei rules, 30 days
 *   → penalty 900 × 1.5 × 0.04 % × 30 = 16.20 yuan (MODEL §2's example).
 * - `huabei-30`: amount mode, 10,000 yuan, Huabei rules (0.05 %/day), 30 days → 150.00 yuan.
 * - `shop-owner-20`: loan mode, 50,000 yuan at 0.05 %/day over 12 months (equal installments), period 1 missed,
 *   20 days; custom rule 1.5 × the contract rate (the top of the PBOC range for bank penalty rates) —
 *   illustrative, MYbank's contract figure is not known.
 * - `stopped-365`: loan mode, Jiebei 10,000 yuan / 12 months, stops paying from installment 1, 365 days.
 *
 * @example OVERDUE_PRESETS['huabei-30'].amountDue // 10000
 */
export const OVERDUE_PRESETS: Readonly<Record<OverduePresetId, Readonly<OverdueScenario>>> = deepFreeze({
  'jiebei-30': {
    mode: 'amount',
    loan: jiebei12,
    amountDue: 900,
    missedPeriod: 1,
    dpd: 30,
    ...jiebeiRule,
    compound: false,
    startDate: PRESET_START_DATE,
  },
  'huabei-30': {
    mode: 'amount',
    loan: huabei(12),
    amountDue: 10_000,
    missedPeriod: 1,
    dpd: 30,
    ...huabeiRule,
    compound: false,
    startDate: PRESET_START_DATE,
  },
  'shop-owner-20': {
    mode: 'loan',
    loan: LOAN_PRESETS['mybank-12'],
    amountDue: 50_000,
    missedPeriod: 1,
    dpd: 20,
    preset: 'custom',
    penaltyMultiplier: BANK_PENALTY_MULTIPLIER_MAX,
    penaltyDailyRate: 0,
    graceDays: 0,
    compound: false,
    startDate: PRESET_START_DATE,
  },
  'stopped-365': {
    mode: 'loan',
    loan: jiebei12,
    amountDue: 10_000,
    missedPeriod: 1,
    dpd: 365,
    ...jiebeiRule,
    compound: false,
    startDate: PRESET_START_DATE,
  },
} satisfies Record<OverduePresetId, OverdueScenario>);

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

/** The default scenario of each simulator (used when a URL has no preset). */
export const DEFAULT_LOAN: Readonly<LoanScenario> = LOAN_PRESETS.custom;
/** @see DEFAULT_LOAN */
export const DEFAULT_OVERDUE: Readonly<OverdueScenario> = OVERDUE_PRESETS['jiebei-30'];
/** @see DEFAULT_LOAN */
export const DEFAULT_SCORE: Readonly<ScoreScenario> = SCORE_PRESETS['one-late-30'];

/** Every simulator's presets, by kind. */
export const PRESETS: { readonly [K in SimulatorKind]: Readonly<Record<string, Readonly<ScenarioOf[K]>>> } = {
  loan: LOAN_PRESETS,
  overdue: OVERDUE_PRESETS,
  score: SCORE_PRESETS,
};

/** Every simulator's default scenario (used when a URL has no preset), by kind. */
export const DEFAULTS: { readonly [K in SimulatorKind]: Readonly<ScenarioOf[K]> } = {
  loan: DEFAULT_LOAN,
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
  const table: Readonly<Record<string, unknown>> = PRESETS[kind];
  if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(table, id)) return null;
  return structuredClone(table[id]) as ScenarioOf[K];
}

/** Ids of every preset of a kind. @example presetIds('score') // ['one-late-30', 'unpaid-year'] */
export function presetIds(kind: SimulatorKind): readonly string[] {
  return kind === 'loan' ? LOAN_PRESET_IDS : kind === 'overdue' ? OVERDUE_PRESET_IDS : SCORE_PRESET_IDS;
}
