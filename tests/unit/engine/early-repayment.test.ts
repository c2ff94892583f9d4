import fc from 'fast-check';
import { nper, pmt } from 'financial';
import { describe, expect, it } from 'vitest';
import {
  earlyRepayment,
  type EarlyRepaymentResult,
  type EarlyRepaymentScenario,
} from '../../../src/engine/early-repayment';
import { validateLoan } from '../../../src/engine/validate-loan';
import type { LoanInput } from '../../../src/engine/schedule';
import type { LoanScenario } from '../../../src/engine/scenario';
import { loanScenario } from './arbitraries';

/**
 * Early repayment checked against hand-worked cases, the `financial` package (pmt for "lower the payment", nper for
 * "shorten the term") and properties that hold whatever the loan: repaying nothing changes nothing, repaying all
 * leaves nothing after, the principal always adds up, and repaying more never costs more interest.
 */
const PROPERTY_TIMEOUT = { timeout: 60_000 };

function loan(s: LoanScenario): LoanInput {
  const v = validateLoan(s);
  if (!v.ok) throw new Error(`expected a valid loan: ${JSON.stringify(v.errors)}`);
  return v.value;
}

const base: EarlyRepaymentScenario = {
  month: 0,
  repay: 'all',
  amount: 0,
  adjust: 'shorten',
  fee: 'none',
  feeRate: 0,
};

function run(l: LoanInput, q: Partial<EarlyRepaymentScenario>): EarlyRepaymentResult {
  const r = earlyRepayment(l, { ...base, ...q });
  if (!r.ok) throw new Error(`expected a valid question: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const annual = (principal: number, rate: number, term: number, method: LoanScenario['method']) =>
  loan({ principal, rateType: 'annual', rate, term, method, feeRate: 0 });

describe('early repayment: hand-worked cases', () => {
  it('equal principal, all repaid after 6 of 12 months at 1 % a month: saves 1 % of 6,000 + 5,000 + … + 1,000', () => {
    const r = run(annual(12_000, 12, 12, 'equal-principal'), { month: 6 });
    expect(r.balanceBefore).toBe(600_000);
    expect(r.repaid).toBe(600_000);
    expect(r.costSaved).toBe(21_000); // (6 + 5 + 4 + 3 + 2 + 1) × 1,000 yuan × 1 % = 210 yuan
    expect(r.rows).toEqual([]);
    expect(r.lastMonth).toBe(6);
    // 12,000 yuan of principal and the interest of months 1–6: 1 % × (12 + 11 + … + 7) × 1,000 yuan = 570 yuan.
    expect(r.paid).toBe(1_200_000 + 57_000);
  });

  it('takes a 1 % fee on the 6,000 yuan repaid out of the saving', () => {
    const r = run(annual(12_000, 12, 12, 'equal-principal'), { month: 6, fee: 'percent', feeRate: 1 });
    expect(r.fee).toBe(6_000);
    expect(r.netSaving).toBe(21_000 - 6_000);
  });

  it('interest-first: 4,000 of 10,000 repaid after 3 months leaves 60 yuan a month instead of 100 for 9 months', () => {
    const r = run(annual(10_000, 12, 12, 'interest-first'), { month: 3, repay: 'part', amount: 4_000 });
    expect(r.rows).toHaveLength(9);
    expect(r.rows.slice(0, 8).every((row) => row.payment === 6_000)).toBe(true);
    expect(r.rows[8]).toMatchObject({ period: 12, principal: 600_000, interest: 6_000, balance: 0 });
    expect(r.costSaved).toBe(9 * 4_000);
  });

  it('bullet: all repaid after 4 of 12 months pays 4 months of simple interest, not 12', () => {
    const r = run(annual(10_000, 12, 12, 'bullet'), { month: 4 });
    expect(r.accrued).toBe(40_000); // 10,000 × 1 % × 4
    expect(r.costSaved).toBe(120_000 - 40_000);
    expect(r.paid).toBe(1_000_000 + 40_000);
  });

  it('Huabei-style installments: the 9 remaining fees of 88 yuan are saved, unless the contract still charges them', () => {
    const l = loan({
      principal: 12_000,
      rateType: 'daily',
      rate: 0,
      term: 12,
      method: 'fee-installment',
      feeRate: 8.8,
    });
    const waived = run(l, { month: 3 });
    expect(waived.costSaved).toBe(9 * 8_800);
    expect(waived.netSaving).toBe(9 * 8_800);
    const charged = run(l, { month: 3, fee: 'remaining-fees' });
    expect(charged.fee).toBe(9 * 8_800);
    expect(charged.netSaving).toBe(0);
    expect(charged.paid).toBe(charged.originalPaid);
  });

  it('equal installments, shorten: 0 % and 5,000 of 12,000 after 2 months at 1,000 a month ends 5 months early', () => {
    const r = run(annual(12_000, 0, 12, 'equal-installment'), {
      month: 2,
      repay: 'part',
      amount: 5_000,
      adjust: 'shorten',
    });
    expect(r.rows.map((row) => row.payment)).toEqual([100_000, 100_000, 100_000, 100_000, 100_000]);
    expect(r.lastMonth).toBe(7);
    expect(r.costSaved).toBe(0);
  });
});

describe('early repayment: errors, never exceptions', () => {
  const l = annual(10_000, 12, 12, 'equal-installment');

  it('names every bad field with its limits in user units', () => {
    const r = earlyRepayment(l, {
      month: 12,
      repay: 'part',
      amount: 'x',
      adjust: 'faster',
      fee: 'percent',
      feeRate: -1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'month', code: 'out-of-range', min: 0, max: 11 },
      { field: 'amount', code: 'not-a-number' },
      { field: 'adjust', code: 'unknown-option' },
      { field: 'feeRate', code: 'out-of-range', min: 0, max: 100 },
    ]);
  });

  it('refuses more than the balance left after month k, and fractions of a fen', () => {
    const after3 = run(l, { month: 3, repay: 'part', amount: 0 }).balanceBefore / 100;
    const over = earlyRepayment(l, { ...base, month: 3, repay: 'part', amount: after3 + 0.01 });
    expect(over).toEqual({ ok: false, errors: [{ field: 'amount', code: 'out-of-range', min: 0, max: after3 }] });
    const fine = earlyRepayment(l, { ...base, month: 3, repay: 'part', amount: 1.005 });
    expect(fine).toEqual({ ok: false, errors: [{ field: 'amount', code: 'too-many-decimals', max: 2 }] });
  });

  it('offers "remaining fees" to fee installments only, and "part" to every method but them', () => {
    expect(earlyRepayment(l, { ...base, fee: 'remaining-fees' })).toEqual({
      ok: false,
      errors: [{ field: 'fee', code: 'unknown-option' }],
    });
    const huabei = loan({
      principal: 100,
      rateType: 'daily',
      rate: 0,
      term: 3,
      method: 'fee-installment',
      feeRate: 2.5,
    });
    expect(earlyRepayment(huabei, { ...base, repay: 'part', amount: 10 })).toEqual({
      ok: false,
      errors: [{ field: 'repay', code: 'unknown-option' }],
    });
  });

  it('answers anything at all with a result or field errors, and finite whole-fen figures', () => {
    fc.assert(
      fc.property(
        loanScenario,
        fc.anything(),
        fc.record({ month: fc.anything(), amount: fc.anything() }),
        (s, junk, part) => {
          for (const q of [junk, { ...base, ...part }, { ...base, repay: 'part', ...part }]) {
            const r = earlyRepayment(loan(s), q);
            if (!r.ok) {
              expect(r.errors.length).toBeGreaterThan(0);
              continue;
            }
            for (const v of [r.value.costSaved, r.value.paid, r.value.fee, r.value.netSaving]) {
              expect(Number.isSafeInteger(v)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A loan and a valid question about it: a month before the end and a share (0–1) of the balance then. */
const anyCase = fc.record({
  s: loanScenario,
  monthShare: fc.double({ min: 0, max: 1, noNaN: true }),
  share: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  share2: fc.double({ min: 0, max: 1, noNaN: true }),
  adjust: fc.constantFrom('shorten' as const, 'lower' as const),
});
/** Same, keeping the payment ("shorten"): the rows after k follow the original rule, so rounding cannot add cost. */
const shortenCase = anyCase.map((c) => ({ ...c, adjust: 'shorten' as const }));
/** Everyday loans (up to 36 % a year or 0.1 % a day, up to 5 years) with the payment recomputed ("lower"). */
const lowerCase = fc.record({
  fen: fc.integer({ min: 100, max: 1_000_000_000 }),
  daily: fc.boolean(),
  units: fc.integer({ min: 0, max: 3_600 }),
  term: fc.integer({ min: 1, max: 60 }),
  method: fc.constantFrom('equal-installment' as const, 'equal-principal' as const),
  monthShare: fc.double({ min: 0, max: 1, noNaN: true }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  step: fc.integer({ min: 0, max: 100 }),
});

function question(l: LoanInput, monthShare: number, share: number) {
  const month = Math.min(l.term - 1, Math.floor(monthShare * l.term));
  const balance = run(l, { month }).balanceBefore;
  return { month, balance, amount: Math.floor(share * balance) / 100 };
}

describe('early repayment: properties', PROPERTY_TIMEOUT, () => {
  it('keeps the principal whole: months 1…k, the early repayment and the new rows repay exactly the loan', () => {
    fc.assert(
      fc.property(anyCase, ({ s, monthShare, share, adjust }) => {
        const l = loan(s);
        const repay = l.method === 'fee-installment' ? 'all' : 'part';
        const { month, amount } = question(l, monthShare, share);
        const r = run(l, { month, repay, amount, adjust });
        const after = r.rows.reduce((total, row) => total + row.principal, 0);
        expect(r.balanceBefore - r.repaid).toBe(after);
        expect(r.rows.at(-1)?.balance ?? 0).toBe(0);
        expect(r.rows.every((row) => row.principal >= 0 && row.interest >= 0)).toBe(true);
      }),
    );
  });

  it('never costs more than the original schedule when there is no fee (saving ≥ 0)', () => {
    fc.assert(
      fc.property(shortenCase, ({ s, monthShare, share, adjust }) => {
        const l = loan(s);
        const repay = l.method === 'fee-installment' ? 'all' : 'part';
        const { month, amount } = question(l, monthShare, share);
        const r = run(l, { month, repay, amount, adjust });
        expect(r.netSaving).toBe(r.costSaved);
        expect(r.costSaved).toBeGreaterThanOrEqual(0);
        expect(r.paid).toBeLessThanOrEqual(r.originalPaid);
      }),
    );
  });

  it('repaying everything at month k leaves no later rows and nothing more to pay', () => {
    fc.assert(
      fc.property(anyCase, ({ s, monthShare, adjust }) => {
        const l = loan(s);
        const { month, amount, balance } = question(l, monthShare, 1);
        for (const r of [
          run(l, { month, adjust }),
          ...(l.method === 'fee-installment' ? [] : [run(l, { month, repay: 'part', amount, adjust })]),
        ]) {
          expect(r.rows).toEqual([]);
          expect(r.newPayment).toBeNull();
          // A rounded-up payment can clear a loan early (¥0 months after): nothing is then repaid at month k.
          if (balance > 0) expect(r.lastMonth).toBe(month);
          else expect(r.lastMonth).toBeLessThanOrEqual(month);
        }
      }),
    );
  });

  it('repaying 0 changes nothing', () => {
    fc.assert(
      fc.property(anyCase, ({ s, monthShare, adjust }) => {
        const l = loan(s);
        if (l.method === 'fee-installment') return;
        const { month } = question(l, monthShare, 0);
        const r = run(l, { month, repay: 'part', amount: 0, adjust });
        expect(r.costSaved).toBe(0);
        expect(r.paid).toBe(r.originalPaid);
        expect(r.lastMonth).toBe(r.originalLastMonth);
      }),
    );
  });

  it('more repaid early never costs more interest', () => {
    fc.assert(
      fc.property(shortenCase, ({ s, monthShare, share, share2, adjust }) => {
        const l = loan(s);
        if (l.method === 'fee-installment') return;
        const { month, balance } = question(l, monthShare, 0);
        const [less, more] = [share, share2].sort((a, b) => a - b).map((x) => Math.floor((x ?? 0) * balance) / 100);
        const a = run(l, { month, repay: 'part', amount: less, adjust });
        const b = run(l, { month, repay: 'part', amount: more, adjust });
        expect(b.cost).toBeLessThanOrEqual(a.cost);
      }),
    );
  });
});

describe('early repayment, "lower the payment": rounding afresh', PROPERTY_TIMEOUT, () => {
  // A recomputed payment (or principal part) is rounded to the fen again. That half fen a month stays in the
  // balance and compounds at the loan's rate until the last payment settles it, so a repayment of a few fen can
  // "save" a little less than 0. The allowance is m·(1 + r)^m fen over the m months left: a fen or two a month on
  // everyday loans; what matters is that the figures never move the wrong way by more than rounding can explain.
  it('saves at least minus the rounding allowance, and repaying more costs at most that much more', () => {
    fc.assert(
      fc.property(lowerCase, (c) => {
        const l = loan({
          principal: c.fen / 100,
          rateType: c.daily ? 'daily' : 'annual',
          rate: c.daily ? c.units / 36_000 : c.units / 100,
          term: c.term,
          method: c.method,
          feeRate: 0,
        });
        const { month, balance, amount } = question(l, c.monthShare, c.share);
        const more = Math.min(balance, Math.round(amount * 100) + c.step) / 100;
        const a = run(l, { month, repay: 'part', amount, adjust: 'lower' });
        const b = run(l, { month, repay: 'part', amount: more, adjust: 'lower' });
        const m = l.term - month;
        const allowance = m * (1 + c.units / 100 / 100 / 12) ** m;
        expect(a.costSaved).toBeGreaterThanOrEqual(-allowance);
        expect(b.cost).toBeLessThanOrEqual(a.cost + allowance);
      }),
      { numRuns: 500 },
    );
  });
});

/** Equal-installment loans whose rate is a whole number of 0.01 % a year, so the float rate is the typed one. */
const eiCase = fc.record({
  fen: fc.integer({ min: 100_000, max: 100_000_000 }),
  units: fc.integer({ min: 1, max: 3_600 }),
  term: fc.integer({ min: 2, max: 360 }),
  monthShare: fc.double({ min: 0, max: 1, noNaN: true }),
  share: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
});

describe('early repayment against financial.pmt and financial.nper', PROPERTY_TIMEOUT, () => {
  it('"lower the payment": the new payment is pmt on the balance left over the months left, rounded to the fen', () => {
    let checked = 0;
    fc.assert(
      fc.property(eiCase, (c) => {
        const l = annual(c.fen / 100, c.units / 100, c.term, 'equal-installment');
        const { month, amount } = question(l, c.monthShare, c.share);
        const r = run(l, { month, repay: 'part', amount, adjust: 'lower' });
        const left = r.balanceBefore - r.repaid;
        if (left === 0 || month === l.term - 1) return;
        const exact = -pmt(c.units / 100 / 100 / 12, l.term - month, left);
        if (Math.abs((exact % 1) - 0.5) < 1e-6) return; // two correct float computations may round a half apart
        checked++;
        expect(r.newPayment).toBe(Math.round(exact));
        expect(r.lastMonth).toBeLessThanOrEqual(l.term);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  it('"shorten the term": the months left are nper of the same payment on the balance left, rounded up', () => {
    let tight = 0;
    fc.assert(
      fc.property(eiCase, (c) => {
        const l = annual(c.fen / 100, c.units / 100, c.term, 'equal-installment');
        const { month, amount } = question(l, c.monthShare, c.share);
        const r = run(l, { month, repay: 'part', amount, adjust: 'shorten' });
        const left = r.balanceBefore - r.repaid;
        const payment = run(l, { month: 0, repay: 'part', amount: 0 }).rows[0]?.payment ?? 0;
        if (left === 0) return;
        const rate = c.units / 100 / 100 / 12;
        // Each month's interest is rounded by at most half a fen; discounted to month k, m such errors add up to
        // at most m / 2 fen. So the schedule is an exact amortisation of the balance left ± (n − k) / 2 fen: its
        // length lies between ceil(nper) of those two balances, and never runs past the original term.
        const cap = l.term - month;
        const slack = cap / 2;
        const low = left - slack > 0 ? Math.ceil(nper(rate, -payment, left - slack) - 1e-9) : 1;
        const high = Math.ceil(nper(rate, -payment, left + slack) - 1e-9);
        const used = r.lastMonth - month;
        if (low === high) tight++;
        expect(used).toBeGreaterThanOrEqual(Math.min(low, cap));
        expect(used).toBeLessThanOrEqual(Math.min(high, cap));
        expect(r.newPayment).toBe(r.rows.length > 1 ? payment : r.rows[0]?.payment);
      }),
      { numRuns: 300 },
    );
    // Most cases pin the length to one month; otherwise the bracket would say little.
    expect(tight).toBeGreaterThan(200);
  });
});
