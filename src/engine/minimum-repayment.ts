/**
 * "What if I pay only the minimum?" (最低还款) for a Huabei bill of B yuan, against paying it in full and against
 * a Huabei installment plan.
 *
 * The model, month by month (a month is 30 days: the lender's 360-day year ÷ 12, as elsewhere in the engine):
 * - month 1 is the bill's due date: nothing has accrued yet (paying the whole bill by then costs nothing, FACTS §2),
 *   and the reader pays the minimum of the bill;
 * - from month 2 on, the unpaid balance has accrued interest of round(balance × 0.05 % × 30) fen (FACTS §2, [W]),
 *   and the reader pays the minimum of what is then owed (balance + that interest);
 * - the minimum = max(round(p % × owed), floor), never more than is owed. FACTS does not give Huabei's formula [U],
 *   so p (10 % by default) and the floor (10 yuan) are the reader's to set, illustrative defaults of this site [M];
 *   a floor is what lets a percentage, which on its own only shrinks the balance, clear it;
 * - it stops when nothing is owed, or after {@link MINIMUM_REPAYMENT_MAX_MONTHS} months ("not cleared").
 * Integer fen throughout; the monthly rate is the exact fraction 0.05 × 360 / 12 % = 1.5 % (rate.ts).
 *
 * The installment plans are the loan engine's own `fee-installment` schedules (simulateLoan), at the reported fees.
 *
 * @example
 * // ¥1,000, minimum 10 %, floor ¥10: month 1 pays ¥100 (¥900 left); month 2 owes 900 + 13.50, pays ¥91.35 …
 * minimumRepayment({ bill: 1000, percent: 10, floor: 10 })
 */
import { fail, ok, safely, type FieldError, type Result } from './errors';
import {
  HUABEI_INSTALLMENT_FEES,
  HUABEI_MINIMUM_REPAYMENT_DAILY_RATE,
  LIMITS,
  MINIMUM_REPAYMENT_MAX_MONTHS,
} from './constants';
import { fen, roundedProduct, yuanToFen, type Fen, type Ratio } from './money';
import { exactMonthlyRate } from './rate';
import { simulateLoan } from './schedule';
import { checkNumber, checkRecord } from './validate-common';

/** The question, in user units (as a form holds it). */
export interface MinimumRepaymentScenario {
  /** The bill, yuan (at most 2 decimals). */
  bill: number;
  /** The minimum payment, whole percent of what is owed that month (1–100). */
  percent: number;
  /** The smallest minimum payment, yuan (0 for none). */
  floor: number;
}

/** One month of paying the minimum; amounts in fen. */
export interface MinimumMonth {
  month: number;
  /** Interest accrued since the last payment (0 in month 1). */
  interest: Fen;
  /** What the reader pays that month. */
  payment: Fen;
  /** Still owed after the payment. */
  balance: Fen;
}

/** A Huabei installment plan for the same bill, from the loan engine; amounts in fen. */
export interface InstallmentOption {
  term: 3 | 6 | 9 | 12;
  /** The plan's total installment fee. */
  fee: Fen;
  /** The first monthly payment. */
  payment: Fen;
  paid: Fen;
}

/** The answer; amounts in fen. */
export interface MinimumRepaymentResult {
  bill: Fen;
  rows: MinimumMonth[];
  /** False when the balance is still owed after {@link MINIMUM_REPAYMENT_MAX_MONTHS} months. */
  cleared: boolean;
  /** Payments made: the month the bill is cleared, or the cap when it is not. */
  months: number;
  totalInterest: Fen;
  totalPaid: Fen;
  /** Still owed at the end (0 when cleared); totalPaid + balanceLeft = bill + totalInterest. */
  balanceLeft: Fen;
  /** Paying the bill in full by its due date: the bill itself, no interest. */
  fullPaid: Fen;
  installments: InstallmentOption[];
}

/** The minimum-repayment interest for one 30-day month, as an exact fraction (1.5 %). */
const MONTHLY: Ratio = exactMonthlyRate('daily', Number((HUABEI_MINIMUM_REPAYMENT_DAILY_RATE * 100).toPrecision(12)));
const TERMS = [3, 6, 9, 12] as const;

/**
 * Paying only the minimum on a bill, for a question as typed ({@link MinimumRepaymentScenario}, `unknown` because
 * it comes from a form). Never throws: bad input comes back as field errors ('bill', 'percent', 'floor').
 */
export function minimumRepayment(question: unknown): Result<MinimumRepaymentResult> {
  return safely(question, (q) => {
    const errors: FieldError[] = [];
    const record = checkRecord(q, 'scenario', errors);
    if (!record) return fail(errors);
    const bill = checkNumber(record.bill, 'bill', errors, LIMITS.principal, 'money');
    const percent = checkNumber(record.percent, 'percent', errors, LIMITS.minimumPercent, 'integer');
    const floor = checkNumber(record.floor, 'floor', errors, LIMITS.minimumFloor, 'money');
    if (errors.length > 0 || bill === undefined || percent === undefined || floor === undefined) return fail(errors);
    return ok(answer(yuanToFen(bill), percent, yuanToFen(floor)));
  });
}

function answer(bill: Fen, percent: number, floor: Fen): MinimumRepaymentResult {
  const share: Ratio = { num: BigInt(percent), den: 100n };
  const rows: MinimumMonth[] = [];
  let balance: Fen = bill;
  let totalInterest = 0;
  let totalPaid = 0;
  for (let month = 1; month <= MINIMUM_REPAYMENT_MAX_MONTHS && balance > 0; month++) {
    const interest = month === 1 ? fen(0) : roundedProduct(balance, MONTHLY);
    const owed = balance + interest;
    const payment = fen(Math.min(owed, Math.max(roundedProduct(fen(owed), share), floor)));
    balance = fen(owed - payment);
    totalInterest += interest;
    totalPaid += payment;
    rows.push({ month, interest, payment, balance });
  }
  return {
    bill,
    rows,
    cleared: balance === 0,
    months: rows.length,
    totalInterest: fen(totalInterest),
    totalPaid: fen(totalPaid),
    balanceLeft: balance,
    fullPaid: bill,
    installments: TERMS.flatMap((term) => installment(bill, term)),
  };
}

/** The loan engine's Huabei installment plan for the bill (its validation cannot fail on a valid bill). */
function installment(bill: Fen, term: (typeof TERMS)[number]): InstallmentOption[] {
  const loan = simulateLoan({
    principal: bill / 100,
    rateType: 'daily',
    rate: 0,
    term,
    method: 'fee-installment',
    feeRate: Number((HUABEI_INSTALLMENT_FEES[term] * 100).toPrecision(12)),
  });
  if (!loan.ok) return [];
  const { totals, rows } = loan.value;
  return [{ term, fee: totals.interestAndFees, payment: rows[0]?.payment ?? fen(0), paid: totals.paid }];
}
