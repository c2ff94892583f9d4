/** The offer comparison's presets (see presets.ts): loans from the loan presets, side by side. */
import { MYBANK_ILLUSTRATIVE_DAILY_RATE } from './constants';
import { deepFreeze } from './presets-common';
import { huabei, jiebei12 } from './presets-loan';
import type { CompareScenario, LoanScenario } from './scenario';

/** Comparison preset ids. */
export const COMPARE_PRESET_IDS = ['jiebei-huabei-mybank', 'repayment-methods', 'money-kept-back', 'custom'] as const;
/** One of {@link COMPARE_PRESET_IDS}. */
export type ComparePresetId = (typeof COMPARE_PRESET_IDS)[number];

/** 10,000 yuan at MYbank's illustrative rate (no published MYbank rate: FACTS), 12 months, equal installments. */
const mybank10k: LoanScenario = { ...jiebei12, rate: MYBANK_ILLUSTRATIVE_DAILY_RATE * 100 };

/**
 * Comparison presets, 10,000 yuan over 12 months in every offer so that totals compare like with like:
 * - `jiebei-huabei-mybank`: Jiebei at its typical 0.04 %/day, Huabei's 12 installments at the reported 8.8 % fee,
 *   and MYbank at an illustrative 0.05 %/day.
 * - `repayment-methods`: the same Jiebei loan repaid three ways: equal installments, equal principal, interest first.
 * - `money-kept-back`: the same Jiebei loan, received in full or with 500 yuan kept back at payout (砍头息).
 * - `custom`: the values of `jiebei-huabei-mybank`, as a starting point.
 */
export const COMPARE_PRESETS: Readonly<Record<ComparePresetId, Readonly<CompareScenario>>> = deepFreeze({
  'jiebei-huabei-mybank': { count: '3', a: jiebei12, b: huabei(12), c: mybank10k },
  'repayment-methods': {
    count: '3',
    a: jiebei12,
    b: { ...jiebei12, method: 'equal-principal' },
    c: { ...jiebei12, method: 'interest-first' },
  },
  'money-kept-back': { count: '2', a: jiebei12, b: { ...jiebei12, deduction: 500 }, c: mybank10k },
  custom: { count: '3', a: jiebei12, b: huabei(12), c: mybank10k },
} satisfies Record<ComparePresetId, CompareScenario>);

/** The comparison's default scenario (used when a URL has no preset). */
export const DEFAULT_COMPARE: Readonly<CompareScenario> = COMPARE_PRESETS.custom;
