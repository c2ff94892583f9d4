/**
 * Comparing two or three loan offers (compare.ts, validate-compare.ts). Oracles: the `financial` package (pmt,
 * rate, irr), hand-worked schedules, and properties that tie the comparison to the loan simulator it is built on.
 */
import fc from 'fast-check';
import { irr as oracleIrr, pmt, rate as oracleRate } from 'financial';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_PRESETS,
  OFFER_IDS,
  simulateCompare,
  simulateLoan,
  validateCompare,
  type CompareResult,
  type CompareScenario,
  type LoanScenario,
  type OfferId,
  type OfferResult,
} from '../../../src/engine/index';
import { compareUrl } from '../../../src/simulators/compare/url';
import { badNumber, compareScenario, loanScenario } from './arbitraries';

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

/** Rates are shown to 0.01 %; two within half of that are the same rate to the reader. */
const SAME_RATE = 0.00005;

function run(s: CompareScenario): CompareResult {
  const r = simulateCompare(s);
  if (!r.ok) throw new Error(`expected a valid comparison: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const offer = (r: CompareResult, id: OfferId): OfferResult => {
  const found = r.offers.find((o) => o.id === id);
  if (!found) throw new Error(`offer ${id} not compared`);
  return found;
};

/** Monthly rate of a loan, worked out here: a daily rate × 30, or a yearly one ÷ 12. */
const monthlyRate = (s: LoanScenario) => (s.rateType === 'daily' ? (s.rate / 100) * 30 : s.rate / 100 / 12);

/** What the reader receives, fen: the principal less what is kept back. */
const receivedFen = (s: LoanScenario) => Math.round(s.principal * 100) - Math.round((s.deduction ?? 0) * 100);

/**
 * The lender's equal-installment schedule, written out here: a payment of round(pmt) every month, interest
 * round(balance × r) each month, and the last month pays off whatever balance is left. Returns the payments, fen.
 */
function equalInstallments(principalFen: number, r: number, n: number): number[] {
  const payment = Math.round(-pmt(r, n, principalFen));
  const payments: number[] = [];
  let balance = principalFen;
  for (let k = 1; k <= n; k++) {
    const interest = Math.round(balance * r);
    const pay = k === n ? balance + interest : payment;
    balance -= pay - interest;
    payments.push(pay);
  }
  return payments;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('comparing offers: hand-worked cases (oracle: the financial package)', () => {
  it('Jiebei at 0.04 %/day against Huabei at an 8.8 % fee and MYbank at 0.05 %/day, 10,000 yuan over 12 months', () => {
    const r = run(COMPARE_PRESETS['jiebei-huabei-mybank']);
    const jiebei = equalInstallments(1_000_000, 0.012, 12);
    // 899.75 a month (pmt of 10,000 at 1.2 % a month), the last 899.80: 10,797.05 repaid, 797.05 beyond the loan.
    expect(jiebei.slice(0, 11)).toEqual(Array(11).fill(89_975));
    expect(jiebei[11]).toBe(89_980);
    expect(sum(jiebei) - 1_000_000).toBe(79_705);
    expect(offer(r, 'a').loan.rows.map((row) => row.payment)).toEqual(jiebei);
    expect(offer(r, 'a').cost).toBe(79_705);
    // APR ≈ 14.40 %: 1.2 % a month × 12, give or take the fen rounding.
    const jiebeiApr = oracleIrr([-1_000_000, ...jiebei]) * 12;
    expect(jiebeiApr).toBeCloseTo(0.144, 4);
    expect(offer(r, 'a').rate).toEqual({ kind: 'apr', value: expect.closeTo(jiebeiApr, 8) });

    // Huabei: 10,000 + 8.8 % = 10,880 in 12 equal parts of ≈ 906.67; cost 880.00, APR ≈ 15.86 %.
    const huabeiApr = oracleRate(12, 10_880 / 12, -10_000, 0) * 12;
    expect(huabeiApr).toBeCloseTo(0.1586, 4);
    expect(offer(r, 'b').cost).toBe(88_000);
    expect(offer(r, 'b').rate.kind).toBe('apr');
    expect(offer(r, 'b').rate.value).toBeCloseTo(huabeiApr, 4);

    // MYbank at 0.05 %/day: 1.5 % a month, APR ≈ 18.00 %.
    const mybank = equalInstallments(1_000_000, 0.015, 12);
    expect(offer(r, 'c').loan.rows[0]?.payment).toBe(Math.round(-pmt(0.015, 12, 1_000_000)));
    expect(offer(r, 'c').cost).toBe(sum(mybank) - 1_000_000);
    expect(offer(r, 'c').rate.value).toBeCloseTo(0.18, 4);

    expect(r.cheapest).toEqual(['a']);
    expect(r.lowestRate).toEqual(['a']);
    expect(r.like).toBe(true);
  });

  it('counts money kept back as cost and measures the rate on what was received (10,000 less 500)', () => {
    const r = run(COMPARE_PRESETS['money-kept-back']);
    const payments = equalInstallments(1_000_000, 0.012, 12);
    // Repaid 10,797.05 on 9,500.00 received: 797.05 of interest plus the 500 never received.
    expect(sum(payments)).toBe(1_079_705);
    expect(offer(r, 'b').cost).toBe(79_705 + 50_000);
    expect(offer(r, 'b').cost).toBe(sum(payments) - 950_000);
    expect(offer(r, 'a').cost).toBe(79_705);
    // The APR on 9,500: the IRR of −9,500 then the payments; about what 12 × 899.75 on 9,500 gives.
    const apr = oracleIrr([-950_000, ...payments]) * 12;
    expect(apr).toBeCloseTo(oracleRate(12, 899.75, -9_500, 0) * 12, 4);
    expect(apr).toBeGreaterThan(0.24);
    expect(apr).toBeLessThan(0.25);
    expect(offer(r, 'b').rate.value).toBeCloseTo(apr, 8);
    expect(offer(r, 'a').rate.value).toBeCloseTo(0.144, 4);
    expect(r.cheapest).toEqual(['a']);
    expect(r.lowestRate).toEqual(['a']);
    // Different money received: the totals do not compare like with like.
    expect(r.like).toBe(false);
  });

  it('ranks three ways of repaying the same loan: one rate, three costs', () => {
    const r = run(COMPARE_PRESETS['repayment-methods']);
    // Equal principal: 833.33 a month, interest 1.2 % of a balance falling by 833.33, i.e. 120.00, 110.00 … 10.00:
    // 12 × 120 − 10 × (0 + 1 + … + 11) = 780.00. Interest first: 120.00 a month for 12 months = 1,440.00.
    expect(r.offers.map((o) => o.cost)).toEqual([79_705, 78_000, 144_000]);
    expect(r.cheapest).toEqual(['b']);
    // Every one charges 1.2 % a month on what is owed, so every APR is 14.40 %: rounding to the fen moves them by
    // millionths, which must not make one of them "cheaper".
    for (const o of r.offers) expect(o.rate.value).toBeCloseTo(0.144, 4);
    expect(offer(r, 'a').rate.value).not.toBe(offer(r, 'c').rate.value);
    expect(r.lowestRate).toEqual(['a', 'b', 'c']);
    expect(r.like).toBe(true);
  });

  it('headlines a lump-sum offer by its simple yearly rate: cost ÷ received ÷ years', () => {
    const base = COMPARE_PRESETS['jiebei-huabei-mybank'];
    // 10,000 at 12 % a year repaid in one go after 6 months: 600.00 of interest, 12 % a year simple.
    const bullet: LoanScenario = { ...base.a, method: 'bullet', rateType: 'annual', rate: 12, term: 6 };
    const r = run({ ...base, count: '2', b: bullet });
    expect(offer(r, 'b').cost).toBe(60_000);
    expect(offer(r, 'b').rate).toEqual({ kind: 'simple', value: expect.closeTo(0.12, 12) });
    // Cheaper in total and per year than Jiebei's 797.05 at 14.40 %; lent for half the time, so not like for like.
    expect(r.cheapest).toEqual(['b']);
    expect(r.lowestRate).toEqual(['b']);
    expect(r.like).toBe(false);
  });
});

/** The offers compared, by their own scenario. */
const comparedOf = (s: CompareScenario) => OFFER_IDS.slice(0, Number(s.count)).map((id) => [id, s[id]] as const);

describe('comparing offers: properties', PROPERTY_TIMEOUT, () => {
  it('gives each offer exactly what the loan simulator gives that loan alone', () => {
    fc.assert(
      fc.property(compareScenario, (s) => {
        const r = run(s);
        expect(r.offers.map((o) => o.id)).toEqual(comparedOf(s).map(([id]) => id));
        for (const [id, loan] of comparedOf(s)) {
          const alone = simulateLoan(loan);
          if (!alone.ok) throw new Error('a generated offer is invalid');
          const o = offer(r, id);
          expect(o.loan).toEqual(alone.value);
          // Cost: everything repaid beyond the money received.
          expect(o.cost).toBe(sum(alone.value.rows.map((row) => row.payment)) - receivedFen(loan));
          if (loan.method === 'bullet') {
            expect(o.rate.kind).toBe('simple');
            expect(o.rate.value).toBeCloseTo(o.cost / receivedFen(loan) / (loan.term / 12), 12);
          } else {
            expect(o.rate).toEqual({ kind: 'apr', value: alone.value.apr });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("pays an equal-installment offer's monthly payment as financial.pmt gives it, to the fen", () => {
    let checked = 0;
    fc.assert(
      fc.property(compareScenario, (s) => {
        const r = run(s);
        for (const [id, loan] of comparedOf(s)) {
          const monthly = monthlyRate(loan);
          // Below 1e-6 a month, (1 + r)^n − 1 loses too many digits for the oracle to be one.
          if (loan.method !== 'equal-installment' || monthly < 1e-6 || loan.term < 2) continue;
          const exact = -pmt(monthly, loan.term, Math.round(loan.principal * 100));
          const payment = offer(r, id).loan.rows[0]?.payment ?? Number.NaN;
          // Rounded to the nearest fen (within a hair of half a fen either side is fine).
          expect(Math.abs(payment - exact)).toBeLessThanOrEqual(0.5 + 1e-6 * Math.max(1, exact));
          checked++;
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('names as cheapest exactly the offers of least cost, and as lowest rate those within 0.005 % of the least', () => {
    let ties = 0;
    fc.assert(
      fc.property(compareScenario, (s) => {
        const r = run(s);
        const minCost = Math.min(...r.offers.map((o) => o.cost));
        expect(r.cheapest).toEqual(r.offers.filter((o) => o.cost === minCost).map((o) => o.id));
        const rates = r.offers.flatMap((o) => (o.rate.value === null ? [] : [o.rate.value]));
        const minRate = Math.min(...rates);
        expect(r.lowestRate).toEqual(
          r.offers.filter((o) => o.rate.value !== null && o.rate.value - minRate <= SAME_RATE).map((o) => o.id),
        );
        if (r.cheapest.length > 1) ties++;
      }),
      { numRuns: 300 },
    );
    // The generator copies offers, so ties are reached and not only single winners.
    expect(ties).toBeGreaterThan(10);
  });

  it('permutes the result when the offers are permuted, with the same winners', () => {
    const permutation = fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]);
    const strip = ({ id: _id, ...rest }: OfferResult) => rest;
    fc.assert(
      fc.property(compareScenario, permutation, (s, p) => {
        // New offer i is old offer p[i].
        const from = p.map((i) => OFFER_IDS[i] as OfferId);
        const [a, b, c] = from.map((id) => s[id]) as [LoanScenario, LoanScenario, LoanScenario];
        const before = run({ ...s, count: '3' });
        const after = run({ count: '3', a, b, c });
        expect(after.offers.map(strip)).toEqual(from.map((id) => strip(offer(before, id))));
        const back = (ids: OfferId[]) => ids.map((id) => from[OFFER_IDS.indexOf(id)]).sort();
        expect(back(after.cheapest)).toEqual([...before.cheapest].sort());
        expect(back(after.lowestRate)).toEqual([...before.lowestRate].sort());
        expect(after.like).toBe(before.like);
      }),
      { numRuns: 200 },
    );
  });

  it('calls the offers like for like exactly when all pay out the same money over the same term', () => {
    let like = 0;
    fc.assert(
      fc.property(compareScenario, (s) => {
        const [[, first], ...rest] = comparedOf(s) as [[OfferId, LoanScenario], ...[OfferId, LoanScenario][]];
        const same = rest.every(([, o]) => receivedFen(o) === receivedFen(first) && o.term === first.term);
        expect(run(s).like).toBe(same);
        if (same) like++;
      }),
      { numRuns: 300 },
    );
    // Both answers are reached.
    expect(like).toBeGreaterThan(10);
    expect(like).toBeLessThan(290);
  });

  it('compares exactly offers A and B when the count is 2, whatever offer C is', () => {
    fc.assert(
      fc.property(compareScenario, loanScenario, (s, other) => {
        const r = run({ ...s, count: '2' });
        expect(r.offers.map((o) => o.id)).toEqual(['a', 'b']);
        expect(run({ ...s, count: '2', c: other })).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it('never gives NaN, Infinity, a negative figure or a fraction of a fen', () => {
    fc.assert(
      fc.property(compareScenario, (s) => {
        expect(badNumber(run(s))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('comparing offers: validation', () => {
  const base = COMPARE_PRESETS['jiebei-huabei-mybank'];

  it("reports a bad field under its offer's path", () => {
    expect(validateCompare({ ...base, b: { ...base.b, term: 0 } })).toEqual({
      ok: false,
      errors: [{ field: 'b.term', code: 'out-of-range', min: 1, max: 360 }],
    });
    expect(simulateCompare({ ...base, c: { ...base.c, rateType: 'daily', rate: 2 } })).toEqual({
      ok: false,
      errors: [{ field: 'c.rate', code: 'out-of-range', min: 0, max: 1 }],
    });
    expect(
      validateCompare({ ...base, a: { ...base.a, principal: 'lots' }, c: { ...base.c, method: 'weekly' } }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'a.principal', code: 'not-a-number' },
        { field: 'c.method', code: 'unknown-option' },
      ],
    });
  });

  it('accepts only 2 or 3 as the count, as text', () => {
    for (const count of ['4', '1', 3, '', undefined]) {
      const r = validateCompare({ ...base, count });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['count']);
    }
    expect(validateCompare({ ...base, count: undefined })).toEqual({
      ok: false,
      errors: [{ field: 'count', code: 'required' }],
    });
    expect(validateCompare({ ...base, count: '4' })).toEqual({
      ok: false,
      errors: [{ field: 'count', code: 'unknown-option' }],
    });
  });

  it('names a missing or non-object offer by its id', () => {
    const { c: _c, ...noC } = base;
    expect(validateCompare({ ...noC, b: 'offer' })).toEqual({
      ok: false,
      errors: [
        { field: 'b', code: 'not-an-object' },
        { field: 'c', code: 'required' },
      ],
    });
  });

  it('still checks the third offer when only two are compared', () => {
    const r = simulateCompare({ ...base, count: '2', c: { ...base.c, term: 12.5 } });
    expect(r).toEqual({ ok: false, errors: [{ field: 'c.term', code: 'not-an-integer' }] });
    // A valid third offer is kept whole in the scenario, though not compared.
    const v = validateCompare({ ...base, count: '2' });
    expect(v.ok && v.value.scenario.c).toEqual(base.c);
    expect(v.ok && v.value.compared).toEqual(['a', 'b']);
  });

  it('returns errors, never throws, for input that throws while it is read', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const bombB = Object.defineProperty({ ...base }, 'b', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    });
    const nested = {
      ...base,
      c: Object.defineProperty({ ...base.c }, 'rate', {
        get() {
          throw new Error('nested getter');
        },
        enumerable: true,
      }),
    };
    for (const input of [throwing, bombB, nested, { ...base, a: throwing }]) {
      for (const entry of [simulateCompare, validateCompare]) {
        let r: ReturnType<typeof entry> | undefined;
        expect(() => (r = entry(input))).not.toThrow();
        expect(r?.ok).toBe(false);
        if (r && !r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('comparing offers: the shared URL', () => {
  it('writes the count, then each offer under the loan keys numbered 1, 2, 3', () => {
    expect(compareUrl.encode(COMPARE_PRESETS['money-kept-back'])).toBe(
      'k=2' +
        '&p1=10000&rt1=daily&r1=0.04&n1=12&m1=equal-installment&f1=0' +
        '&p2=10000&d2=500&rt2=daily&r2=0.04&n2=12&m2=equal-installment&f2=0' +
        '&p3=10000&rt3=daily&r3=0.05&n3=12&m3=equal-installment&f3=0',
    );
  });

  it("starts from a preset, lets a numbered key change that offer only, and names a bad value's offer", () => {
    const base = COMPARE_PRESETS['money-kept-back'];
    expect(compareUrl.decode('preset=money-kept-back&r2=0.05&k=3')).toEqual({
      ok: true,
      value: { ...base, count: '3', b: { ...base.b, rate: 0.05 } },
    });
    expect(compareUrl.decode('preset=money-kept-back&n3=0')).toEqual({
      ok: false,
      errors: [{ field: 'c.term', code: 'out-of-range', min: 1, max: 360 }],
    });
    const read = compareUrl.read('preset=money-kept-back&n3=0&k=9');
    expect(read.scenario).toEqual(base);
    expect(read.errors.map((e) => e.field).sort()).toEqual(['c.term', 'count']);
  });

  it('round-trips every preset', () => {
    for (const s of Object.values(COMPARE_PRESETS)) {
      expect(compareUrl.decode(compareUrl.encode(s))).toEqual({ ok: true, value: s });
    }
  });
});
