/**
 * Loan schedules (还款计划) and their true cost.
 *
 * Five repayment methods, one row per monthly period, every amount in integer fen:
 *
 * | method              | 中文          | each period                                                        |
 * |---------------------|---------------|--------------------------------------------------------------------|
 * | `equal-installment` | 等额本息      | payment A = P·r / (1 − (1+r)^−n); r = 0 → P/n                       |
 * | `equal-principal`   | 等额本金      | principal P/n; interest = balance × r                               |
 * | `interest-first`    | 先息后本      | interest P × r; the whole principal with the last period            |
 * | `fee-installment`   | 分期手续费    | principal P/n + fee P·F/n (F = total fee for the term); no interest |
 * | `bullet`            | 到期一次还本付息 | nothing until the last period: P + P·r·n (simple interest)      |
 *
 * P = principal (fen), n = term (months), r = monthly periodic rate = annual / 12 (annual = daily × 360 for a
 * daily rate). Amounts are rounded half away from zero when produced; the last period absorbs the remainder, so
 * the principal parts add up to P exactly. Interest is rounded the way a lender's schedule rounds it: each period
 * charges round(balance × r) on the balance actually left, computed with the typed rate as an exact decimal, so
 * every row of an interest-bearing schedule reconciles to the fen with balance × r. The true cost is the IRR of the
 * cash flows (−P at month 0, then each payment): APR = IRR × 12, EAR = (1 + IRR)^12 − 1.
 */
import { fail, ok, type Result } from './errors';
import { irr } from './irr';
import { fen, roundToFen, roundedProduct, splitEvenly, type Fen, type Ratio } from './money';
import { aprFromMonthlyIrr, earFromMonthlyIrr, exactMonthlyRate, nominalRates } from './rate';
import type { LoanMethod, LoanScenario, RateType } from './scenario';
import { validateLoan } from './validate-loan';

/** A validated loan in engine units (see validateLoan). */
export interface LoanInput {
  /** The cleaned scenario it came from (user units, known fields only). */
  scenario: LoanScenario;
  /** Principal, fen. */
  principal: Fen;
  rateType: RateType;
  /** The typed rate as a decimal (0.0004 for 0.04 %). */
  rate: number;
  term: number;
  method: LoanMethod;
  /** Total fee for the term as a decimal (0.088 for 8.8 %). */
  feeRate: number;
  /** Kept back when the loan was paid out, fen (0 when the full principal was received). */
  deduction: Fen;
}

/** One period of a schedule; every amount in fen. */
export interface ScheduleRow {
  /** 1-based period (month) number. */
  period: number;
  /** Paid this period: principal + interest. */
  payment: Fen;
  /** Principal repaid this period. */
  principal: Fen;
  /** Interest this period, or the installment fee for `fee-installment` (see LoanResult.costKind). */
  interest: Fen;
  /** Principal still owed after this period. */
  balance: Fen;
}

/** The output of {@link simulateLoan}. Amounts in fen; rates are decimals (0.1586 = 15.86 %). */
export interface LoanResult {
  /** Principal, fen. */
  principal: Fen;
  /** What the borrower actually received: the principal less any upfront deduction, fen. */
  received: Fen;
  term: number;
  method: LoanMethod;
  /** What the `interest` column holds: contract interest, or the installment fee of `fee-installment`. */
  costKind: 'interest' | 'fee';
  rows: ScheduleRow[];
  totals: {
    /** Sum of all payments. */
    paid: Fen;
    /** Sum of principal parts: always equal to the principal. */
    principal: Fen;
    /** paid − principal: everything the loan costs. */
    interestAndFees: Fen;
  };
  /** IRR of the cash flows per month; null when the IRR has no solution. */
  monthlyIrr: number | null;
  /** APR = monthlyIrr × 12 (the disclosure rate of PBOC Announcement [2021] No. 3); null when no IRR. */
  apr: number | null;
  /** EAR = (1 + monthlyIrr)^12 − 1; null when no IRR. */
  ear: number | null;
  /**
   * Displayed nominal rates. For `fee-installment` these are the fee expressed as a rate on the original principal,
   * the way fees are advertised (monthly = F / n, annual360 = 12·F / n), which is what makes them look cheap.
   */
  dailyRate: number;
  monthlyRate: number;
  annualRate360: number;
  annualRate365: number;
}

/**
 * Builds the schedule of a validated loan (engine units). Use {@link simulateLoan} for user input.
 *
 * Formulas per method are in this module's header. Rounding: each amount is rounded to the fen (half away from
 * zero) when it is produced, and the last period takes whatever principal is left.
 *
 * Equal installments follow the lender's convention: the payment A = round(P·r / (1 − (1+r)^−n)) is the same every
 * period but the last; each period's interest is round(balance × r), its principal A − interest, and the last
 * period pays the balance left plus its interest, so the balance ends at exactly 0. The payment's own rounding
 * (under half a fen) therefore accumulates in the balance and is settled by the last payment: a few fen on a
 * typical loan, more over long terms at high rates, where a rounded-up payment can even repay the loan a few months
 * early (the months after pay ¥0.00; see loan-notices.ts). A never falls below the first interest (round is
 * monotonic and A > P·r), so no principal part is negative. With r = 0 it is P/n per period, the last absorbing the
 * remainder.
 *
 * @example
 * // 20,000 yuan, 12 % a year (r = 1 %), 12 months, equal installments
 * buildSchedule({ principal: 2_000_000, rateType: 'annual', rate: 0.12, term: 12, method: 'equal-installment', feeRate: 0, scenario })
 * // rows[0] → { period: 1, payment: 177698, principal: 157698, interest: 20000, balance: 1842302 }
 */
export function buildSchedule(input: LoanInput): ScheduleRow[] {
  const P = input.principal;
  const n = input.term;
  const r = nominalRates(input.rateType, input.rate).monthly;
  const exact = exactMonthlyRate(input.rateType, input.scenario.rate);
  switch (input.method) {
    case 'equal-installment':
      return r === 0 ? evenPrincipalRows(P, n, () => fen(0)) : equalInstallmentRows(P, n, r, exact);
    case 'equal-principal':
      return evenPrincipalRows(P, n, (balance) => roundedProduct(balance, exact));
    case 'fee-installment': {
      const fees = splitEvenly(roundToFen(P * input.feeRate), n);
      return evenPrincipalRows(P, n, (_balance, k) => fees[k - 1] ?? fen(0));
    }
    case 'interest-first': {
      const interest = roundedProduct(P, exact);
      const rows: ScheduleRow[] = [];
      for (let k = 1; k <= n; k++) rows.push(row(k, k === n ? P : 0, interest, k === n ? 0 : P));
      return rows;
    }
    case 'bullet': {
      const rows: ScheduleRow[] = [];
      for (let k = 1; k < n; k++) rows.push(row(k, 0, 0, P));
      rows.push(row(n, P, roundedProduct(P, exact, n), 0));
      return rows;
    }
  }
}

/** One schedule row from whole-fen parts; the payment is their sum. */
export function row(period: number, principal: number, interest: number, balance: number): ScheduleRow {
  return {
    period,
    payment: fen(principal + interest),
    principal: fen(principal),
    interest: fen(interest),
    balance: fen(balance),
  };
}

/** Principal split evenly (last absorbs the remainder); `interestOf(balanceBefore, period)` gives the other part. */
function evenPrincipalRows(P: Fen, n: number, interestOf: (balance: Fen, period: number) => Fen): ScheduleRow[] {
  const parts = splitEvenly(P, n);
  const rows: ScheduleRow[] = [];
  let balance = P;
  for (let k = 1; k <= n; k++) {
    const principal = parts[k - 1] ?? 0;
    const interest = interestOf(balance, k);
    balance = fen(balance - principal);
    rows.push(row(k, principal, interest, balance));
  }
  return rows;
}

/**
 * Equal installments, the lender's way (see {@link buildSchedule}); `r` is `exact` as a float, for the payment.
 * Also used by early-repayment.ts to re-amortise what is left after an early repayment (periods numbered from 1).
 */
export function equalInstallmentRows(P: Fen, n: number, r: number, exact: Ratio): ScheduleRow[] {
  const payment = roundToFen((P * r) / -Math.expm1(-n * Math.log1p(r)));
  const rows: ScheduleRow[] = [];
  let balance: Fen = P;
  for (let k = 1; k <= n; k++) {
    const interest = roundedProduct(balance, exact);
    // The last period settles the balance; before it, a payment never repays more than is owed.
    const principal = k === n ? balance : Math.min(balance, Math.max(0, payment - interest));
    balance = fen(balance - principal);
    rows.push(row(k, principal, interest, balance));
  }
  return rows;
}

/**
 * Computes a validated loan's result (schedule, totals, true cost); see {@link simulateLoan}.
 */
export function loanResult(input: LoanInput): LoanResult {
  const rows = buildSchedule(input);
  let paid = 0;
  let principal = 0;
  // The true cost is measured on the money actually received (Art. 670): what was deducted was never lent.
  const received = fen(input.principal - input.deduction);
  const flows: number[] = [-received];
  for (const row of rows) {
    paid += row.payment;
    principal += row.principal;
    flows.push(row.payment);
  }
  const monthlyIrr = irr(flows);
  const isFee = input.method === 'fee-installment';
  const rates = isFee
    ? nominalRates('annual', (input.feeRate * 12) / input.term)
    : nominalRates(input.rateType, input.rate);
  return {
    principal: input.principal,
    received,
    term: input.term,
    method: input.method,
    costKind: isFee ? 'fee' : 'interest',
    rows,
    totals: { paid: fen(paid), principal: fen(principal), interestAndFees: fen(paid - principal) },
    monthlyIrr,
    apr: monthlyIrr === null ? null : aprFromMonthlyIrr(monthlyIrr),
    ear: monthlyIrr === null ? null : earFromMonthlyIrr(monthlyIrr),
    dailyRate: rates.daily,
    monthlyRate: rates.monthly,
    annualRate360: rates.annual360,
    annualRate365: rates.annual365,
  };
}

/**
 * Simulates a loan typed by the user: validates it, builds the schedule and measures its true cost.
 *
 * Input: a {@link LoanScenario} in user units (yuan, percent), as `unknown` because it comes from a form or a URL.
 * Output: `{ ok: true, value: LoanResult }` with every amount in integer fen, or `{ ok: false, errors }` listing
 * every bad field (see errors.ts). Never throws, never returns NaN, Infinity or a negative amount.
 *
 * APR = IRR × 12 over the actual cash flows, EAR = (1 + IRR)^12 − 1; a 0 % loan has APR 0 and costs 0.
 *
 * @example
 * // 10,000 yuan at 0.04 % a day (14.4 % a year as displayed), 12 months, equal installments
 * const r = simulateLoan({ principal: 10000, rateType: 'daily', rate: 0.04, term: 12, method: 'equal-installment', feeRate: 0 });
 * // r.value.rows[0].payment → 89975 (899.75 yuan); r.value.totals.interestAndFees → 79705 (≈ 797 yuan; the last payment, 899.80, settles the rounding)
 * // r.value.annualRate360 → 0.144, r.value.annualRate365 → 0.146, r.value.apr → ≈ 0.144, r.value.ear → ≈ 0.1539
 * @example
 * // Huabei 12-month installment, 8.8 % total fee: advertised 0.73 % a month, APR ≈ 15.86 %
 * simulateLoan({ principal: 10000, rateType: 'daily', rate: 0, term: 12, method: 'fee-installment', feeRate: 8.8 })
 */
export function simulateLoan(s: unknown): Result<LoanResult> {
  const v = validateLoan(s);
  if (!v.ok) return fail(v.errors);
  return ok(loanResult(v.value));
}
