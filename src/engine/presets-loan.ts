/** The loan simulator's presets (see presets.ts). */
import {
  HUABEI_INSTALLMENT_FEES,
  HUABEI_MINIMUM_REPAYMENT_DAILY_RATE,
  JIEBEI_TYPICAL_DAILY_RATE,
  MYBANK_ILLUSTRATIVE_DAILY_RATE,
} from './constants';
import { deepFreeze } from './presets-common';
import type { LoanScenario } from './scenario';

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
/** One of {@link LOAN_PRESET_IDS}. */
export type LoanPresetId = (typeof LOAN_PRESET_IDS)[number];

/** Percent, rounded to remove binary noise (0.0004 × 100 = 0.04, not 0.04000000000000001). */
const pct = (decimal: number): number => Number((decimal * 100).toPrecision(12));

/** 10,000 yuan from Jiebei at its typical rate, 12 months, equal installments (also the loan of overdue presets). */
export const jiebei12: LoanScenario = {
  principal: 10_000,
  rateType: 'daily',
  rate: pct(JIEBEI_TYPICAL_DAILY_RATE),
  term: 12,
  method: 'equal-installment',
  feeRate: 0,
};

/** 10,000 yuan in Huabei installments (also the loan of an overdue preset). */
export const huabei = (term: 3 | 6 | 9 | 12): LoanScenario => ({
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

/** The loan simulator's default scenario (used when a URL has no preset). */
export const DEFAULT_LOAN: Readonly<LoanScenario> = LOAN_PRESETS.custom;
