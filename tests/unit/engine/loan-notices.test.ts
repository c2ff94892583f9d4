import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOAN_PRESETS,
  headlineRate,
  loanNotices,
  simulateLoan,
  type LoanResult,
  type LoanScenario,
} from '../../../src/engine/index';
import { BANK_LUMP_SUM_MAX_MONTHS } from '../../../src/engine/constants';
import { method } from './arbitraries';

function run(over: Partial<LoanScenario>): LoanResult {
  // ¥10,000 at 0.04 % a day over 12 months in equal installments (the Jiebei example), then the case's changes.
  const r = simulateLoan({ ...LOAN_PRESETS['jiebei-12'], ...over });
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}
const codes = (result: LoanResult) => loanNotices(result).map((n) => n.code);

describe('bullet loans: the simple annual rate heads the figures', () => {
  it('charges ¥10,000 at 0.04 % a day for 12 months ¥1,440.00, a simple 14.4 % a year', () => {
    // The engine's day count is the lender's 360-day year: a month is 360 / 12 = 30 days, so 12 months are 360
    // days. Interest = 10,000 × 0.0004 × 360 = 1,440.00 yuan, paid with the principal at the end.
    // Simple annual rate = 1,440 / 10,000 / (12 / 12 years) = 0.144.
    const result = run({ method: 'bullet' });
    expect(result.totals.interestAndFees).toBe(144_000);
    expect(headlineRate(result)).toEqual({ kind: 'simple', value: expect.closeTo(0.144, 12) as number });
    // The IRR of one end payment, × 12, reads lower: 1.144^(1/12) − 1 = 0.011274 a month → 13.53 %.
    expect(result.apr).toBeCloseTo(12 * (1.144 ** (1 / 12) - 1), 10);
    expect(result.apr).toBeCloseTo(0.1353, 4);
    expect(codes(result)).toEqual([]);
  });

  it('keeps the simple rate at 14.4 % over 360 months, where the APR would read 5.58 %', () => {
    // 360 months = 10,800 days; interest = 10,000 × 0.0004 × 10,800 = 43,200 yuan; 43,200 / 10,000 / 30 = 0.144.
    const result = run({ method: 'bullet', term: 360 });
    expect(result.totals.interestAndFees).toBe(4_320_000);
    expect(headlineRate(result).value).toBeCloseTo(0.144, 12);
    // (1 + 4.32)^(1/360) − 1 a month, × 12.
    expect(result.apr).toBeCloseTo(12 * (5.32 ** (1 / 360) - 1), 10);
    expect(codes(result)).toEqual(['long-bullet']);
  });

  it('rounds the interest once, on the whole term: ¥333.33 at 0.035 % a day for 7 months', () => {
    // 7 months = 210 days; 33,333 fen × 0.00035 × 210 = 2,449.9755 fen → 2,450 fen (¥24.50).
    // Simple rate = 24.50 / 333.33 / (7 / 12) = 0.126001…
    const result = run({ method: 'bullet', principal: 333.33, rate: 0.035, term: 7 });
    expect(result.totals.interestAndFees).toBe(2_450);
    expect(headlineRate(result).value).toBeCloseTo(24.5 / 333.33 / (7 / 12), 12);
  });

  it(`warns on lump-sum terms over ${BANK_LUMP_SUM_MAX_MONTHS} months, and only then`, () => {
    expect(codes(run({ method: 'bullet', term: BANK_LUMP_SUM_MAX_MONTHS }))).toEqual([]);
    expect(codes(run({ method: 'bullet', term: BANK_LUMP_SUM_MAX_MONTHS + 1 }))).toEqual(['long-bullet']);
    expect(codes(run({ method: 'interest-first', term: 360 }))).toEqual([]);
  });

  it('headlines every other method by its APR', () => {
    for (const m of ['equal-installment', 'equal-principal', 'interest-first', 'fee-installment'] as const) {
      const result = run({ method: m, feeRate: 8.8 });
      expect(headlineRate(result)).toEqual({ kind: 'apr', value: result.apr });
    }
  });
});

describe('tiny loans: a notice where rounding to the fen swamps the rate', () => {
  it('flags ¥1 at 3.9 % a year over 12 months: 0.325 fen of interest a month rounds to nothing', () => {
    // 100 fen × 3.9 % / 12 = 0.325 fen → 0 every month; the APR is 0 for a 3.9 % loan.
    const result = run({ principal: 1, rateType: 'annual', rate: 3.9 });
    expect(result.totals.interestAndFees).toBe(0);
    expect(loanNotices(result)).toContainEqual({
      code: 'rounding',
      kind: 'apr',
      shown: 0,
      unrounded: expect.closeTo(0.039, 12) as number,
    });
  });

  it('flags ¥3.38 interest-first at 3.9 %: 1 fen a month is a 3.55 % APR, 9 % below the rate', () => {
    // 338 fen × 0.039 / 12 = 1.0985 fen → 1 fen a month; interest-only flows have IRR 1 / 338 a month.
    const result = run({ principal: 3.38, rateType: 'annual', rate: 3.9, method: 'interest-first' });
    expect(result.apr).toBeCloseTo(12 / 338, 10);
    expect(codes(result)).toContain('rounding');
  });

  it('says nothing about ¥100 at 3.9 % over 12 months, where rounding moves the APR by far less', () => {
    const result = run({ principal: 100, rateType: 'annual', rate: 3.9 });
    expect(Math.abs((result.apr as number) - 0.039)).toBeLessThan(0.002);
    expect(codes(result)).toEqual([]);
  });

  it('flags a tiny installment fee: ¥1 with a 2.5 % fee over 3 months pays 3 fen, not 2.5', () => {
    expect(codes(run({ principal: 1, method: 'fee-installment', feeRate: 2.5, term: 3 }))).toContain('rounding');
  });

  it('never flags a 0 % loan', () => {
    expect(codes(run({ principal: 1, rate: 0 }))).toEqual([]);
  });

  it('never flags a loan of ¥10,000 or more at 1 % a year (or a 1 % fee) or above', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 100, max: 36_500 }),
        fc.integer({ min: 1, max: 360 }),
        method,
        (fen, hundredths, term, m) => {
          const result = run({ principal: fen / 100, rateType: 'annual', rate: hundredths / 100, term, method: m });
          const fee = run({
            principal: fen / 100,
            method: 'fee-installment',
            feeRate: Math.min(100, hundredths / 100),
          });
          expect(codes(result)).not.toContain('rounding');
          expect(codes(fee)).not.toContain('rounding');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('months with nothing to pay', () => {
  it('counts the ¥0.00 months of ¥100 over 360 months in equal principal', () => {
    // 10,000 fen / 360 = 27.8 → 28 fen a month; 357 × 28 = 9,996, month 358 takes the last 4 fen, and months 359
    // and 360 owe nothing (interest on a balance of 0 is 0).
    const result = run({ principal: 100, rateType: 'annual', rate: 3.9, term: 360, method: 'equal-principal' });
    expect(loanNotices(result)).toContainEqual({ code: 'zero-payments', count: 2 });
  });

  it('matches the schedule: a notice exactly when some month pays 0, never for a bullet loan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 100_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 1, max: 360 }),
        method,
        (fen, hundredths, term, m) => {
          const result = run({ principal: fen / 100, rateType: 'annual', rate: hundredths / 100, term, method: m });
          const zero = result.rows.filter((row) => row.payment === 0).length;
          const notice = loanNotices(result).find((n) => n.code === 'zero-payments');
          expect(notice).toEqual(m === 'bullet' || zero === 0 ? undefined : { code: 'zero-payments', count: zero });
        },
      ),
      { numRuns: 300 },
    );
  });
});
