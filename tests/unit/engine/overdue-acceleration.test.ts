import fc from 'fast-check';
import { ppmt } from 'financial';
import { describe, expect, it } from 'vitest';
import { OVERDUE_PRESETS, simulateOverdue, type OverdueResult, type OverdueScenario } from '../../../src/engine/index';
import { overdueScenario } from './arbitraries';

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

function run(s: OverdueScenario): OverdueResult {
  const r = simulateOverdue(s);
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

/** The same scenario with no acceleration clause. */
function withoutClause(s: OverdueScenario): OverdueScenario {
  const { accelerationDays: _clause, ...rest } = s;
  return rest;
}

const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/**
 * 10,000 yuan at 0.04 % a day (1.2 % a month on the lender's 360-day year), interest first: 120 yuan of interest
 * each month and the whole principal with installment 12. Jiebei rule: penalty 1.5 × 0.04 % = 0.06 % a day.
 * Due dates from 2026-01-10: day 0, 31 (Feb 10), 59 (Mar 10), 90 (Apr 10), 120 (May 10)…
 */
const interestFirst: OverdueScenario = {
  ...OVERDUE_PRESETS['stopped-365'],
  loan: { principal: 10_000, rateType: 'daily', rate: 0.04, term: 12, method: 'interest-first', feeRate: 0 },
  dpd: 120,
  accelerationDays: 90,
};

describe('overdue: acceleration (提前到期), worked by hand', () => {
  it('calls in the whole principal of an interest-first loan on day 90 and charges penalty on it from then', () => {
    const r = run(interestFirst);
    // Day 89: three interest installments due (days 0, 31, 59), no principal yet, so no penalty.
    expect(r.days[89]).toMatchObject({ overduePrincipal: 0, unpaidInterest: 36_000, penalty: 0 });
    // Day 90: the clause applies; the fourth interest installment is due the same day.
    expect(r.days[90]).toMatchObject({ overduePrincipal: 1_000_000, unpaidInterest: 48_000, penalty: 0 });
    expect(r.days[90]?.notDuePrincipal).toBe(0);
    // Day 120: 10,000 × 0.06 % × 30 days = 180.00 yuan; five interest installments (600 yuan).
    expect(r.final).toMatchObject({ overduePrincipal: 1_000_000, unpaidInterest: 60_000, penalty: 18_000 });
    expect(r.final.total).toBe(1_000_000 + 60_000 + 18_000);
    // Without the clause the principal is not due until month 12: only the interest is owed.
    expect(r.compare.withoutAcceleration).toBe(60_000);
  });

  it('shows the total with compound interest beside it: penalty also on each unpaid 120 yuan of interest', () => {
    const r = run(interestFirst);
    // 120 yuan × 0.06 % × (120 + 89 + 61 + 30 + 0) days = 21.60 yuan more.
    expect(r.compare.compoundFlipped).toBe(1_078_000 + 2_160);
    const on = run({ ...interestFirst, compound: true });
    expect(on.final.total).toBe(1_080_160);
    expect(on.compare.compoundFlipped).toBe(1_078_000);
  });

  it('moves the principal of 10,000 yuan over 12 equal installments forward on day 90 (stopped-365)', () => {
    const s = OVERDUE_PRESETS['stopped-365'];
    expect(s.accelerationDays).toBe(90);
    const r = run(s);
    const offsets = Array.from({ length: 12 }, (_, k) =>
      daysBetween('2026-01-10', new Date(Date.UTC(2026, k, 10)).toISOString().slice(0, 10)),
    );
    const parts = offsets.map((_, k) => -ppmt(0.012, k + 1, 12, 10_000) * 100);
    const dueBy = (day: number) => parts.filter((_, k) => (offsets[k] as number) <= day).reduce((a, b) => a + b, 0);
    // Before day 90 only the installments due so far (Jan, Feb, Mar); from day 90 all of it.
    expect(Math.abs((r.days[89]?.overduePrincipal as number) - dueBy(89))).toBeLessThanOrEqual(2);
    expect(r.days[90]?.overduePrincipal).toBe(1_000_000);
    // Installments due by day 90 carry penalty from their own due dates, the rest from day 90.
    const early = parts.reduce(
      (sum, p, k) => sum + ((offsets[k] as number) <= 90 ? p * (365 - (offsets[k] as number)) : 0),
      0,
    );
    const expected = 0.0006 * (early + (1_000_000 - dueBy(90)) * (365 - 90));
    expect(Math.abs(r.final.penalty - expected)).toBeLessThanOrEqual(3);
    // Beside it: the old figure, every installment on its own due date.
    expect(r.compare.withoutAcceleration).toBe(run(withoutClause(s)).final.total);
    expect(r.compare.withoutAcceleration).toBeLessThan(r.final.total);
  });

  it('changes nothing in amount mode, for the last installment, or when paid before the clause applies', () => {
    const amount = run({ ...OVERDUE_PRESETS['huabei-30'], accelerationDays: 0 });
    expect(amount.compare.withoutAcceleration).toBeNull();
    const last = run({ ...OVERDUE_PRESETS['stopped-365'], missedPeriod: 12, dpd: 200, accelerationDays: 0 });
    expect(last.compare.withoutAcceleration).toBeNull();
    const early = run({ ...OVERDUE_PRESETS['stopped-365'], payOnDay: 60 });
    expect(early.compare.withoutAcceleration).toBeNull();
    expect(early.paid).toBe(run(withoutClause({ ...OVERDUE_PRESETS['stopped-365'], payOnDay: 60 })).paid);
  });
});

describe('overdue: with and without (properties)', PROPERTY_TIMEOUT, () => {
  const loanMode = overdueScenario.map((s): OverdueScenario => ({ ...s, mode: 'loan' }));

  it('never lowers what is owed, on any day, by adding an acceleration clause', () => {
    fc.assert(
      fc.property(loanMode, fc.integer({ min: 0, max: 400 }), (s, n) => {
        const plain = run(withoutClause(s));
        const accelerated = run({ ...s, accelerationDays: n });
        for (let d = 0; d < plain.days.length; d++) {
          expect(accelerated.days[d]?.total).toBeGreaterThanOrEqual(plain.days[d]?.total as number);
          expect(accelerated.days[d]?.penalty).toBeGreaterThanOrEqual(plain.days[d]?.penalty as number);
        }
        const shown = accelerated.days[accelerated.settledDay ?? s.dpd]?.total as number;
        const without = accelerated.compare.withoutAcceleration;
        expect(without === null ? shown : without).toBe(plain.days[plain.settledDay ?? s.dpd]?.total);
      }),
      { numRuns: 150 },
    );
  });

  it('owes at least as much with compound interest as without, and says so only when they differ', () => {
    fc.assert(
      fc.property(overdueScenario, (s) => {
        const off = run({ ...s, compound: false });
        const on = run({ ...s, compound: true });
        for (let d = 0; d < off.days.length; d++)
          expect(on.days[d]?.total).toBeGreaterThanOrEqual(off.days[d]?.total as number);
        const day = s.payOnDay ?? s.dpd;
        const same = on.days[day]?.total === off.days[day]?.total;
        expect(off.compare.compoundFlipped).toBe(same ? null : on.days[day]?.total);
        expect(on.compare.compoundFlipped).toBe(same ? null : off.days[day]?.total);
      }),
      { numRuns: 150 },
    );
  });

  it('gives equal figures when nothing is unpaid beyond principal or nothing is left to call in', () => {
    fc.assert(
      fc.property(overdueScenario, fc.integer({ min: 0, max: 400 }), (s, n) => {
        // Amount mode: one amount of principal, no interest to compound and nothing later to fall due.
        const amount = run({ ...s, mode: 'amount', accelerationDays: n });
        expect(amount.compare).toEqual({ withoutAcceleration: null, compoundFlipped: null });
        // Paid before the clause could apply: acceleration changes nothing.
        if (s.payOnDay !== undefined && s.payOnDay < n) {
          const paidFirst = run({ ...s, mode: 'loan', accelerationDays: n });
          expect(paidFirst.compare.withoutAcceleration).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });
});
