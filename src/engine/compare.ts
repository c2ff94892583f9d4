/**
 * Loan offers side by side: each offer is simulated exactly as the loan simulator does (schedule.ts), then the
 * offers are ranked by what they cost and by their headline yearly rate. The ranking says which is cheaper; whether
 * totals can be compared at all depends on the offers lending the same money for the same time (`like`).
 */
import { SAME_RATE_TOLERANCE } from './constants';
import { fail, ok, type Result } from './errors';
import { fen } from './money';
import { headlineRate, type HeadlineRate } from './loan-notices';
import { loanResult, type LoanResult } from './schedule';
import type { OfferId } from './scenario';
import { validateCompare, type CompareInput } from './validate-compare';

/** One offer's figures. */
export interface OfferResult {
  id: OfferId;
  loan: LoanResult;
  /**
   * What the offer costs: everything repaid beyond the money actually received, fen. The loan's interest and fees,
   * plus any money kept back at payout (it is repaid but was never received).
   */
  cost: number;
  /** The yearly rate to compare: the APR, or a lump-sum loan's simple annual rate (loan-notices.ts). */
  rate: HeadlineRate;
}

export interface CompareResult {
  /** The offers compared, in order. */
  offers: OfferResult[];
  /** The offer(s) that cost least in total (several when they tie to the fen). */
  cheapest: OfferId[];
  /** The offer(s) with the lowest headline rate; empty when no offer has one. */
  lowestRate: OfferId[];
  /**
   * True when every offer pays out the same money over the same number of months: only then do the totals compare
   * like with like. Otherwise the rate is the fair comparison (a bigger or longer loan costs more in total).
   */
  like: boolean;
}

/** The ids whose value is the smallest, ties included; values that are null are never the smallest. */
function lowest(offers: readonly OfferResult[], value: (offer: OfferResult) => number | null, tolerance: number) {
  const known = offers.flatMap((offer) => {
    const v = value(offer);
    return v === null ? [] : [{ id: offer.id, v }];
  });
  if (known.length === 0) return [];
  const min = Math.min(...known.map((k) => k.v));
  return known.filter((k) => k.v - min <= tolerance).map((k) => k.id);
}

/** Compares validated offers; see {@link simulateCompare}. */
export function compareOffers(input: CompareInput): CompareResult {
  const offers = input.compared.map((id) => {
    const loan = loanResult(input.offers[id]);
    return { id, loan, cost: fen(loan.totals.paid - loan.received), rate: headlineRate(loan) };
  });
  const [first] = offers;
  const like = offers.every((o) => o.loan.received === first?.loan.received && o.loan.term === first.loan.term);
  return {
    offers,
    cheapest: lowest(offers, (o) => o.cost, 0),
    lowestRate: lowest(offers, (o) => o.rate.value, SAME_RATE_TOLERANCE),
    like,
  };
}

/**
 * Simulates a comparison typed by the user: validates it (every offer, whatever the count), then simulates and
 * ranks the offers compared. Never throws; every amount is integer fen, every rate a decimal.
 *
 * @example
 * // Jiebei at 0.04 % a day against Huabei's 12 installments at 8.8 %, 10,000 yuan over 12 months each
 * const r = simulateCompare(COMPARE_PRESETS['jiebei-huabei-mybank']);
 * // r.value.cheapest → ['a'] (¥797.05 against ¥880.00), r.value.lowestRate → ['a'] (APR 14.40 % against 15.86 %)
 */
export function simulateCompare(s: unknown): Result<CompareResult> {
  const v = validateCompare(s);
  if (!v.ok) return fail(v.errors);
  return ok(compareOffers(v.value));
}
