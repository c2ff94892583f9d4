import fc from 'fast-check';
import { irr as oracleIrr, pmt } from 'financial';
import { describe, expect, it } from 'vitest';
import {
  LOAN_METHODS,
  LOAN_PRESETS,
  simulateLoan,
  type LoanResult,
  type LoanScenario,
} from '../../../src/engine/index';
import { loanScenario, method } from './arbitraries';

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

function run(s: LoanScenario): LoanResult {
  const r = simulateLoan(s);
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const loan = (over: Partial<LoanScenario>): LoanScenario => ({
  principal: 10_000,
  rateType: 'daily',
  rate: 0.04,
  term: 12,
  method: 'equal-installment',
  feeRate: 0,
  ...over,
});

/** Monthly rate of a scenario, computed here independently of the engine. */
const monthlyRate = (s: LoanScenario) => (s.rateType === 'daily' ? (s.rate / 100) * 30 : s.rate / 100 / 12);

describe('loan schedule: public checks (oracle: the financial package)', () => {
  it('pays 1,776.98 a month on 20,000 yuan at 12 % a year over 12 months', () => {
    const expected = Math.round(-pmt(0.01, 12, 20_000) * 100);
    expect(expected).toBe(177_698);
    const result = run(loan({ principal: 20_000, rateType: 'annual', rate: 12 }));
    expect(result.rows.slice(0, 11).every((row) => row.payment === expected)).toBe(true);
    // The lender's convention: month 1 charges 1 % of 20,000.00 = 200.00, so 1,576.98 repays principal; month 2
    // charges 1 % of 18,423.02 = 184.2302 → 184.23.
    expect(result.rows[0]).toMatchObject({ interest: 20_000, principal: 157_698, balance: 1_842_302 });
    expect(result.rows[1]).toMatchObject({ interest: 18_423, principal: 159_275, balance: 1_683_027 });
    // The last payment settles what rounding left. Each month's rounding (≤ 0.5 fen of interest, plus the payment's
    // 0.43 fen below the exact 1,776.9757) grows at 1 % a month: at most 0.93 × (1.01^11 − 1) / 0.01 ≈ 10.8 fen by
    // month 11, a fen more with month 12's interest.
    expect(Math.abs((result.rows[11]?.payment ?? 0) - expected)).toBeLessThanOrEqual(12);
  });

  it('pays about 899.75 a month and about 797 of interest on 10,000 yuan at 0.04 % a day', () => {
    const oraclePayment = -pmt((0.0004 * 360) / 12, 12, 10_000);
    const result = run(loan({}));
    expect(result.rows[0]?.payment).toBe(Math.round(oraclePayment * 100));
    expect(result.rows[0]?.payment).toBe(89_975);
    const oracleInterest = oraclePayment * 12 - 10_000;
    expect(Math.abs(result.totals.interestAndFees / 100 - oracleInterest)).toBeLessThan(0.1);
    expect(Math.round(result.totals.interestAndFees / 100)).toBe(797);
  });

  it('displays 0.04 % a day as 14.4 % (×360) and 14.6 % (×365)', () => {
    const result = run(loan({}));
    expect(result.annualRate360).toBeCloseTo(0.144, 12);
    expect(result.annualRate365).toBeCloseTo(0.146, 12);
    expect(result.monthlyRate).toBeCloseTo(0.012, 12);
    expect(result.dailyRate).toBeCloseTo(0.0004, 12);
  });

  it('prices a 12-month Huabei installment at an 8.8 % fee at an APR of about 15.86 %', () => {
    const result = run(LOAN_PRESETS['huabei-12']);
    const flows = [-10_000, ...Array.from({ length: 12 }, () => 10_000 / 12 + 880 / 12)];
    const oracle = oracleIrr(flows) * 12;
    expect(oracle).toBeCloseTo(0.1586, 4);
    expect(result.apr).toBeCloseTo(oracle, 4);
    expect(result.costKind).toBe('fee');
    expect(result.totals.interestAndFees).toBe(88_000);
  });

  it('prices a 3-month Huabei installment at a 2.5 % fee at an APR of about 14.94 %', () => {
    const result = run(LOAN_PRESETS['huabei-3']);
    const flows = [-10_000, ...Array.from({ length: 3 }, () => 10_000 / 3 + 250 / 3)];
    const oracle = oracleIrr(flows) * 12;
    expect(oracle).toBeCloseTo(0.1494, 4);
    expect(result.apr).toBeCloseTo(oracle, 4);
  });

  it('advertises the Huabei fee as a flat monthly rate on the original principal (8.8 % / 12)', () => {
    const result = run(LOAN_PRESETS['huabei-12']);
    expect(result.monthlyRate).toBeCloseTo(0.088 / 12, 12);
    expect(result.annualRate360).toBeCloseTo(0.088, 12);
  });

  it('computes the EAR as (1 + IRR)^12 − 1', () => {
    const result = run(loan({}));
    const monthly = oracleIrr([-1_000_000, ...result.rows.map((r) => r.payment)]);
    expect(result.ear).toBeCloseTo((1 + monthly) ** 12 - 1, 6);
    expect(result.ear).toBeCloseTo(1.012 ** 12 - 1, 4);
  });

  it('charges interest P·r each month and the principal at the end for interest-first', () => {
    const result = run(LOAN_PRESETS['jiebei-interest-first']);
    expect(result.rows.slice(0, 11).map((r) => r.payment)).toEqual(Array(11).fill(12_000));
    expect(result.rows[11]).toEqual({
      period: 12,
      payment: 1_012_000,
      principal: 1_000_000,
      interest: 12_000,
      balance: 0,
    });
  });

  it('charges simple interest P·r·n in one payment at the end for a bullet loan', () => {
    const result = run(loan({ method: 'bullet', rateType: 'annual', rate: 12 }));
    expect(result.rows.slice(0, 11).every((r) => r.payment === 0 && r.balance === 1_000_000)).toBe(true);
    expect(result.rows[11]?.payment).toBe(1_000_000 + 120_000);
  });

  it('charges interest on the falling balance for equal principal', () => {
    const result = run(loan({ method: 'equal-principal', rateType: 'annual', rate: 12, principal: 12_000 }));
    expect(result.rows.map((r) => r.principal)).toEqual(Array(12).fill(100_000));
    expect(result.rows.map((r) => r.interest)).toEqual(Array.from({ length: 12 }, (_, k) => (12 - k) * 1_000));
  });

  it('lets the last period absorb the rounding remainder', () => {
    const result = run(loan({ principal: 100, term: 3, method: 'equal-principal', rate: 0 }));
    expect(result.rows.map((r) => r.principal)).toEqual([3_333, 3_333, 3_334]);
  });

  it('never charges a negative part when rounding P/n up would overshoot', () => {
    const result = run(loan({ principal: 1.8, term: 360, method: 'fee-installment', feeRate: 0 }));
    expect(result.rows.every((r) => r.principal >= 0 && r.balance >= 0)).toBe(true);
    expect(result.totals.principal).toBe(180);
  });
});

describe('loan schedule: zero rate', PROPERTY_TIMEOUT, () => {
  it.each(LOAN_METHODS)('returns zero interest and an APR of 0 when the rate is 0 (%s)', (m) => {
    const result = run(loan({ method: m, rate: 0, feeRate: 0, principal: 12_345.67, term: 7 }));
    expect(result.totals.interestAndFees).toBe(0);
    expect(result.totals.paid).toBe(1_234_567);
    expect(result.apr).toBe(0);
    expect(result.ear).toBe(0);
  });

  it('returns zero interest and APR 0 for every zero-rate scenario', () => {
    fc.assert(
      fc.property(loanScenario, (s) => {
        const { deduction: _kept, ...full } = s;
        const result = run({ ...full, rate: 0, feeRate: 0 });
        expect(result.totals.interestAndFees).toBe(0);
        expect(result.apr).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('loan schedule: properties', PROPERTY_TIMEOUT, () => {
  it('repays exactly the principal, to the fen, for every method', () => {
    fc.assert(
      fc.property(loanScenario, (s) => {
        const result = run(s);
        const fen = Math.round(s.principal * 100);
        expect(result.rows.reduce((sum, r) => sum + r.principal, 0)).toBe(fen);
        expect(result.totals.principal).toBe(fen);
        expect(result.rows.at(-1)?.balance).toBe(0);
        expect(result.rows).toHaveLength(s.term);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never raises the balance, and every amount is a non-negative whole number of fen', () => {
    fc.assert(
      fc.property(loanScenario, (s) => {
        const result = run(s);
        let previous = Math.round(s.principal * 100);
        const problems: string[] = [];
        for (const row of result.rows) {
          if (row.balance > previous) problems.push(`balance rose in period ${row.period}`);
          if (row.payment !== row.principal + row.interest) problems.push(`parts do not add up in ${row.period}`);
          if (previous - row.principal !== row.balance) problems.push(`balance skips in ${row.period}`);
          for (const v of [row.payment, row.principal, row.interest, row.balance]) {
            if (!(Number.isSafeInteger(v) && v >= 0)) problems.push(`bad amount ${v} in ${row.period}`);
          }
          previous = row.balance;
        }
        expect(problems).toEqual([]);
        expect(result.totals.paid).toBe(result.rows.reduce((sum, r) => sum + r.payment, 0));
      }),
      { numRuns: 1_000 },
    );
  });

  it('lets the last period absorb what a sub-fen interest cannot, for a tiny loan at a near-zero rate', () => {
    // 1 yuan over 29 months at 0.0001 %/day: the exact payment is 3.45 fen, the interest 0.0001 fen a month.
    const s = loan({ principal: 1, term: 29, rate: 0.0001 });
    const exact = -pmt(monthlyRate(s), 29, 100);
    expect(exact).toBeCloseTo(3.45, 2);
    const result = run(s);
    expect(result.rows.slice(0, 28).every((r) => r.payment === 3 && r.interest === 0)).toBe(true);
    expect(result.rows[28]?.payment).toBe(100 - 28 * 3);
  });

  it('raises the APR when the fee rate rises', () => {
    fc.assert(
      fc.property(
        loanScenario,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (s, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const cheap = run({ ...s, method: 'fee-installment', feeRate: low });
          const dear = run({ ...s, method: 'fee-installment', feeRate: high });
          expect(cheap.apr).not.toBeNull();
          expect(dear.apr as number).toBeGreaterThanOrEqual((cheap.apr as number) - 1e-12);
          // Strictly higher when it costs more, as far as a double can tell: with nearly all the money kept back at
          // payout the monthly IRR can reach 100 % and more, and a fen more at the end of the term is then worth less
          // today than a double can tell apart from the money received (1 fen ÷ 1.98^49 against ¥10,078).
          const extra = dear.totals.interestAndFees - cheap.totals.interestAndFees;
          const extraToday = extra / Math.pow(1 + (cheap.monthlyIrr ?? 0), s.term) / cheap.received;
          if (extra > 0 && extraToday > 1e-9) {
            expect(dear.apr as number).toBeGreaterThan(cheap.apr as number);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives an APR of at least 0 whenever the loan costs something, for every method', () => {
    fc.assert(
      fc.property(loanScenario, method, (s, m) => {
        const result = run({ ...s, method: m });
        expect(result.apr).not.toBeNull();
        expect(result.apr as number).toBeGreaterThanOrEqual(0);
        if (result.totals.interestAndFees > 0) expect(result.apr as number).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('matches financial.irr on the cash flows of every schedule', () => {
    fc.assert(
      fc.property(loanScenario, (s) => {
        const result = run(s);
        // The money actually received: the principal less anything kept back at payout.
        const received = Math.round(s.principal * 100) - Math.round((s.deduction ?? 0) * 100);
        const flows = [-received, ...result.rows.map((r) => r.payment)];
        const oracle = oracleIrr(flows);
        // Newton (the oracle) sometimes stops away from the root; only compare when it found one.
        const npvAt = (r: number) => flows.reduce((sum, f, t) => sum + f / (1 + r) ** t, 0);
        fc.pre(Number.isFinite(oracle) && oracle > -1 && Math.abs(npvAt(oracle)) < 1e-6 * Math.abs(flows[0] as number));
        expect(Math.abs((result.monthlyIrr as number) - oracle)).toBeLessThan(1e-6);
      }),
      { numRuns: 500 },
    );
  });
});
