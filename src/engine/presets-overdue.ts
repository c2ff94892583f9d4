/** The overdue simulator's presets (see presets.ts). */
import { ACCELERATION_ILLUSTRATIVE_DAYS, BANK_PENALTY_MULTIPLIER_MAX } from './constants';
import { PENALTY_PRESETS } from './overdue';
import { deepFreeze } from './presets-common';
import { LOAN_PRESETS, huabei, jiebei12 } from './presets-loan';
import type { OverdueScenario } from './scenario';

/** Overdue preset ids. */
export const OVERDUE_PRESET_IDS = ['jiebei-30', 'huabei-30', 'shop-owner-20', 'stopped-365'] as const;
/** One of {@link OVERDUE_PRESET_IDS}. */
export type OverduePresetId = (typeof OVERDUE_PRESET_IDS)[number];

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
 * - `stopped-365`: loan mode, Jiebei 10,000 yuan / 12 months, stops paying from installment 1, 365 days, with an
 *   acceleration clause after 90 days (an illustrative trigger, `ACCELERATION_ILLUSTRATIVE_DAYS`; the result also
 *   shows the total without it). Before 2026-12 this preset had no acceleration.
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
    accelerationDays: ACCELERATION_ILLUSTRATIVE_DAYS,
    startDate: PRESET_START_DATE,
  },
} satisfies Record<OverduePresetId, OverdueScenario>);

/** The overdue simulator's default scenario (used when a URL has no preset). */
export const DEFAULT_OVERDUE: Readonly<OverdueScenario> = OVERDUE_PRESETS['jiebei-30'];
