import fc from 'fast-check';
import { irr as oracleIrr } from 'financial';
import { describe, expect, it } from 'vitest';
import {
  LOAN_PRESETS,
  headlineRate,
  loanNotices,
  simulateLoan,
  type LoanResult,
  type LoanScenario,
} from '../../../src/engine/index';

/**
 * Money kept back when a loan is paid out (砍头息, the `deduction` field): the schedule stays the contract's, and the
 * true cost is measured on the money actually received (Civil Code Art. 670, FACTS-2 §A7).
 */
/** ¥10,000 at 0.04 % a day over 12 months in equal installments (the Jiebei example). */
const BASE: LoanScenario = LOAN_PRESETS['jiebei-12'];

function run(over: Partial<LoanScenario>): LoanResult {
  const r = simulateLoan({ ...BASE, ...over });
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const loans = fc.record({
  principal: fc.integer({ min: 100, max: 1_000_000 }),
  rateType: fc.constant('annual' as const),
  rate: fc.integer({ min: 1, max: 3600 }).map((tenths) => tenths / 10),
  term: fc.integer({ min: 1, max: 60 }),
  method: fc.constantFrom('equal-installment', 'equal-principal', 'interest-first', 'fee-installment') as fc.Arbitrary<
    LoanScenario['method']
  >,
  feeRate: fc.integer({ min: 0, max: 300 }).map((tenths) => tenths / 10),
});

describe('money kept back at payout', () => {
  it('leaves the schedule as the contract has it and adds what was received', () => {
    const plain = run({});
    const kept = run({ deduction: 1_000 });
    expect(kept.rows).toEqual(plain.rows);
    expect(kept.totals).toEqual(plain.totals);
    expect(kept.received).toBe(900_000);
    expect(plain.received).toBe(plain.principal);
  });

  it('measures the APR on the money received: the independent IRR of −received, then the payments', () => {
    fc.assert(
      fc.property(loans, fc.double({ min: 0, max: 0.9, noNaN: true }), (loan, share) => {
        const deduction = Math.floor(loan.principal * share * 100) / 100;
        const result = simulateLoan({ ...loan, deduction });
        if (!result.ok) return;
        const { received, rows, apr } = result.value;
        const oracle = oracleIrr([-received, ...rows.map((row) => row.payment)], 0.01, 1e-12, 1000);
        if (!Number.isFinite(oracle) || apr === null) return;
        expect(apr).toBeCloseTo(oracle * 12, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('only ever raises the true cost: more kept back, a higher APR', () => {
    fc.assert(
      fc.property(loans, fc.integer({ min: 1, max: 99 }), (loan, percent) => {
        const none = simulateLoan(loan);
        const some = simulateLoan({ ...loan, deduction: Math.floor(loan.principal * percent) / 100 });
        if (!none.ok || !some.ok || none.value.apr === null || some.value.apr === null) return;
        expect(some.value.apr).toBeGreaterThan(none.value.apr);
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing when it is 0', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const absent = simulateLoan(loan);
        const zero = simulateLoan({ ...loan, deduction: 0 });
        expect(zero).toEqual(absent.ok ? { ok: true, value: absent.value } : absent);
      }),
      { numRuns: 100 },
    );
  });

  it('gives a bullet loan its simple rate on the money received (hand-worked)', () => {
    // ¥10,000 at 0.04 % a day for 12 months (360 days in the lender's year): interest 1,440, repaid 11,440 at the
    // end. With ¥1,000 kept back the borrower received 9,000 and pays 2,440 beyond it: 2,440 / 9,000 a year.
    const result = run({ method: 'bullet', deduction: 1_000 });
    expect(result.totals.paid).toBe(1_144_000);
    expect(headlineRate(result)).toEqual({ kind: 'simple', value: expect.closeTo(2_440 / 9_000, 12) as number });
    expect(loanNotices(result)).toEqual([]);
  });

  it('does not mistake the deduction for rounding noise', () => {
    // The rounding check compares the shown rate with the same loan unrounded; both count the money kept back.
    for (const method of ['equal-installment', 'equal-principal', 'interest-first', 'fee-installment'] as const) {
      const result = run({ method, feeRate: method === 'fee-installment' ? 8.8 : 0, deduction: 500 });
      expect(loanNotices(result).map((notice) => notice.code)).toEqual([]);
    }
  });

  it('must leave something to receive, and is a plain amount', () => {
    const errors = (deduction: unknown) => {
      const result = simulateLoan({ ...BASE, deduction });
      return result.ok ? [] : result.errors;
    };
    expect(errors(10_000)).toEqual([{ field: 'deduction', code: 'out-of-range', min: 0, max: 9_999.99 }]);
    expect(errors(-1)).toEqual([{ field: 'deduction', code: 'out-of-range', min: 0, max: 10_000_000 }]);
    expect(errors('abc').map((e) => e.code)).toEqual(['not-a-number']);
    expect(errors(0.001).map((e) => e.code)).toEqual(['too-many-decimals']);
    expect(errors(9_999.99)).toEqual([]);
  });
});
