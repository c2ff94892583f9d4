import fc from 'fast-check';
import { fv, pmt } from 'financial';
import { describe, expect, it } from 'vitest';
import { simulateLoan, type LoanResult, type LoanScenario } from '../../../src/engine/index';
import { exactMonthlyRate } from '../../../src/engine/rate';

/**
 * Equal installments (等额本息) the way a lender's schedule rounds them: every row's interest is the balance before
 * it × the monthly rate, rounded to the fen; the payment is financial.pmt rounded to the fen; the last payment
 * settles the balance. The oracles are computed here: the rate as an exact fraction of the typed decimal, rounding in
 * bigint arithmetic, the payment and the exact amortisation from the `financial` package.
 */
const PROPERTY_TIMEOUT = { timeout: 60_000 };

/** A loan in the form's units, its rate generated as a whole number of 0.0001 % so its exact value is known here. */
interface Case {
  fen: number;
  daily: boolean;
  /** The typed rate in units of 0.0001 %. */
  units: number;
  term: number;
}

const anyLoan = fc.record({
  fen: fc.integer({ min: 100, max: 1_000_000_000 }),
  daily: fc.boolean(),
  units: fc.integer({ min: 1, max: 3_650_000 }),
  term: fc.integer({ min: 1, max: 360 }),
});
// Long and dear: 20–30 years at 24 %–365 % a year (or 0.07 %–1 % a day), where rounding compounds the most.
const longDearLoan = fc.record({
  fen: fc.integer({ min: 100, max: 1_000_000_000 }),
  daily: fc.boolean(),
  units: fc.integer({ min: 240_000, max: 3_650_000 }),
  term: fc.integer({ min: 240, max: 360 }),
});
const lenderCase: fc.Arbitrary<Case> = fc
  .oneof(anyLoan, longDearLoan)
  .map((c) => ({ ...c, units: c.daily ? Math.max(1, Math.round(c.units / 365)) : c.units }));

const scenarioOf = (c: Case): LoanScenario => ({
  principal: c.fen / 100,
  rateType: c.daily ? 'daily' : 'annual',
  rate: c.units / 10_000,
  term: c.term,
  method: 'equal-installment',
  feeRate: 0,
});

/** Monthly rate as num / den: units × 10^-4 % a day × 360 / 12, or units × 10^-4 % a year / 12. */
function monthlyRatio(c: Case): { num: bigint; den: bigint } {
  return { num: BigInt(c.units) * (c.daily ? 360n : 1n), den: 10_000n * 100n * 12n };
}

/** round(x / d), halves up, for non-negative bigints: by quotient and remainder. */
function roundDiv(x: bigint, d: bigint): bigint {
  const q = x / d;
  return 2n * (x % d) >= d ? q + 1n : q;
}

function run(s: LoanScenario): LoanResult {
  const r = simulateLoan(s);
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

describe('equal installments: the lender’s convention', PROPERTY_TIMEOUT, () => {
  it('charges round(balance × rate) every month, pays financial.pmt rounded, and ends at exactly 0', () => {
    let long = 0;
    fc.assert(
      fc.property(lenderCase, (c) => {
        if (c.term >= 240) long++;
        const result = run(scenarioOf(c));
        const { num, den } = monthlyRatio(c);
        const r = Number(num) / Number(den);
        const problems: string[] = [];
        // The oracle's payment, when it is precise to well under a fen and not a hair from a half fen (where two
        // correct float computations may round apart). For tiny rates (1 + r) − 1 cancels: error ≈ P·2e-16 / r.
        const exactPayment = -pmt(r, c.term, c.fen);
        const half = Math.abs((exactPayment % 1) - 0.5) < 1e-6;
        const payment = r > c.fen * 2e-14 && !half ? Math.round(exactPayment) : null;
        let balance = c.fen;
        let principalSum = 0;
        for (const row of result.rows) {
          const interest = Number(roundDiv(BigInt(balance) * num, den));
          if (row.interest !== interest) problems.push(`month ${row.period}: interest ${row.interest} ≠ ${interest}`);
          const due = row.period === c.term ? balance + interest : Math.min(payment ?? row.payment, balance + interest);
          if (row.payment !== due) problems.push(`month ${row.period}: payment ${row.payment} ≠ ${due}`);
          if (row.principal !== row.payment - row.interest) problems.push(`month ${row.period}: parts`);
          balance -= row.principal;
          principalSum += row.principal;
          if (row.balance !== balance) problems.push(`month ${row.period}: balance ${row.balance} ≠ ${balance}`);
        }
        expect(problems.slice(0, 5)).toEqual([]);
        expect(result.rows).toHaveLength(c.term);
        expect(balance).toBe(0);
        expect(principalSum).toBe(c.fen);
      }),
      { numRuns: 400 },
    );
    // The long, dear loans are not left to chance: about half of the runs are drawn from them.
    expect(long).toBeGreaterThanOrEqual(100);
  });

  it('keeps every balance within the accumulated rounding of the exact amortisation (financial.fv)', () => {
    fc.assert(
      fc.property(lenderCase, (c) => {
        const { num, den } = monthlyRatio(c);
        const r = Number(num) / Number(den);
        // Where the float oracle is itself exact to well under a fen.
        fc.pre(r > c.fen * 2e-14 && (1 + r) ** c.term <= 1e6);
        const result = run(scenarioOf(c));
        const exactPayment = -pmt(r, c.term, c.fen);
        const payment = result.rows[0]?.payment ?? 0;
        // Each month adds at most half a fen of interest rounding and the payment's own rounding, and what is owed
        // grows at r: |balance_k − exact_k| ≤ (0.5 + |A − A_exact|) · ((1 + r)^k − 1) / r.
        const step = 0.5 + Math.abs(payment - exactPayment);
        const off = result.rows.slice(0, -1).filter((row) => {
          const exact = -fv(r, row.period, -exactPayment, c.fen);
          const growth = (1 + r) ** row.period;
          // Plus the float oracle's own error: its two terms reach P·(1 + r)^k before they cancel.
          const bound = (step * (growth - 1)) / r + 1e-15 * c.fen * growth + 1e-6;
          return Math.abs(row.balance - Math.max(0, exact)) > bound;
        });
        expect(off).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('charges round(balance × rate) every month for equal principal (等额本金) too', () => {
    fc.assert(
      fc.property(lenderCase, (c) => {
        const result = run({ ...scenarioOf(c), method: 'equal-principal' });
        const { num, den } = monthlyRatio(c);
        let balance = c.fen;
        const off = result.rows.filter((row) => {
          const wrong = row.interest !== Number(roundDiv(BigInt(balance) * num, den));
          balance -= row.principal;
          return wrong;
        });
        expect(off).toEqual([]);
        expect(balance).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reconciles the Jiebei example row by row: ¥9,220.25 × 1.2 % = ¥110.64 in month 2', () => {
    const result = run({ ...scenarioOf({ fen: 1_000_000, daily: true, units: 400, term: 12 }) });
    // Month 1: 10,000.00 × 1.2 % = 120.00 of interest, 899.75 − 120.00 = 779.75 of principal, 9,220.25 left.
    expect(result.rows[0]).toEqual({
      period: 1,
      payment: 89_975,
      principal: 77_975,
      interest: 12_000,
      balance: 922_025,
    });
    // Month 2: 9,220.25 × 1.2 % = 110.643 → 110.64; 899.75 − 110.64 = 789.11; 8,431.14 left.
    expect(result.rows[1]).toEqual({
      period: 2,
      payment: 89_975,
      principal: 78_911,
      interest: 11_064,
      balance: 843_114,
    });
  });

  it('rounds an exact half fen up, as decimal arithmetic does, where binary floating point falls just short', () => {
    // ¥9,996,000 at 8.0095 % a year, interest first: 999,600,000 fen × 0.080095 / 12 = 80,064,962 / 12 =
    // 6,671,913.5 fen exactly → 6,671,914. In binary floating point (8.0095 / 100 / 12, as the monthly rate is
    // computed) the product is 6,671,913.4999999…
    expect(999_600_000 * (8.0095 / 100 / 12)).toBeLessThan(6_671_913.5);
    const result = run({
      ...scenarioOf({ fen: 999_600_000, daily: false, units: 80_095, term: 3 }),
      method: 'interest-first',
    });
    expect(result.rows.map((row) => row.interest)).toEqual([6_671_914, 6_671_914, 6_671_914]);
  });
});

describe('exactMonthlyRate: the typed rate as the decimal that was typed', () => {
  const value = ({ num, den }: { num: bigint; den: bigint }) => [num, den] as const;
  const same = (a: readonly [bigint, bigint], b: readonly [bigint, bigint]) => a[0] * b[1] === b[0] * a[1];

  it.each([
    ['annual', 0.07, [7n, 120_000n]],
    ['annual', 3.9, [39n, 12_000n]],
    ['daily', 0.04, [4n * 360n, 100n * 100n * 12n]],
    ['daily', 1e-7, [360n, 10n ** 7n * 1_200n]],
    ['annual', 365, [365n, 1_200n]],
    ['annual', 0, [0n, 1n]],
  ] as const)('reads %s %s %% exactly', (type, percent, expected) => {
    expect(same(value(exactMonthlyRate(type, percent)), expected)).toBe(true);
  });
});
