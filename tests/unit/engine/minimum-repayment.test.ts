import fc from 'fast-check';
import { nper } from 'financial';
import { describe, expect, it } from 'vitest';
import { MINIMUM_REPAYMENT_MAX_MONTHS } from '../../../src/engine/constants';
import {
  minimumRepayment,
  type MinimumRepaymentResult,
  type MinimumRepaymentScenario,
} from '../../../src/engine/minimum-repayment';

/**
 * "Pay only the minimum" checked against hand-worked months, the `financial` package's nper where the floor makes
 * the payment a fixed amount, and properties that hold for any bill: what is paid adds up, the balance falls while
 * the minimum covers the interest, and a higher minimum never takes longer or costs more.
 */
const PROPERTY_TIMEOUT = { timeout: 60_000 };

function run(q: MinimumRepaymentScenario): MinimumRepaymentResult {
  const r = minimumRepayment(q);
  if (!r.ok) throw new Error(`expected a valid question: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const bills = fc.integer({ min: 100, max: 100_000_000 }).map((f) => f / 100);
const percents = fc.integer({ min: 1, max: 100 });
const floors = fc.integer({ min: 0, max: 100_000 }).map((f) => f / 100);

describe('minimumRepayment: hand-worked months', () => {
  it('¥1,000 at a 10 % minimum with a ¥10 floor', () => {
    // Month 1 (the due date): nothing accrued; 10 % of 100,000 fen = 10,000 → 90,000 left.
    // Month 2: interest round(90,000 × 0.0005 × 30) = 1,350; owed 91,350; 10 % = 9,135 → 82,215 left.
    // Month 3: interest round(82,215 × 0.015) = round(1,233.225) = 1,233; owed 83,448; 10 % = round(8,344.8) = 8,345
    //          → 75,103 left.
    const r = run({ bill: 1000, percent: 10, floor: 10 });
    expect(r.rows.slice(0, 3)).toEqual([
      { month: 1, interest: 0, payment: 10_000, balance: 90_000 },
      { month: 2, interest: 1_350, payment: 9_135, balance: 82_215 },
      { month: 3, interest: 1_233, payment: 8_345, balance: 75_103 },
    ]);
    expect(r.cleared).toBe(true);
  });

  it('¥100 at 100 % is the bill paid in full: one month, no interest', () => {
    const r = run({ bill: 100, percent: 100, floor: 0 });
    expect(r.rows).toEqual([{ month: 1, interest: 0, payment: 10_000, balance: 0 }]);
    expect(r.totalInterest).toBe(0);
    expect(r.fullPaid).toBe(10_000);
  });

  it('¥300 paid ¥100 a month (the floor, as 1 % is always less)', () => {
    // Month 2: interest round(20,000 × 0.015) = 300; owed 20,300; pays 10,000 → 10,300.
    // Month 3: interest round(10,300 × 0.015) = round(154.5) = 155 (half up); owed 10,455; pays 10,000 → 455.
    // Month 4: interest round(455 × 0.015) = round(6.825) = 7; owed 462, all paid. Interest 300 + 155 + 7 = 462.
    const r = run({ bill: 300, percent: 1, floor: 100 });
    expect(r.rows.map((row) => [row.interest, row.payment, row.balance])).toEqual([
      [0, 10_000, 20_000],
      [300, 10_000, 10_300],
      [155, 10_000, 455],
      [7, 462, 0],
    ]);
    expect(r.totalInterest).toBe(462);
    expect(r.totalPaid).toBe(30_462);
  });

  it('with no floor, a minimum below the interest never clears the bill within the cap', () => {
    // 1 % of what is owed is less than the 1.5 % a month it earns: the balance grows.
    const r = run({ bill: 1000, percent: 1, floor: 0 });
    expect(r.cleared).toBe(false);
    expect(r.months).toBe(MINIMUM_REPAYMENT_MAX_MONTHS);
    expect(r.balanceLeft).toBeGreaterThan(100_000);
  });

  it('the installment plans are the reported fees on the bill: ¥1,000 over 12 months costs ¥88', () => {
    const r = run({ bill: 1000, percent: 10, floor: 10 });
    expect(r.installments.map((p) => [p.term, p.fee])).toEqual([
      [3, 2_500],
      [6, 4_500],
      [9, 6_500],
      [12, 8_800],
    ]);
    for (const p of r.installments) expect(p.paid).toBe(100_000 + p.fee);
  });
});

describe('minimumRepayment: bad input', () => {
  it.each([
    [null, 'scenario', 'required'],
    [[], 'scenario', 'not-an-object'],
    [{ bill: 0, percent: 10, floor: 10 }, 'bill', 'out-of-range'],
    [{ bill: '1000', percent: 10, floor: 10 }, 'bill', 'not-a-number'],
    [{ bill: 10.001, percent: 10, floor: 10 }, 'bill', 'too-many-decimals'],
    [{ bill: 1000, percent: 0, floor: 10 }, 'percent', 'out-of-range'],
    [{ bill: 1000, percent: 10.5, floor: 10 }, 'percent', 'not-an-integer'],
    [{ bill: 1000, percent: 10, floor: -1 }, 'floor', 'out-of-range'],
    [{ bill: 1000, percent: 10, floor: Number.NaN }, 'floor', 'not-a-number'],
    [{ bill: 1000, percent: 10, floor: Infinity }, 'floor', 'out-of-range'],
  ])('%j → %s %s', (input, field, code) => {
    const r = minimumRepayment(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('a getter that throws is an error, not an exception', () => {
    const hostile = Object.defineProperty({}, 'bill', {
      get() {
        throw new Error('boom');
      },
    });
    expect(minimumRepayment(hostile).ok).toBe(false);
  });
});

describe('minimumRepayment: properties', PROPERTY_TIMEOUT, () => {
  it('totals add up, amounts are whole fen, and the balance falls while the minimum covers the interest', () => {
    fc.assert(
      fc.property(bills, percents, floors, (bill, percent, floor) => {
        const r = run({ bill, percent, floor });
        const sum = (key: 'interest' | 'payment') => r.rows.reduce((t, row) => t + row[key], 0);
        expect(r.totalInterest).toBe(sum('interest'));
        expect(r.totalPaid).toBe(sum('payment'));
        expect(r.totalPaid + r.balanceLeft).toBe(r.bill + r.totalInterest);
        if (r.cleared) expect(r.totalPaid).toBe(r.bill + r.totalInterest);
        let before = r.bill;
        for (const row of r.rows) {
          for (const v of [row.interest, row.payment, row.balance]) {
            expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
          }
          if (row.payment > row.interest) expect(row.balance).toBeLessThan(before);
          before = row.balance;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a higher minimum percentage (or floor) never takes more months nor more interest', () => {
    fc.assert(
      fc.property(bills, percents, percents, floors, floors, (bill, p1, p2, f1, f2) => {
        const low = run({ bill, percent: Math.min(p1, p2), floor: Math.min(f1, f2) });
        const high = run({ bill, percent: Math.max(p1, p2), floor: Math.max(f1, f2) });
        expect(high.months).toBeLessThanOrEqual(low.months);
        expect(high.totalInterest).toBeLessThanOrEqual(low.totalInterest);
      }),
      { numRuns: 150 },
    );
  });

  it('paying 100 % is paying in full: no interest, one month', () => {
    fc.assert(
      fc.property(bills, floors, (bill, floor) => {
        const r = run({ bill, percent: 100, floor });
        expect([r.months, r.totalInterest, r.totalPaid]).toEqual([1, 0, r.fullPaid]);
      }),
    );
  });

  it('when the floor is always the minimum, the months match nper for a fixed payment', () => {
    // With a floor F of at least 2 % of the bill, 1 % of what is owed (at most 1.015 × the bill) never exceeds it,
    // and F covers the 1.5 % interest: the payment is then the fixed amount F (the last one less), month 1 leaves
    // B − F, and nper(1.5 %, −F, B − F) more months clear it.
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 10_000_000 }),
        fc.integer({ min: 200, max: 5_000 }),
        (billFen, perTenThousand) => {
          const floorFen = Math.ceil((billFen * perTenThousand) / 10_000);
          const r = run({ bill: billFen / 100, percent: 1, floor: floorFen / 100 });
          const rest = billFen - floorFen;
          const expected = rest <= 0 ? 1 : 1 + Math.ceil(nper(0.015, -floorFen, rest) - 1e-9);
          // Interest is rounded to the fen each month, which can tip the last month over by one either way.
          expect(Math.abs(r.months - expected)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
