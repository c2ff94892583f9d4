import fc from 'fast-check';
import { irr as oracleIrr, npv as oracleNpv } from 'financial';
import { describe, expect, it } from 'vitest';
import { fen, roundHalfAwayFromZero, splitEvenly, yuanToFen, fenToYuan, isFen } from '../../../src/engine/money';
import { aprFromMonthlyIrr, earFromMonthlyIrr, nominalRates } from '../../../src/engine/rate';
import { irr, npv } from '../../../src/engine/irr';
import {
  addDaysIso,
  addMonths,
  addMonthsToYearMonth,
  civilDate,
  dayNumber,
  parseIsoDate,
  parseYearMonth,
} from '../../../src/engine/dates';

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

describe('money', () => {
  it('rounds halves away from zero (四舍五入)', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
  });

  it('rounds decimal halves that binary floating point puts just below .5', () => {
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(roundHalfAwayFromZero(1.005 * 100)).toBe(101);
    expect(yuanToFen(0.005)).toBe(1);
  });

  it('returns 0 rather than NaN for a non-finite amount', () => {
    expect(roundHalfAwayFromZero(Number.NaN)).toBe(0);
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('converts between yuan and fen', () => {
    expect(yuanToFen(899.75)).toBe(89_975);
    expect(fenToYuan(fen(89_975))).toBe(899.75);
    expect(isFen(1)).toBe(true);
    expect(isFen(-1)).toBe(false);
    expect(isFen(0.5)).toBe(false);
  });

  it('splits a total into parts that add up exactly and are never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.integer({ min: 1, max: 360 }), (total, parts) => {
        const split = splitEvenly(fen(total), parts);
        expect(split).toHaveLength(parts);
        expect(split.reduce((a, b) => a + b, 0)).toBe(total);
        expect(split.every((s) => Number.isSafeInteger(s) && s >= 0)).toBe(true);
      }),
    );
    expect(splitEvenly(fen(1_000_000), 3)).toEqual([333_333, 333_333, 333_334]);
  });
});

describe('rates', () => {
  it('converts a daily rate with ×360 for the lender display and ×365 beside it', () => {
    const r = nominalRates('daily', 0.0005);
    expect(r.annual360).toBeCloseTo(0.18, 12);
    expect(r.annual365).toBeCloseTo(0.1825, 12);
    expect(r.monthly).toBeCloseTo(0.015, 12);
  });

  it('converts an annual rate to monthly = annual / 12 and daily = annual / 360', () => {
    const r = nominalRates('annual', 0.12);
    expect(r.monthly).toBeCloseTo(0.01, 12);
    expect(r.daily).toBeCloseTo(0.12 / 360, 15);
    expect(r.annual365).toBeCloseTo((0.12 / 360) * 365, 15);
  });

  it('turns a monthly IRR into APR × 12 and EAR (1 + IRR)^12 − 1, exactly 0 at 0', () => {
    expect(aprFromMonthlyIrr(0.01)).toBeCloseTo(0.12, 12);
    expect(earFromMonthlyIrr(0.01)).toBeCloseTo(1.01 ** 12 - 1, 12);
    expect(earFromMonthlyIrr(0)).toBe(0);
  });
});

describe('IRR', PROPERTY_TIMEOUT, () => {
  it('solves simple cases', () => {
    expect(irr([-1000, 1100])).toBeCloseTo(0.1, 12);
    expect(irr([-100, 100])).toBe(0);
    expect(irr([-100, 39, 59, 55, 20])).toBeCloseTo(0.28095, 5);
    expect(irr([-100, 0, 0, 74])).toBeCloseTo(-0.0955, 4);
  });

  it('finds rates close to −100 % and far above 100 %', () => {
    expect(irr([-536_870_913, 1])).toBeCloseTo(1 / 536_870_913 - 1, 12);
    expect(irr([-100, 819_301])).toBeCloseTo(8192.01, 6);
  });

  it('reports no solution instead of a made-up number', () => {
    expect(irr([100, 50])).toBeNull();
    expect(irr([-100, 0])).toBeNull();
    expect(irr([0, 0, 0])).toBeNull();
    expect(irr([-100])).toBeNull();
    expect(irr([-100, Number.NaN])).toBeNull();
    expect(irr([-100, Number.POSITIVE_INFINITY])).toBeNull();
    expect(irr('x' as unknown as number[])).toBeNull();
  });

  it('matches financial.npv', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.9, max: 5, noNaN: true }),
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 60 }),
        (rate, flows) => {
          const expected = oracleNpv(rate, flows);
          expect(Math.abs(npv(rate, flows) - expected)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected)));
        },
      ),
    );
  });

  it('matches financial.irr on loan-shaped cash flows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: 1, maxLength: 120 }),
        (principal, payments) => {
          const flows = [-principal, ...payments];
          const ours = irr(flows);
          const oracle = oracleIrr(flows);
          if (payments.every((p) => p === 0)) {
            expect(ours).toBeNull();
            return;
          }
          expect(ours).not.toBeNull();
          expect(Math.abs(npv(ours as number, flows))).toBeLessThanOrEqual(1e-6 * principal);
          fc.pre(Number.isFinite(oracle) && oracle > -1 && Math.abs(oracleNpv(oracle, flows)) < 1e-6 * principal);
          expect(Math.abs((ours as number) - oracle)).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('dates', PROPERTY_TIMEOUT, () => {
  it('agrees with Date.UTC on day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const c = civilDate(day);
        expect(Date.UTC(c.y, c.m - 1, c.d) / 86_400_000).toBe(day);
        expect(dayNumber(c)).toBe(day);
      }),
    );
    expect(dayNumber({ y: 2026, m: 1, d: 10 })).toBe(Date.UTC(2026, 0, 10) / 86_400_000);
  });

  it('moves due dates by whole months, clamping to the end of shorter months', () => {
    expect(addMonths({ y: 2026, m: 1, d: 31 }, 1)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(addMonths({ y: 2028, m: 1, d: 31 }, 1)).toEqual({ y: 2028, m: 2, d: 29 });
    expect(addMonths({ y: 2026, m: 11, d: 10 }, 3)).toEqual({ y: 2027, m: 2, d: 10 });
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 });
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-1-1')).toBeNull();
    expect(parseYearMonth('2026-00')).toBeNull();
  });

  it('adds days and months to ISO strings', () => {
    expect(addDaysIso('2026-01-10', 30)).toBe('2026-02-09');
    expect(addDaysIso('nope', 1)).toBeNull();
    expect(addMonthsToYearMonth('2026-03', 60)).toBe('2031-03');
    expect(addMonthsToYearMonth('2026-11', 2)).toBe('2027-01');
  });
});
