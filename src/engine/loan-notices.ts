/**
 * What a loan's figures need said beside them: the rate to headline (a bullet loan's simple annual rate instead of
 * its APR), and notices where the figures mislead — rounding to the fen that swamps a tiny loan's rate, months that
 * pay ¥0.00, a lump-sum term longer than banks may offer. Notices, not errors: the result stands.
 *
 * Kept out of LoanResult on purpose: they are read from it, and shared links' recorded results stay as they are.
 */
import { BANK_LUMP_SUM_MAX_MONTHS, MONTHS_PER_YEAR, ROUNDING_NOTICE_SHARE } from './constants';
import { irr } from './irr';
import { aprFromMonthlyIrr } from './rate';
import type { LoanResult } from './schedule';

/** The yearly rate to show first: the APR, or for a bullet loan the simple annual rate. Decimal; null when none. */
export interface HeadlineRate {
  kind: 'apr' | 'simple';
  value: number | null;
}

export type LoanNotice =
  /** Rounding to the fen moved the headline rate from `unrounded` to `shown` (more than ROUNDING_NOTICE_SHARE). */
  | { code: 'rounding'; kind: HeadlineRate['kind']; shown: number | null; unrounded: number }
  /** `count` payments come to 0 fen although the method pays every month. */
  | { code: 'zero-payments'; count: number }
  /** A bullet loan longer than BANK_LUMP_SUM_MAX_MONTHS. */
  | { code: 'long-bullet'; maxMonths: number };

/**
 * Simple annual rate: what the loan costs ÷ what was received ÷ years, years = term ÷ 12. Decimal. The cost is all
 * that is paid beyond the money received (with nothing deducted up front: the interest, on the principal).
 *
 * @example simpleAnnualRate(bullet of 1,000,000 fen over 12 months costing 144,000 fen) // 0.144
 */
export function simpleAnnualRate(result: LoanResult): number {
  return (result.totals.paid - result.received) / result.received / (result.term / MONTHS_PER_YEAR);
}

/**
 * The headline yearly rate. A bullet loan repays everything in one payment at the end, and the APR (monthly IRR
 * × 12) of a single end payment is below the simple rate the lender charges (0.04 % a day for 12 months: IRR × 12 =
 * 13.53 % against 14.4 %; over 360 months 5.58 %), because it treats the interest as compounding monthly. So a bullet
 * loan is headlined by its simple annual rate, what the interest actually comes to per year of the amount borrowed.
 */
export function headlineRate(result: LoanResult): HeadlineRate {
  return result.method === 'bullet'
    ? { kind: 'simple', value: simpleAnnualRate(result) }
    : { kind: 'apr', value: result.apr };
}

/**
 * The headline rate of the same loan with nothing rounded, from its exact payments on a loan of 1 (rates do not
 * depend on the amount) of which `kept` was deducted up front. With nothing deducted, interest of r a month on the
 * balance actually owed has an IRR of exactly r, whatever the schedule, so the APR is 12·r and a bullet loan's
 * simple rate 12·r too; an installment fee F is paid as n equal parts of (1 + F) / n.
 */
function unroundedHeadline(result: LoanResult): number {
  const n = result.term;
  const r = result.monthlyRate;
  const kept = 1 - result.received / result.principal;
  // loanResult states an installment fee F as the yearly rate 12·F / n.
  const fee = (result.annualRate360 * n) / MONTHS_PER_YEAR;
  const paymentOf = (k: number): number => {
    switch (result.method) {
      case 'fee-installment':
        return (1 + fee) / n;
      case 'equal-principal':
        return 1 / n + r * (1 - (k - 1) / n);
      case 'interest-first':
        return r + (k === n ? 1 : 0);
      case 'bullet':
        return k === n ? 1 + r * n : 0;
      default:
        return r === 0 ? 1 / n : r / -Math.expm1(-n * Math.log1p(r));
    }
  };
  const payments = Array.from({ length: n }, (_, i) => paymentOf(i + 1));
  if (result.method === 'bullet') return (r * n + kept) / (1 - kept) / (n / MONTHS_PER_YEAR);
  const monthly = irr([-(1 - kept), ...payments]);
  return monthly === null ? 0 : aprFromMonthlyIrr(monthly);
}

/**
 * The notices a loan's result needs, in the order to show them:
 * - `rounding`: the headline rate differs from its unrounded value by more than ROUNDING_NOTICE_SHARE of it (a
 *   few yuan at a low rate: ¥1 at 3.9 % a year over 12 months charges 0.3 fen a month, which rounds to nothing,
 *   an APR of 0; ¥3.38 interest first at 3.9 % over 12 months shows 3.55 %). Never for a 0 % loan.
 * - `zero-payments`: some monthly payment is ¥0.00 (¥100 over 360 months in equal principal: 28 fen a month repays
 *   it by month 358; an interest-first loan whose monthly interest rounds to 0). Not for a bullet loan, which pays
 *   nothing before the end by design.
 * - `long-bullet`: a bullet loan longer than BANK_LUMP_SUM_MAX_MONTHS months.
 */
export function loanNotices(result: LoanResult): LoanNotice[] {
  const notices: LoanNotice[] = [];
  const headline = headlineRate(result);
  const unrounded = unroundedHeadline(result);
  const shown = headline.value;
  if (unrounded > 0 && (shown === null || Math.abs(shown - unrounded) > ROUNDING_NOTICE_SHARE * unrounded)) {
    notices.push({ code: 'rounding', kind: headline.kind, shown, unrounded });
  }
  if (result.method !== 'bullet') {
    const count = result.rows.filter((row) => row.payment === 0).length;
    if (count > 0) notices.push({ code: 'zero-payments', count });
  }
  if (result.method === 'bullet' && result.term > BANK_LUMP_SUM_MAX_MONTHS) {
    notices.push({ code: 'long-bullet', maxMonths: BANK_LUMP_SUM_MAX_MONTHS });
  }
  return notices;
}
