/**
 * What a missed repayment costs, day by day, and what it does to the credit report.
 *
 * Day 0 is the due date of the first missed installment; day d is d days past due (DPD). From that installment
 * on nothing is paid until `payOnDay` (if any), so in loan mode each later installment falls due on its own due
 * date and joins the overdue amount. Penalty interest (罚息) accrues per installment and per day from its first day
 * past due:
 *
 *   penalty_k(d) = ρ × base_k × (d − due_k)   for d − due_k > grace (0 while within the grace days)
 *   ρ (per day)  = penaltyMultiplier × contract daily rate + penaltyDailyRate
 *   base_k       = the installment's principal; plus its interest and fees for the `huabei` preset (charged "on the
 *                  overdue amount") or when `compound` (复利, "some contracts") is on
 *
 * Grace works "as if on time": settling within the grace days costs no penalty; after it, penalty counts from day 1.
 * The penalty is summed exactly and rounded to the fen each day, so it never falls while unpaid.
 *
 * Acceleration (提前到期, `accelerationDays` N, loan mode, off when absent): on day A = the oldest unpaid installment's
 * due day + N, the principal of every installment not yet due falls due at once and carries penalty from A (its
 * base_k uses due_k = A). Only the principal moves: each later installment's contract interest and fees still fall
 * due on their own dates, as scheduled, so the clause adds principal earlier and penalty on it and never lowers what
 * is owed. Contracts differ (some replace later interest by penalty interest), and N is the user's or an example's.
 *
 * "With and without": the result also carries the total on the shown day (payment day, else the last day) with
 * acceleration off (`compare.withoutAcceleration`) and with compound interest flipped (`compare.compoundFlipped`),
 * each null when the option changes nothing, so the reader sees both figures.
 *
 * Presets (`PENALTY_PRESETS`, sources in constants.ts): `jiebei` 1.5 × the contract daily rate on overdue
 * principal, no grace (FACTS §3 [W]); `huabei` 0.05 % a day on the overdue amount, no grace (FACTS §2 [W]);
 * `custom` the user's values. Examples: a 900-yuan Jiebei amount at 0.04 %/day, 30 days late:
 * 900 × 1.5 × 0.0004 × 30 = 16.20 yuan; Huabei 10,000 yuan, 30 days: 10,000 × 0.0005 × 30 = 150.00 yuan.
 *
 * Amount mode (`mode: 'amount'`) skips the schedule: `amountDue` falls due on `startDate` and is treated entirely as
 * overdue principal (an upper bound when it really is an installment containing interest).
 *
 * Each day's amounts are what it would take to clear the overdue on that day (installments due, their interest and
 * fees, penalty so far). Paying on `payOnDay` clears it; in loan mode the later installments are then paid on time.
 * The credit-report grid has one code per repayment period, as of that period's due date (see report.ts): the
 * number of due dates missed in a row by then (1 on the first missed due date, 2 a month later … 7 and up show 7), N
 * when nothing was overdue, C once an amount-mode debt is settled or a caught-up loan has ended. Due dates are
 * monthly from `startDate` with the month-end clamp (the 31st → Feb 28/29, Apr 30 …), so each month holds exactly
 * one; the grid lists those the simulation reaches. A payment 10 days late therefore shows 1 in one period only.
 * The record drops off 60 months after the month it was settled (`visibleUntil`); never while unsettled.
 */
import {
  DAYS_PER_YEAR_LENDER,
  FOUR_TIMES_LPR,
  HUABEI_GRACE_DAYS,
  HUABEI_PENALTY_DAILY_RATE,
  JIEBEI_GRACE_DAYS,
  JIEBEI_PENALTY_MULTIPLIER,
  LIMITS,
  LPR_AS_OF,
  NEGATIVE_RECORD_RETENTION_MONTHS,
} from './constants';
import { addMonths, civilDate, dayNumber, formatIsoDate, formatYearMonth, monthIndexOfDay } from './dates';
import { NOT_AN_OBJECT, REQUIRED, fail, ok, type FieldError, type Result } from './errors';
import { fen, roundHalfAwayFromZero, type Fen } from './money';
import { gridFrom, oneOffRepairApplies, oneOffRepairClearedBy, type ReportCode, type ReportMonth } from './report';
import type { OverdueMode, OverdueScenario, PenaltyPresetId } from './scenario';
import { loanResult, type LoanInput } from './schedule';
import { STAGES, type StageId } from './stages';
import { checkNumber, isRecord } from './validate-common';
import { validateOverdue } from './validate-overdue';

/** The penalty fields a product preset fills in (penaltyDailyRate in percent, as in the scenario). */
export interface PenaltyPreset {
  penaltyMultiplier: number;
  penaltyDailyRate: number;
  graceDays: number;
}

/**
 * Penalty values of the product presets, in scenario units. The UI copies them into the form when the user picks a
 * preset; the user may then edit each one. `custom` has no values of its own (it keeps what is in the form).
 * Sources: constants.ts `JIEBEI_PENALTY_MULTIPLIER`, `HUABEI_PENALTY_DAILY_RATE`, grace constants (as of 2026-02).
 *
 * @example PENALTY_PRESETS.jiebei // { penaltyMultiplier: 1.5, penaltyDailyRate: 0, graceDays: 0 }
 * @example PENALTY_PRESETS.huabei // { penaltyMultiplier: 0, penaltyDailyRate: 0.05, graceDays: 0 }
 */
export const PENALTY_PRESETS: Readonly<Record<'jiebei' | 'huabei', Readonly<PenaltyPreset>>> = Object.freeze({
  jiebei: Object.freeze({
    penaltyMultiplier: JIEBEI_PENALTY_MULTIPLIER,
    penaltyDailyRate: 0,
    graceDays: JIEBEI_GRACE_DAYS,
  }),
  huabei: Object.freeze({
    penaltyMultiplier: 0,
    penaltyDailyRate: HUABEI_PENALTY_DAILY_RATE * 100,
    graceDays: HUABEI_GRACE_DAYS,
  }),
});

/** A validated overdue scenario in engine units (see validateOverdue). */
export interface OverdueInput {
  scenario: OverdueScenario;
  mode: OverdueMode;
  loan: LoanInput;
  /** Fen. */
  amountDue: Fen;
  missedPeriod: number;
  dpd: number;
  preset: PenaltyPresetId;
  penaltyMultiplier: number;
  /** Decimal per day. */
  penaltyDailyRate: number;
  graceDays: number;
  compound: boolean;
  /** Days past due after which the remaining principal falls due (acceleration), or null for no such clause. */
  accelerationDays: number | null;
  payOnDay: number | null;
  /** Day number (days since 1970-01-01) of `startDate`. */
  startDay: number;
}

/** The state on one day; amounts in fen are what would clear the overdue on that day. */
export interface OverdueDay {
  /** Days since the missed due date (0…dpd). */
  day: number;
  /** Days past due of the oldest unpaid installment (0 on its due date, and once settled or before anything is due). */
  dpd: number;
  /** Principal of installments due and unpaid. */
  overduePrincipal: Fen;
  /** Contract interest of installments due and unpaid. */
  unpaidInterest: Fen;
  /** Penalty interest accrued (0 within the grace days). */
  penalty: Fen;
  /** Installment fees due and unpaid (fee-installment loans). */
  fees: Fen;
  /** overduePrincipal + unpaidInterest + penalty + fees. */
  total: Fen;
  /** Principal not yet due (later installments, paid on schedule once settled). Not part of `total`. */
  notDuePrincipal: Fen;
  /** Collection stage, or null when nothing is due (not yet, or settled). */
  stage: StageId | null;
}

/** The output of {@link simulateOverdue}. */
export interface OverdueResult {
  /** Due date of the missed installment (day 0), 'YYYY-MM-DD'. */
  dueDate: string;
  /** One entry per day, 0…dpd. The UI may downsample it. */
  days: OverdueDay[];
  /** The last simulated day (`days[dpd]`). */
  final: OverdueDay;
  /** Effective penalty rate ρ, decimal per day. */
  penaltyDailyRate: number;
  /** ρ × 360, the penalty as a lender-style annual rate, for comparison with the reference lines. */
  penaltyAnnualRate360: number;
  /** Whether unpaid interest and fees carry penalty too ('huabei' preset or compound on). */
  penaltyOnInterestAndFees: boolean;
  /** Day everything overdue was paid, or null. */
  settledDay: number | null;
  /** Date of that payment, 'YYYY-MM-DD', or null. */
  settledOn: string | null;
  /** Amount paid that day (fen), or null. */
  paid: Fen | null;
  /** Highest total owed in the simulation. */
  peakTotal: Fen;
  /** Whether a negative record is reported (something was overdue beyond the grace days). */
  negativeRecord: boolean;
  /**
   * One entry per repayment period whose due date the simulation reaches, from period 1 (or `startDate` in amount
   * mode), labelled with the month of its due date.
   */
  reportMonths: ReportMonth[];
  /** Worst code in the grid. */
  worstCode: ReportCode;
  /** Month the negative record drops off (settlement + 60 months); null when unsettled (never) or no record. */
  visibleUntil: string | null;
  /** The 2025 one-off repair (a past, dated policy): whether it would have covered this record, and when. */
  oneOffRepair: { applies: boolean; clearedBy: string | null };
  /**
   * The total on the shown day (the payment day, else the last day) with one option changed, for "with / without"
   * figures side by side; each null when that option changes nothing there. `withoutAcceleration`: the clause off
   * (only when it is on). `compoundFlipped`: compound interest switched on when it is off, off when it is on.
   */
  compare: { withoutAcceleration: Fen | null; compoundFlipped: Fen | null };
  /** Chart reference lines: the loan's APR; 4 × LPR (private lending only, not licensed lenders) and its date. */
  reference: { apr: number | null; fourTimesLpr: number; lprAsOf: string };
}

const ZERO = fen(0);

/** An installment that goes unpaid: its due day (relative to day 0) and parts in fen. */
interface Unpaid {
  offset: number;
  principal: Fen;
  interest: Fen;
  fee: Fen;
}

/**
 * Simulates a validated overdue scenario (engine units); see {@link simulateOverdue}.
 */
export function overdueResult(input: OverdueInput): OverdueResult {
  const loan = loanResult(input.loan);
  const start = civilDate(input.startDay);
  const dueDay0 = input.mode === 'loan' ? dayNumber(addMonths(start, input.missedPeriod - 1)) : input.startDay;

  const unpaid: Unpaid[] = [];
  if (input.mode === 'amount') {
    unpaid.push({ offset: 0, principal: input.amountDue, interest: ZERO, fee: ZERO });
  } else {
    const isFee = loan.costKind === 'fee';
    for (const row of loan.rows) {
      if (row.period < input.missedPeriod) continue;
      unpaid.push({
        offset: dayNumber(addMonths(start, row.period - 1)) - dueDay0,
        principal: row.principal,
        interest: isFee ? ZERO : row.interest,
        fee: isFee ? row.interest : ZERO,
      });
    }
  }

  const rho = input.penaltyMultiplier * loan.dailyRate + input.penaltyDailyRate;
  const withCosts = input.preset === 'huabei' || input.compound;
  const grace = input.graceDays;
  const horizon = input.dpd;
  const pay = input.payOnDay;

  // Oldest installment with something to pay: DPD counts from its due date.
  const firstDue = unpaid.find((u) => u.principal + u.interest + u.fee > 0);
  const firstOffset = firstDue ? firstDue.offset : Number.POSITIVE_INFINITY;
  // A record is reported once something is overdue beyond the grace days (settling within them leaves none).
  const negativeRecord = (pay ?? horizon) - firstOffset > grace;

  // The day-by-day amounts owed for `items` falling due on their days (sorted by offset); `costs`: whether interest
  // and fees carry penalty too. Run once for the result and once for each "with / without" figure.
  const series = (items: readonly Unpaid[], costs: boolean): OverdueDay[] => {
    let notDue = 0;
    for (const u of items) notDue += u.principal;

    const days: OverdueDay[] = new Array<OverdueDay>(horizon + 1);
    let next = 0; // next installment to fall due
    let graceNext = 0; // next installment to pass its grace days
    let principal = 0;
    let interest = 0;
    let fees = 0;
    let sumBase = 0; // Σ base_k over installments past their grace days
    let sumBaseOffset = 0; // Σ base_k × offset_k over the same
    let stage = 0; // index into STAGES

    for (let d = 0; d <= horizon; d++) {
      // Installments falling due today join the overdue amount (unless already settled).
      let u = items[next];
      while (u !== undefined && u.offset <= d) {
        notDue -= u.principal;
        principal += u.principal;
        interest += u.interest;
        fees += u.fee;
        u = items[++next];
      }
      if (pay !== null && d > pay) {
        days[d] = {
          day: d,
          dpd: 0,
          overduePrincipal: ZERO,
          unpaidInterest: ZERO,
          penalty: ZERO,
          fees: ZERO,
          total: ZERO,
          notDuePrincipal: notDue as Fen,
          stage: null,
        };
        continue;
      }
      // Installments whose grace days are over carry penalty from their first day past due.
      let g = items[graceNext];
      while (g !== undefined && d - g.offset > grace) {
        const base = g.principal + (costs ? g.interest + g.fee : 0);
        sumBase += base;
        sumBaseOffset += base * g.offset;
        g = items[++graceNext];
      }
      // Sums of whole fen are whole fen; the casts are type-only (this loop runs once per simulated day).
      const penalty = round(rho * (d * sumBase - sumBaseOffset)) as Fen;
      const total = (principal + interest + fees + penalty) as Fen;
      const owing = d >= firstOffset;
      const dpd = owing ? d - firstOffset : 0;
      // DPD only grows while unpaid, so the stage (as stageOn(dpd) gives it) only moves forward.
      while (stage < stageCount - 1 && dpd >= (firstDpds[stage + 1] as number)) stage++;
      days[d] = {
        day: d,
        dpd,
        overduePrincipal: principal as Fen,
        unpaidInterest: interest as Fen,
        penalty,
        fees: fees as Fen,
        total,
        notDuePrincipal: notDue as Fen,
        stage: owing ? (stageIds[stage] as StageId) : null,
      };
    }
    return days;
  };

  // Acceleration: from day A the principal of every installment due later falls due too; its interest and fees keep
  // their own due dates. A stable sort keeps the installments in due-day order.
  const accelerateOn = firstOffset + (input.accelerationDays ?? 0);
  // (Amount mode has one amount, due on day 0 ≤ A: nothing moves.)
  const accelerated =
    input.accelerationDays !== null
      ? unpaid
          .flatMap((u) =>
            u.offset > accelerateOn
              ? [
                  { ...u, offset: accelerateOn, interest: ZERO, fee: ZERO },
                  { ...u, principal: ZERO },
                ]
              : [u],
          )
          .sort((a, b) => a.offset - b.offset)
      : null;
  const days = series(accelerated ?? unpaid, withCosts);
  let peakTotal: Fen = ZERO;
  for (const d of days) if (d.total > peakTotal) peakTotal = d.total;
  const paid = pay === null ? null : (days[pay] as OverdueDay).total;

  // The shown day (payment day, else the last) with one option changed; null when that changes nothing.
  const shownDay = pay ?? horizon;
  const totalIf = (items: readonly Unpaid[], costs: boolean): Fen | null => {
    const other = (series(items, costs)[shownDay] as OverdueDay).total;
    return other === (days[shownDay] as OverdueDay).total ? null : other;
  };
  // Huabei's rule charges on interest and fees anyway, so flipping compound changes nothing there.
  const compare = {
    withoutAcceleration: accelerated && totalIf(unpaid, withCosts),
    compoundFlipped: totalIf(accelerated ?? unpaid, input.preset === 'huabei' || !input.compound),
  };

  // Report grid: one entry per due date reached (period 1's, or the amount's), each in a month of its own.
  const gridStart = monthIndexOfDay(input.startDay);
  const firstPeriod = negativeRecord ? monthIndexOfDay(dueDay0 + firstOffset) - gridStart : Number.POSITIVE_INFINITY;
  const lastDue = unpaid.length > 0 ? (unpaid[unpaid.length - 1] as Unpaid).offset : 0;
  const missed: number[] = [];
  let closedFrom: number | null = null;
  for (let p = 0; ; p++) {
    const due = dayNumber(addMonths(start, p)) - dueDay0;
    if (due > horizon) break;
    // Unpaid at the end of its due date: the due dates missed in a row so far. A payment on that day counts.
    const owing = p >= firstPeriod && (pay === null || due < pay);
    missed.push(owing ? p - firstPeriod + 1 : 0);
    // Closed once settled: an amount from its payment day, a loan once its last installment is behind it too.
    if (closedFrom === null && pay !== null && due >= pay && (input.mode === 'amount' || due > lastDue)) {
      closedFrom = gridStart + p;
    }
  }
  const reportMonths = gridFrom(gridStart, missed, closedFrom);
  let worstCode: ReportCode = 'N';
  for (const m of reportMonths)
    if (m.code >= '1' && m.code <= '7' && (worstCode === 'N' || m.code > worstCode)) worstCode = m.code;

  const settledOn = pay === null ? null : formatIsoDate(civilDate(dueDay0 + pay));
  const visibleUntil =
    negativeRecord && pay !== null
      ? formatYearMonth(monthIndexOfDay(dueDay0 + pay) + NEGATIVE_RECORD_RETENTION_MONTHS)
      : null;
  const applies =
    negativeRecord &&
    settledOn !== null &&
    oneOffRepairApplies({
      overdueFrom: formatIsoDate(civilDate(dueDay0 + firstOffset + 1)),
      overdueAmount: peakTotal,
      repaidOn: settledOn,
    });
  const final = days[horizon] as OverdueDay;
  return {
    dueDate: formatIsoDate(civilDate(dueDay0)),
    days,
    final,
    penaltyDailyRate: rho,
    penaltyAnnualRate360: rho * DAYS_PER_YEAR_LENDER,
    penaltyOnInterestAndFees: withCosts,
    settledDay: pay,
    settledOn,
    paid,
    peakTotal,
    negativeRecord,
    reportMonths,
    worstCode,
    visibleUntil,
    oneOffRepair: { applies, clearedBy: applies && settledOn ? oneOffRepairClearedBy(settledOn) : null },
    compare,
    reference: { apr: loan.apr, fourTimesLpr: FOUR_TIMES_LPR, lprAsOf: LPR_AS_OF },
  };
}

/**
 * Simulates a missed repayment typed by the user: validates the scenario (see validate.ts), then computes the
 * daily series, the collection stage of each day, the report grid (one code per period) and the drop-off month.
 *
 * Output amounts are integer fen; `visibleUntil` is 'YYYY-MM' (settlement month + 60) or null when the debt is never
 * settled in the simulation (an unsettled debt never starts the 5-year clock) or nothing was reported.
 * Never throws; bad input gives `{ ok: false, errors }`.
 *
 * @example
 * // Jiebei: 900 yuan overdue at a contract rate of 0.04 %/day, 30 days: penalty 900 × 0.0006 × 30 = 16.20 yuan
 * const r = simulateOverdue(OVERDUE_PRESETS['jiebei-30']);
 * // r.value.final.penalty → 1620; r.value.final.stage → 'calls'; r.value.visibleUntil → null (not paid)
 * @example
 * // Huabei: 10,000 yuan at 0.05 %/day for 30 days → penalty 15000 fen (150.00 yuan)
 * const h = simulateOverdue(OVERDUE_PRESETS['huabei-30']);
 * if (h.ok) h.value.final.penalty; // 15000
 */
export function simulateOverdue(s: unknown): Result<OverdueResult> {
  const v = validateOverdue(s);
  if (!v.ok) return fail(v.errors);
  return ok(overdueResult(v.value));
}

/** What settling on one day costs and leaves on the report. */
export interface SettleOutcome {
  day: number;
  /** Amount paid that day (fen). */
  paid: Fen;
  /** Of which penalty interest (fen). */
  penalty: Fen;
  /** Days past due when paying. */
  dpd: number;
  stage: StageId | null;
  worstCode: ReportCode;
  negativeRecord: boolean;
  visibleUntil: string | null;
  oneOffRepair: boolean;
}

/** The output of {@link compareSettleDays}. */
export interface SettleComparison {
  x: SettleOutcome;
  y: SettleOutcome;
  /** How much more the later day costs than the earlier one (fen, ≥ 0). */
  extraCost: Fen;
}

/**
 * "Pay on day X or on day Y?": simulates the scenario twice, settling on `dayX` and on `dayY` (each 0–1,825; the
 * scenario's own `dpd` and `payOnDay` are replaced by max(X, Y) and the day), and compares the outcomes.
 *
 * Validation: the days must be whole numbers 0–1,825 (errors on fields 'dayX', 'dayY'); the scenario as in
 * {@link simulateOverdue}.
 *
 * @example
 * // Huabei 10,000 yuan: paying on day 5 costs 25 yuan of penalty, on day 30 150 yuan → extraCost 12500 fen
 * const c = compareSettleDays(OVERDUE_PRESETS['huabei-30'], 5, 30);
 * if (c.ok) c.value.extraCost; // 12500
 */
export function compareSettleDays(s: unknown, dayX: unknown, dayY: unknown): Result<SettleComparison> {
  const errors: FieldError[] = [];
  const x = checkNumber(dayX, 'dayX', errors, LIMITS.dpd, 'integer');
  const y = checkNumber(dayY, 'dayY', errors, LIMITS.dpd, 'integer');
  if (!isRecord(s)) {
    errors.push({ field: 'scenario', code: s === undefined || s === null ? REQUIRED : NOT_AN_OBJECT });
  }
  if (errors.length > 0 || x === undefined || y === undefined || !isRecord(s)) return fail(errors);
  const horizon = Math.max(x, y);
  const run = (day: number): Result<SettleOutcome> => {
    const r = simulateOverdue({ ...s, dpd: horizon, payOnDay: day });
    if (!r.ok) return r;
    const v = r.value;
    const at = v.days[day] as OverdueDay;
    return ok({
      day,
      paid: at.total,
      penalty: at.penalty,
      dpd: at.dpd,
      stage: at.stage,
      worstCode: v.worstCode,
      negativeRecord: v.negativeRecord,
      visibleUntil: v.visibleUntil,
      oneOffRepair: v.oneOffRepair.applies,
    });
  };
  const rx = run(x);
  if (!rx.ok) return fail(rx.errors);
  const ry = run(y);
  if (!ry.ok) return fail(ry.errors);
  return ok({ x: rx.value, y: ry.value, extraCost: fen(Math.abs(ry.value.paid - rx.value.paid)) });
}

// Local bindings for the per-day loop (one module-binding look-up per load, not one per simulated day).
const round = roundHalfAwayFromZero;
const firstDpds: readonly number[] = STAGES.map((s) => s.minDpd);
const stageIds: readonly StageId[] = STAGES.map((s) => s.id);
const stageCount = STAGES.length;
