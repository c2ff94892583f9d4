/**
 * What each simulator is asked, in the units a reader types (yuan, percent, months, days): the scenario types, the
 * option lists they draw from, and the list of simulators. Declared here once; validation, presets, the field
 * tables (src/simulators/<kind>/fields.ts) and the content schema all read them from here. This module imports
 * nothing, so any engine module can use it without an import cycle.
 */

/** The simulators, in the order pages list them. */
export const SIMULATOR_KINDS = ['loan', 'compare', 'overdue', 'score'] as const;
/** One of {@link SIMULATOR_KINDS}. */
export type SimulatorKind = (typeof SIMULATOR_KINDS)[number];

/** The repayment methods, in the order the UI lists them. */
export const LOAN_METHODS = [
  'equal-installment',
  'equal-principal',
  'interest-first',
  'fee-installment',
  'bullet',
] as const;
/** One of {@link LOAN_METHODS}. */
export type LoanMethod = (typeof LOAN_METHODS)[number];

/** Whether a rate is quoted per day or per year. */
export const RATE_TYPES = ['daily', 'annual'] as const;
/** One of {@link RATE_TYPES}. */
export type RateType = (typeof RATE_TYPES)[number];

/** Whether the overdue amount comes from a loan schedule or is typed directly. */
export const OVERDUE_MODES = ['loan', 'amount'] as const;
/** One of {@link OVERDUE_MODES}. */
export type OverdueMode = (typeof OVERDUE_MODES)[number];

/** Product penalty rules (`custom`: the reader's own values). */
export const PENALTY_RULES = ['jiebei', 'huabei', 'custom'] as const;
/** One of {@link PENALTY_RULES}. */
export type PenaltyPresetId = (typeof PENALTY_RULES)[number];

/**
 * A loan as the form and the URL carry it, in user-facing units.
 *
 * @example
 * // Jiebei-style: 10,000 yuan at 0.04 % a day for 12 months, equal installments
 * const s: LoanScenario = { principal: 10000, rateType: 'daily', rate: 0.04, term: 12, method: 'equal-installment', feeRate: 0 };
 */
export interface LoanScenario {
  /** Amount borrowed, yuan, 1–10,000,000, at most 2 decimals. */
  principal: number;
  /** Whether `rate` is per day or per year. */
  rateType: RateType;
  /** Percent: per day (0–1) when `rateType` is 'daily', per year (0–365) when 'annual'. Ignored by fee-installment. */
  rate: number;
  /** Number of monthly periods, integer 1–360. */
  term: number;
  /** Repayment method. */
  method: LoanMethod;
  /** Total fee for the whole term, percent of principal (0–100). Used only by `fee-installment`. */
  feeRate: number;
  /**
   * Yuan kept back when the loan is paid out (砍头息: interest or fees deducted in advance), ≥ 0 and below the
   * principal; absent when the full principal was received. The schedule is the contract's; the true cost is
   * measured on the money actually received (Civil Code Art. 670, FACTS-2 §A7 [V]).
   */
  deduction?: number;
}

/**
 * An overdue scenario as the form and the URL carry it, in user units.
 *
 * @example
 * // Huabei: 10,000 yuan overdue for 30 days
 * const s: OverdueScenario = { mode: 'amount', amountDue: 10000, loan: LOAN_PRESETS['huabei-12'], missedPeriod: 1,
 *   dpd: 30, preset: 'huabei', penaltyMultiplier: 0, penaltyDailyRate: 0.05, graceDays: 0, compound: false,
 *   startDate: '2026-01-10' };
 */
export interface OverdueScenario {
  /** 'loan': installments from the schedule of `loan`; 'amount': `amountDue` falls due on `startDate`. */
  mode: OverdueMode;
  /** The loan (its schedule in loan mode; its contract daily rate for the multiplier in both modes). */
  loan: LoanScenario;
  /** Amount overdue in amount mode, yuan (1–10,000,000, ≤ 2 decimals). Checked in both modes. */
  amountDue: number;
  /** First unpaid installment (1…term), loan mode. Nothing is paid from it on until `payOnDay`. */
  missedPeriod: number;
  /** Days simulated past the missed due date, 0–1,825. */
  dpd: number;
  /** Product rule (decides the penalty base: `huabei` charges on the whole overdue amount). */
  preset: PenaltyPresetId;
  /** Penalty daily rate as a multiple of the contract daily rate (0–10). */
  penaltyMultiplier: number;
  /** Penalty daily rate added to the multiple, percent per day (0–1). */
  penaltyDailyRate: number;
  /** Days after the due date within which settling costs no penalty (0–90). */
  graceDays: number;
  /** Also charge penalty interest on unpaid interest and fees (复利, some contracts). */
  compound: boolean;
  /**
   * Acceleration clause (提前到期), loan mode: once the oldest unpaid installment is this many days past due
   * (0–1,825), the principal of every later installment falls due too and carries penalty from then on. Absent =
   * no clause (installments fall due one by one). Ignored in amount mode (nothing is left to fall due).
   */
  accelerationDays?: number;
  /** Day (0…dpd) on which everything overdue is paid; absent = not paid within the simulation. */
  payOnDay?: number;
  /** Due date of period 1 ('YYYY-MM-DD', 2000–2099); in amount mode, the due date of `amountDue`. */
  startDate: string;
}

/** One overdue event of a score scenario (user units). */
export interface ScoreEvent {
  /** Month it happens, 1…months. */
  month: number;
  /** Worst days past due it reaches, 1–1,825 (drives the one-off drop). */
  dpd: number;
  /** Amount overdue, yuan (shown beside the event; the score model does not use it). */
  amount: number;
  /** Month it is settled (≥ month, ≤ 120), or null if never. */
  settledMonth: number | null;
}

/**
 * A score scenario as the form and the URL carry it.
 *
 * @example
 * // 650 to start, one payment 30 days late in month 3, paid in month 4, seven years shown
 * const s: ScoreScenario = { start: 650, months: 84, events: [{ month: 3, dpd: 30, amount: 900, settledMonth: 4 }] };
 */
export interface ScoreScenario {
  /** Starting score, whole number 350–950 (default 650). */
  start: number;
  /** Months simulated, 1–120. */
  months: number;
  /** At most 10 overdue events. */
  events: ScoreEvent[];
}

/** The offers a comparison can hold, in the order they are shown ('Offer A', 'Offer B', 'Offer C'). */
export const OFFER_IDS = ['a', 'b', 'c'] as const;
/** One of {@link OFFER_IDS}. */
export type OfferId = (typeof OFFER_IDS)[number];

/** How many offers are compared: the first two, or all three. */
export const OFFER_COUNTS = ['2', '3'] as const;
/** One of {@link OFFER_COUNTS}. */
export type OfferCount = (typeof OFFER_COUNTS)[number];

/**
 * Two or three loan offers side by side, each a {@link LoanScenario}. All three are always carried (and checked),
 * so switching from two offers to three brings back the third as it was.
 *
 * @example
 * // Jiebei at 0.04 % a day against Huabei's 12 installments, 10,000 yuan each
 * const s: CompareScenario = { count: '2', a: LOAN_PRESETS['jiebei-12'], b: LOAN_PRESETS['huabei-12'], c: LOAN_PRESETS['mybank-12'] };
 */
export interface CompareScenario {
  /** How many of the offers are compared: 'a' and 'b', or all three. */
  count: OfferCount;
  a: LoanScenario;
  b: LoanScenario;
  c: LoanScenario;
}

/** The scenario type of each simulator. */
export interface ScenarioOf {
  loan: LoanScenario;
  overdue: OverdueScenario;
  score: ScoreScenario;
  compare: CompareScenario;
}
