/**
 * LoanLens simulator engine — framework-free TypeScript (no Astro, Svelte, chart.js or DOM imports).
 *
 * Concepts → modules:
 * - errors.ts     Result<T>, FieldError and the error-code constants the UI localizes
 * - constants.ts  every rate, limit and date the models use, each with its source and "as of" date
 * - money.ts      integer fen, half-away-from-zero rounding, even splits whose last part absorbs the remainder
 * - dates.ts      ISO date / month arithmetic without time zones (due dates, report months)
 * - rate.ts       daily ⇄ annual (×360 lender display, ×365 calendar), monthly rate, APR and EAR from an IRR
 * - irr.ts        NPV and a bracketed (Brent) IRR that returns null instead of a made-up number
 * - schedule.ts   loan schedules for five methods + simulateLoan (MODEL §1)
 * - loan-notices.ts  a loan's headline rate (simple rate for bullet loans) and the notices its figures need
 * - early-repayment.ts  "what if I repay all or part at month k?": the new schedule and what it saves
 * - compare.ts    two or three loan offers side by side: each simulated as a loan, ranked by cost and by rate
 * - minimum-repayment.ts  "what if I pay only the minimum of a Huabei bill?" against paying in full or in installments
 * - overdue.ts    penalty interest day by day, stages, report grid, drop-off + simulateOverdue (MODEL §2)
 * - stages.ts     collection stages by DPD and the illegal-practice ids with complaint channels (MODEL §3)
 * - report.ts     credit-report grid codes, the 5-year drop-off, the 2025 one-off repair (MODEL §4)
 * - score.ts      the illustrative "SimScore" model + simulateScore (MODEL §5)
 * - validate.ts   user units → engine units at every entry point (MODEL §Validation); one module per kind
 *                 (validate-loan/-overdue/-score.ts, built from validate-common.ts) so a page loads only its own
 * - scenario.ts   the scenario types, their option lists and the simulator kinds (imports nothing)
 * - presets.ts    named scenarios used by articles and `?preset=` URLs; one table per kind (presets-loan/-overdue/
 *                 -score.ts) so a page loads only its own
 *
 * Units: scenarios (inputs) are in user units — yuan, percent, months, days; results are in engine units —
 * integer fen for money, decimals for rates (0.1586 = 15.86 %).
 */
export * from './errors';
export {
  FOUR_TIMES_LPR,
  LPR_AS_OF,
  LPR_ONE_YEAR,
  HUABEI_INSTALLMENT_FEES,
  HUABEI_PENALTY_DAILY_RATE,
  JIEBEI_PENALTY_MULTIPLIER,
  JIEBEI_TYPICAL_DAILY_RATE,
  COLLECTION_QUIET_HOURS,
  MAX_CONNECTED_CALLS_PER_DAY,
  MAX_DIAL_ATTEMPTS_PER_DAY,
  NEGATIVE_RECORD_RETENTION_MONTHS,
  ONE_OFF_REPAIR_2025,
  SCORE_BAND,
  SCORE_DEFAULT,
  SCORE_MAX,
  SCORE_MAX_MONTHLY_FALL,
  SCORE_MAX_MONTHLY_RISE,
  SCORE_MIN,
  SCORE_PENALTY_BY_CODE,
  SCORE_RECOVERY_MONTHS,
  LIMITS,
} from './constants';
export { FEN_PER_YUAN, fenToYuan, yuanToFen, roundHalfAwayFromZero, isFen, type Fen } from './money';
export { addDaysIso, addMonthsToYearMonth } from './dates';
export { nominalRates, aprFromMonthlyIrr, earFromMonthlyIrr, type NominalRates } from './rate';
export { irr, npv } from './irr';
export {
  SIMULATOR_KINDS,
  LOAN_METHODS,
  RATE_TYPES,
  OVERDUE_MODES,
  PENALTY_RULES,
  OFFER_IDS,
  OFFER_COUNTS,
  type SimulatorKind,
  type LoanMethod,
  type RateType,
  type OverdueMode,
  type PenaltyPresetId,
  type LoanScenario,
  type OverdueScenario,
  type ScoreScenario,
  type ScoreEvent,
  type CompareScenario,
  type OfferId,
  type OfferCount,
  type ScenarioOf,
} from './scenario';
export { simulateLoan, type LoanResult, type LoanInput, type ScheduleRow } from './schedule';
export {
  earlyRepayment,
  EARLY_ADJUSTS,
  EARLY_FEE_KINDS,
  EARLY_REPAY_KINDS,
  type EarlyRepaymentResult,
  type EarlyRepaymentScenario,
} from './early-repayment';
export { simulateCompare, compareOffers, type CompareResult, type OfferResult } from './compare';
export { headlineRate, loanNotices, simpleAnnualRate, type HeadlineRate, type LoanNotice } from './loan-notices';
export {
  PENALTY_PRESETS,
  simulateOverdue,
  compareSettleDays,
  type OverdueResult,
  type OverdueDay,
  type OverdueInput,
  type PenaltyPreset,
  type SettleComparison,
  type SettleOutcome,
} from './overdue';
export {
  STAGES,
  STAGE_IDS,
  ILLEGAL_PRACTICES,
  COMPLAINT_CHANNELS,
  stageOn,
  stageIndex,
  type Stage,
  type StageId,
  type IllegalPractice,
  type ComplaintChannel,
  type PracticeBasis,
} from './stages';
export {
  REPORT_CODES,
  reportCodeForMissedPeriods,
  reportGrid,
  dropOffMonth,
  oneOffRepairApplies,
  oneOffRepairClearedBy,
  type ReportCode,
  type ReportMonth,
  type ReportGridInput,
  type OneOffRepairInput,
} from './report';
export {
  simulateScore,
  latePenalty,
  type ScoreResult,
  type ScorePoint,
  type ScoreEventSummary,
  type ScoreInput,
  type ScoreEventInput,
} from './score';
export { validateLoan, validateOverdue, validateScore, validateCompare } from './validate';
export {
  LOAN_PRESETS,
  COMPARE_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  LOAN_PRESET_IDS,
  COMPARE_PRESET_IDS,
  OVERDUE_PRESET_IDS,
  SCORE_PRESET_IDS,
  DEFAULT_LOAN,
  DEFAULT_COMPARE,
  DEFAULT_OVERDUE,
  DEFAULT_SCORE,
  PRESET_START_DATE,
  PRESETS,
  DEFAULTS,
  findPreset,
  presetIds,
  type LoanPresetId,
  type ComparePresetId,
  type OverduePresetId,
  type ScorePresetId,
} from './presets';
