/**
 * Early repayment (提前还款): "what if I repay all or part of the loan right after my k-th payment?"
 *
 * The first k rows of the schedule stand as they were. Right after the k-th payment the borrower repays X fen of
 * the principal still owed B (X = B for "all"), plus an optional fee, and interest then runs on B − X only:
 *
 * | method              | after an early repayment of X at month k                                              |
 * |---------------------|---------------------------------------------------------------------------------------|
 * | `equal-installment` | shorten: the same payment A until the balance is cleared (at month n at the latest);   |
 * |                     | lower: A' = round(pmt(r, n − k, B − X)) over the n − k months left (lender's rounding)  |
 * | `equal-principal`   | shorten: the same principal part each month; lower: B − X split evenly over n − k      |
 * | `interest-first`    | round((B − X) × r) a month, B − X with the last; the term stays (shorten = lower)       |
 * | `bullet`            | X pays its simple interest to month k now, round(X·r·k); the rest, B − X, pays at n    |
 * |                     | its share of the original interest, round(P·r·n) − round(X·r·n)                        |
 * | `fee-installment`   | all only: the installment fees of months k+1…n are not charged (unless the fee says so) |
 *
 * Interest is round(balance × r) with the typed rate as an exact decimal, as in schedule.ts; amounts in fen. A
 * repayment of 0 re-schedules nothing (the rows after k are the original ones), so "repaying nothing" never moves a
 * figure by a rounding fen. The fee is what the reader's contract says; FACTS gives no product's figure, so the
 * default is none: a percent of X (rounded to the fen), or, for fee installments, "the remaining installment fees
 * are still charged" (Σ of months k+1…n, due with the repayment).
 *
 * @example
 * // 12,000 yuan at 12 % a year (r = 1 %), 12 months, equal principal, all repaid after 6 payments:
 * // balance 6,000 yuan; interest saved = 1 % × (6,000 + 5,000 + … + 1,000) = 210 yuan
 * earlyRepayment(loan, { month: 6, repay: 'all', amount: 0, adjust: 'shorten', fee: 'none', feeRate: 0 })
 * // → value.costSaved 21000, value.rows [], value.lastMonth 6
 */
import { fail, ok, safely, UNKNOWN_OPTION, type FieldError, type Result } from './errors';
import { LIMITS } from './constants';
import { fen, fenToYuan, roundToFen, roundedProduct, splitEvenly, yuanToFen, type Fen, type Ratio } from './money';
import { exactMonthlyRate, nominalRates } from './rate';
import { buildSchedule, equalInstallmentRows, row, type LoanInput, type ScheduleRow } from './schedule';
import { checkNumber, checkOption, checkRecord } from './validate-common';

/** Repay everything owed, or a part of it. */
export const EARLY_REPAY_KINDS = ['all', 'part'] as const;
/** After a part is repaid: keep the payment and end sooner, or keep the end date and pay less each month. */
export const EARLY_ADJUSTS = ['shorten', 'lower'] as const;
/** The early-repayment fee: none, a percent of the amount repaid, or the remaining installment fees. */
export const EARLY_FEE_KINDS = ['none', 'percent', 'remaining-fees'] as const;

/** The question, in user units (as a form holds it). */
export interface EarlyRepaymentScenario {
  /** Payments made before repaying early, whole months, 0 to term − 1. */
  month: number;
  repay: (typeof EARLY_REPAY_KINDS)[number];
  /** Yuan repaid early when `repay` is 'part' (0 to the balance, at most 2 decimals); ignored for 'all'. */
  amount: number;
  /** Ignored for 'all', and for interest-first and bullet loans, whose term and payments have one shape. */
  adjust: (typeof EARLY_ADJUSTS)[number];
  /** 'remaining-fees' is for fee installments only. */
  fee: (typeof EARLY_FEE_KINDS)[number];
  /** Percent of the amount repaid early, 0–100, when `fee` is 'percent'; ignored otherwise. */
  feeRate: number;
}

/** The answer; amounts in fen. "Cost" is interest, or the installment fees of a fee-installment loan. */
export interface EarlyRepaymentResult {
  month: number;
  /** Principal owed right after the k-th payment, before repaying early. */
  balanceBefore: Fen;
  /** Principal repaid early. */
  repaid: Fen;
  /** Interest paid with the early repayment (bullet loans: the repaid part's interest to month k); else 0. */
  accrued: Fen;
  /** The early-repayment fee. */
  fee: Fen;
  /** The new schedule after month k (periods k+1…); empty when nothing is left to pay. */
  rows: ScheduleRow[];
  /** Cost of the original schedule. */
  originalCost: Fen;
  /** Cost of the new plan: rows 1…k, the accrued interest and the new rows (the fee is not a cost here). */
  cost: Fen;
  /** originalCost − cost: interest (or installment fees) no longer charged. */
  costSaved: Fen;
  /** costSaved − fee, in fen; negative when the fee is more than what is saved. */
  netSaving: number;
  /** Everything paid from month 1: payments, the early repayment, its interest and the fee. */
  paid: Fen;
  /** Everything the original schedule pays. */
  originalPaid: Fen;
  /** The first payment after month k (what the reader pays from then on); null when nothing is left. */
  newPayment: Fen | null;
  /** The original schedule's first payment after month k, to compare; null when it has none. */
  originalPayment: Fen | null;
  /** The month of the last payment that is not ¥0 (k when all is repaid then); the original's, to compare. */
  lastMonth: number;
  originalLastMonth: number;
}

const sum = (rows: readonly ScheduleRow[], key: 'payment' | 'interest') =>
  fen(rows.reduce((total, row) => total + row[key], 0));
const lastPaying = (rows: readonly ScheduleRow[], otherwise: number) =>
  rows.reduce((last, row) => (row.payment > 0 ? row.period : last), otherwise);

/**
 * What repaying early at month k changes, for a validated loan (see validateLoan) and an early-repayment
 * question as typed ({@link EarlyRepaymentScenario}, `unknown` because it comes from a form). Never throws: bad
 * input comes back as field errors ('month', 'repay', 'amount', 'adjust', 'fee', 'feeRate').
 */
export function earlyRepayment(loan: LoanInput, question: unknown): Result<EarlyRepaymentResult> {
  return safely(question, (q) => {
    const original = buildSchedule(loan);
    const checked = validateQuestion(loan, original, q);
    if (!checked.ok) return fail(checked.errors);
    return ok(answer(loan, original, checked.value));
  });
}

interface Checked {
  month: number;
  /** Fen repaid early. */
  repaid: Fen;
  adjust: EarlyRepaymentScenario['adjust'];
  fee: EarlyRepaymentScenario['fee'];
  /** Decimal (0.01 for 1 %). */
  feeRate: number;
}

function balanceAfter(loan: LoanInput, original: readonly ScheduleRow[], month: number): Fen {
  return month === 0 ? loan.principal : (original[month - 1]?.balance ?? fen(0));
}

function validateQuestion(loan: LoanInput, original: readonly ScheduleRow[], q: unknown): Result<Checked> {
  const errors: FieldError[] = [];
  const record = checkRecord(q, 'scenario', errors);
  if (!record) return fail(errors);
  const month = checkNumber(record.month, 'month', errors, { min: 0, max: loan.term - 1 }, 'integer');
  const repay = checkOption(record.repay, 'repay', errors, EARLY_REPAY_KINDS);
  const isFee = loan.method === 'fee-installment';
  // An installment plan is settled whole: how fees would follow a partial repayment is not something we know.
  if (repay === 'part' && isFee) errors.push({ field: 'repay', code: UNKNOWN_OPTION });
  const balance = month === undefined ? loan.principal : balanceAfter(loan, original, month);
  const amount =
    repay === 'part'
      ? checkNumber(record.amount, 'amount', errors, { min: 0, max: fenToYuan(balance) }, 'money')
      : fenToYuan(balance);
  const adjust = checkOption(record.adjust, 'adjust', errors, EARLY_ADJUSTS);
  const fee = checkOption(record.fee, 'fee', errors, EARLY_FEE_KINDS);
  if (fee === 'remaining-fees' && !isFee) errors.push({ field: 'fee', code: UNKNOWN_OPTION });
  const feeRate = fee === 'percent' ? checkNumber(record.feeRate, 'feeRate', errors, LIMITS.earlyFeeRate) : 0;
  if (
    errors.length > 0 ||
    month === undefined ||
    amount === undefined ||
    adjust === undefined ||
    fee === undefined ||
    feeRate === undefined
  ) {
    return fail(errors);
  }
  return ok({ month, repaid: yuanToFen(amount), adjust, fee, feeRate: feeRate / 100 });
}

function answer(loan: LoanInput, original: ScheduleRow[], q: Checked): EarlyRepaymentResult {
  const k = q.month;
  const exact = exactMonthlyRate(loan.rateType, loan.scenario.rate);
  const balanceBefore = balanceAfter(loan, original, k);
  const left = fen(balanceBefore - q.repaid);
  const kept = original.slice(0, k);
  // A bullet loan's interest is all due at the end: the part repaid early pays its own to month k now.
  const accrued = loan.method === 'bullet' ? roundedProduct(q.repaid, exact, k) : fen(0);
  let rows: ScheduleRow[];
  if (left === 0) {
    rows = [];
  } else if (q.repaid === 0) {
    rows = original.slice(k);
  } else if (loan.method === 'bullet') {
    const rest = fen(roundedProduct(loan.principal, exact, loan.term) - roundedProduct(q.repaid, exact, loan.term));
    rows = bulletRows(left, rest, k, loan.term);
  } else {
    rows = rowsAfter(loan, original, exact, left, k, q.adjust);
  }

  const remainingFees = loan.method === 'fee-installment' ? sum(original.slice(k), 'interest') : fen(0);
  const fee =
    q.fee === 'percent' ? roundToFen(q.repaid * q.feeRate) : q.fee === 'remaining-fees' ? remainingFees : fen(0);
  const originalCost = sum(original, 'interest');
  const cost = fen(sum(kept, 'interest') + accrued + sum(rows, 'interest'));
  const costSaved = fen(originalCost - cost);
  return {
    month: k,
    balanceBefore,
    repaid: q.repaid,
    accrued,
    fee,
    rows,
    originalCost,
    cost,
    costSaved,
    netSaving: costSaved - fee,
    paid: fen(sum(kept, 'payment') + q.repaid + accrued + fee + sum(rows, 'payment')),
    originalPaid: sum(original, 'payment'),
    newPayment: rows.find((row) => row.payment > 0)?.payment ?? null,
    originalPayment: original.slice(k).find((row) => row.payment > 0)?.payment ?? null,
    // Month k counts when something is paid early in it; else the plan ends where the kept rows stop paying.
    lastMonth: lastPaying(rows, q.repaid + accrued + fee > 0 ? k : lastPaying(kept, 0)),
    originalLastMonth: lastPaying(original, 0),
  };
}

/** A bullet loan's rest: nothing until month n, then what is left and its share of the interest. */
function bulletRows(left: Fen, interest: Fen, k: number, n: number): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  for (let period = k + 1; period <= n; period++) {
    const last = period === n;
    rows.push(row(period, last ? left : 0, last ? interest : 0, last ? 0 : left));
  }
  return rows;
}

/** The rows after month k for a balance `left` (> 0) of an interest-bearing loan. */
function rowsAfter(
  loan: LoanInput,
  original: readonly ScheduleRow[],
  exact: Ratio,
  left: Fen,
  k: number,
  adjust: EarlyRepaymentScenario['adjust'],
): ScheduleRow[] {
  const n = loan.term;
  const r = nominalRates(loan.rateType, loan.rate).monthly;
  const interestOf = (balance: Fen) => roundedProduct(balance, exact);
  switch (loan.method) {
    case 'interest-first': {
      const rows: ScheduleRow[] = [];
      for (let period = k + 1; period <= n; period++) {
        rows.push(row(period, period === n ? left : 0, interestOf(left), period === n ? 0 : left));
      }
      return rows;
    }
    case 'equal-installment':
      if (r > 0) {
        if (adjust === 'lower') return renumber(equalInstallmentRows(left, n - k, r, exact), k);
        // The payment every month but the last; the original first row is never the settling one when k < n − 1.
        const payment = original[0]?.payment ?? left;
        return keepPaying(left, k, n, (balance, interest) => Math.max(0, payment - interest), interestOf);
      }
    // At 0 % equal installments are equal principal parts (see buildSchedule).
    // falls through
    default: {
      if (adjust === 'lower') {
        const parts = splitEvenly(left, n - k);
        return keepPaying(left, k, n, (_balance, _interest, i) => parts[i] ?? 0, interestOf);
      }
      const part = splitEvenly(loan.principal, n)[0] ?? left;
      return keepPaying(left, k, n, () => part, interestOf);
    }
  }
}

/**
 * Rows from month k+1 on: each month's interest on the balance, `principalOf` of the principal (never more than is
 * owed), the last month (n) settling whatever is left; stops once the balance is 0.
 */
function keepPaying(
  left: Fen,
  k: number,
  n: number,
  principalOf: (balance: Fen, interest: Fen, index: number) => number,
  interestOf: (balance: Fen) => Fen,
): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  let balance = left;
  for (let period = k + 1; period <= n && balance > 0; period++) {
    const interest = interestOf(balance);
    const principal = period === n ? balance : Math.min(balance, principalOf(balance, interest, period - k - 1));
    balance = fen(balance - principal);
    rows.push(row(period, principal, interest, balance));
  }
  return rows;
}

function renumber(rows: readonly ScheduleRow[], k: number): ScheduleRow[] {
  return rows.map((row) => ({ ...row, period: row.period + k }));
}
