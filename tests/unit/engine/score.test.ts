import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCORE_MAX_MONTHLY_FALL,
  SCORE_MAX_MONTHLY_RISE,
  SCORE_PRESETS,
  latePenalty,
  simulateScore,
  type ScoreResult,
  type ScoreScenario,
} from '../../../src/engine/index';
import { badNumber, scoreScenario } from './arbitraries';

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

function run(s: ScoreScenario): ScoreResult {
  const r = simulateScore(s);
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const scores = (r: ScoreResult) => r.series.map((p) => p.score);

/**
 * Asserts that `lower` is nowhere above `higher`, month by month, floor included: the 350 floor lifts the score along
 * a path that only gets lower in a worse scenario, instead of cutting penalties (which, when it decided which event
 * was left to fade, let a later settlement score higher in some month).
 */
function expectNowhereAbove(lower: ScoreResult, higher: ScoreResult): void {
  const above = lower.series.filter((p, m) => p.score > (higher.series[m]?.score as number) + 1e-9);
  expect(above.map((p) => [p.month, p.score, higher.series[p.month]?.score])).toEqual([]);
}

describe('SimScore (illustrative model): MODEL §5 rules', () => {
  it.each([
    // [months shown late, days late, points in all]: 30 for the first month, 25 a month up to code 7, then 5.
    [1, 30, 30],
    [2, 60, 55],
    [3, 90, 80],
    [7, 365, 180],
    [12, 365, 180 + 5 * 5],
    [1, 3, 10],
    [1, 4, 30],
    [2, Number.POSITIVE_INFINITY, 55],
    [0, 365, 0],
    [Number.NaN, 365, 0],
  ])('a penalty deepens with the months shown late: %s months, %s days → %s points', (months, dpd, points) => {
    expect(latePenalty(months, dpd)).toBe(points);
  });

  it('gains 2 points per on-time month up to 750 and no further', () => {
    const r = run({ start: 740, months: 10, events: [] });
    expect(scores(r)).toEqual([740, 742, 744, 746, 748, 750, 750, 750, 750, 750, 750]);
  });

  it('leaves a start above 750 where it is when every month is on time', () => {
    expect(scores(run({ start: 900, months: 3, events: [] }))).toEqual([900, 900, 900, 900]);
  });

  it('follows the rules month by month for one payment 30 days late (one-late-30)', () => {
    const r = run(SCORE_PRESETS['one-late-30']);
    // start 650; months 1–2 on time (+2 each); month 3: −30; month 4 (paid late): no change;
    // from month 5: +2 on time and 30 / 60 = 0.5 back a month.
    expect(scores(r).slice(0, 8)).toEqual([650, 652, 654, 624, 624, 626.5, 629, 631.5]);
    // The base reaches 750 in month 52 (4 + 48 on-time months); the last 0.5 comes back in month 64, as the record
    // drops off: 749.5 → 750, no jump.
    expect([r.series[63]?.score, r.series[64]?.score]).toEqual([749.5, 750]);
    expect([r.series[63]?.negativeRecord, r.series[64]?.negativeRecord]).toEqual([true, false]);
    expect(r.series[3]?.code).toBe('1');
    // Paid within 30 days, so month 4's due date finds nothing overdue: one period shows 1, not two.
    expect(r.series[4]?.code).toBe('N');
    expect(r.series[5]?.code).toBe('N');
  });

  it('shows one report code per month: one more for each due date a late payment is still unpaid', () => {
    const codes = (dpd: number, settledMonth: number | null) =>
      run({ start: 650, months: 12, events: [{ month: 2, dpd, amount: 900, settledMonth }] })
        .series.slice(1)
        .map((p) => p.code)
        .join('');
    // Due dates 30 days apart: 31 days late is still unpaid at month 3's (day 30), not at month 4's (day 60).
    expect(codes(31, 3)).toBe('N12NNNNNNNNN');
    expect(codes(30, 3)).toBe('N1NNNNNNNNNN');
    // 100 days late: unpaid at days 0, 30, 60, 90 → 1, 2, 3, 4; settled in month 10, nothing overdue after day 100.
    expect(codes(100, 10)).toBe('N1234NNNNNNN');
    // Never settled: one more each month, at most 7.
    expect(codes(5, null)).toBe('N12345677777');
  });

  it('takes the penalty month by month while 365 days unpaid, then recovers without a cliff (unpaid-year)', () => {
    const r = run(SCORE_PRESETS['unpaid-year']);
    // Shown late months 1–12 (codes 1…7, then 7 again): −30, then −25 a month to −180 in month 7, then −5 a month.
    expect(scores(r).slice(0, 13)).toEqual([650, 620, 595, 570, 545, 520, 495, 470, 465, 460, 455, 450, 445]);
    expect(r.series.slice(1, 13).map((p) => p.code)).toEqual([...'123456777777']);
    expect(r.lowest).toEqual({ month: 12, score: 445 });
    // From month 13: +2 on time and 205 / 60 back a month.
    expect(r.series[13]?.score).toBeCloseTo(652 - 205 + 205 / 60, 9);
    // Month 71: base 750 (650 + 2 × 59, capped), 205 / 60 left; month 72 (settled + 60): nothing left.
    expect(r.series[71]?.score).toBeCloseTo(750 - 205 / 60, 9);
    expect(r.series[72]?.score).toBe(750);
    expect(r.series[72]?.negativeRecord).toBe(false);
  });

  it('fades the penalty in equal steps and has nothing left when the record drops off', () => {
    const r = run({ start: 800, months: 80, events: [{ month: 2, dpd: 100, amount: 5000, settledMonth: 10 }] });
    // 100 days: shown late at days 0, 30, 60, 90 (months 2–5) → 105 points; 105 / 60 = 1.75 back a month from 11.
    expect(r.series[5]?.score).toBe(800 - 105);
    expect(r.series[69]?.score).toBeCloseTo(800 - 1.75, 9);
    expect(r.series[69]?.negativeRecord).toBe(true);
    expect(r.series[70]?.score).toBe(800);
    expect(r.series[70]?.negativeRecord).toBe(false);
    expect(r.events[0]?.dropOffMonth).toBe(70);
    expect(r.events[0]?.drop).toBe(105);
  });

  it('costs more the longer the lateness: 30 days, 31 days and a year', () => {
    const lowest = (dpd: number) =>
      run({ start: 650, months: 30, events: [{ month: 1, dpd, amount: 900, settledMonth: 14 }] }).lowest.score;
    // 365 days, settled in month 14: still unpaid at 13 due dates (days 0 … 360) → 180 + 5 × 6.
    expect([lowest(30), lowest(31), lowest(365)]).toEqual([620, 595, 440]);
  });

  it('bottoms out at 350 and does not pay back a penalty the floor could not take', () => {
    const r = run({ start: 400, months: 40, events: [{ month: 1, dpd: 1825, amount: 5000, settledMonth: 30 }] });
    // Month 1: 400 − 30 = 370; month 2: 400 − 55 = 345, held at 350 until settling in month 30 (the penalty reaches
    // 180 + 5 × 23 = 295 there, far below the floor).
    expect(scores(r).slice(0, 3)).toEqual([400, 370, 350]);
    expect(r.series[30]?.score).toBe(350);
    // From month 31 the floor path climbs 2 a month (on-time months) instead of waiting for the 295 points to fade
    // back past the floor: the formula is still 402 + 2k − 295 × (1 − k / 60), about 112 in month 31 and 174 in 40.
    expect(scores(r).slice(31)).toEqual([352, 354, 356, 358, 360, 362, 364, 366, 368, 370]);
  });

  it('leaves the floor path once the formula is higher again', () => {
    const r = run({ start: 500, months: 40, events: [{ month: 1, dpd: 400, amount: 5000, settledMonth: 14 }] });
    // 400 days: shown late at months 1–14 (400 > 30 × 13) → 180 + 5 × 7 = 215; the formula reaches 345 in month 6.
    expect(scores(r).slice(4, 7)).toEqual([395, 370, 350]);
    // After settling, the formula is 500 + 2k − 215 + 215k / 60 and the path 350 + 2k (k months after month 14):
    // k = 18 (month 32): 385.5 against 386; k = 19 (month 33): 391.08… against 388.
    expect(r.series[32]?.score).toBe(386);
    expect(r.series[33]?.score).toBeCloseTo(538 - 215 + (19 * 215) / 60, 9);
  });

  it('draws a ±15 band clamped to 350–950', () => {
    const r = run({ start: 945, months: 1, events: [] });
    expect(r.series[0]).toMatchObject({ score: 945, low: 930, high: 950 });
  });
});

describe('SimScore: properties', PROPERTY_TIMEOUT, () => {
  it('stays within 350–950, with the band around the score', () => {
    fc.assert(
      fc.property(scoreScenario, (s) => {
        const r = run(s);
        expect(badNumber(r)).toBeNull();
        expect(r.series).toHaveLength(s.months + 1);
        const ok = r.series.every(
          (p) =>
            p.score >= 350 && p.score <= 950 && p.low >= 350 && p.high <= 950 && p.low <= p.score && p.score <= p.high,
        );
        expect(ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never lifts the score above the pre-event score by recovery alone', () => {
    fc.assert(
      fc.property(scoreScenario, fc.integer({ min: 750, max: 950 }), (s, start) => {
        // From 750 up, on-time months add nothing, so only recovery could lift the score.
        const r = run({ ...s, start });
        expect(r.series.every((p) => p.score <= start)).toBe(true);
        // One or two events never reach the monthly cap, so their penalties are gone with their records.
        const allGone = s.events.every((e) => e.settledMonth !== null && e.settledMonth + 60 <= s.months);
        if (allGone && s.events.length > 0 && s.events.length <= 2) expect(r.final).toBe(start);
      }),
      { numRuns: 500 },
    );
  });

  it('has no cliff: rises at most SCORE_MAX_MONTHLY_RISE a month, falls at most one code step per late event', () => {
    fc.assert(
      fc.property(scoreScenario, (s) => {
        const r = run(s);
        for (let m = 1; m <= s.months; m++) {
          const change = (r.series[m]?.score as number) - (r.series[m - 1]?.score as number);
          // Events the report shows late in month m (MODEL §4: its own month, then while still unpaid at due dates
          // 30 days apart, up to settlement; every month while never settled).
          const late = s.events.filter(
            (e) => e.month <= m && (e.settledMonth === null || (m <= e.settledMonth && e.dpd > 30 * (m - e.month))),
          ).length;
          expect(change).toBeLessThanOrEqual(SCORE_MAX_MONTHLY_RISE + 1e-9);
          expect(-change).toBeLessThanOrEqual(SCORE_MAX_MONTHLY_FALL * late + 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('takes no more than one code step a month: no penalty lands in full before the lateness is reached', () => {
    for (const dpd of [1, 3, 4, 30, 31, 365, 1825, Number.POSITIVE_INFINITY]) {
      // A settled event is shown late at most once per 30 days of its lateness; a never-settled one every month.
      const reachable = Number.isFinite(dpd) ? Math.ceil(dpd / 30) : 120;
      for (let n = 1; n <= reachable; n++) {
        const step = latePenalty(n, dpd) - latePenalty(n - 1, dpd);
        expect(step).toBeGreaterThanOrEqual(0);
        expect(step).toBeLessThanOrEqual(SCORE_MAX_MONTHLY_FALL);
      }
    }
  });

  it('a late payment lowers the score: adding one never raises any month, and lowers its month above the floor', () => {
    fc.assert(
      fc.property(scoreScenario, fc.integer({ min: 1, max: 1825 }), fc.nat(), (s, dpd, at) => {
        fc.pre(s.events.length < 10);
        const month = 1 + (at % s.months);
        const added = { month, dpd, amount: 100, settledMonth: null };
        const without = run(s);
        const withIt = run({ ...s, events: [...s.events, added] });
        expectNowhereAbove(withIt, without);
        if (s.events.length === 0)
          expect(withIt.series[month]?.score).toBeLessThan(without.series[month]?.score as number);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in days late: a longer lateness never gives a higher score in any month', () => {
    fc.assert(
      fc.property(scoreScenario, fc.nat(), fc.integer({ min: 0, max: 1825 }), (s, which, more) => {
        fc.pre(s.events.length > 0);
        const i = which % s.events.length;
        const e = s.events[i] as ScoreScenario['events'][number];
        const later = { ...e, dpd: Math.min(1825, e.dpd + more) };
        const a = run(s);
        const b = run({ ...s, events: s.events.map((x, k) => (k === i ? later : x)) });
        expectNowhereAbove(b, a);
      }),
      { numRuns: 3000 },
    );
  });

  it('is monotone in repayment timing: settling sooner never gives a lower score in any month', () => {
    fc.assert(
      fc.property(scoreScenario, fc.nat(), fc.integer({ min: 0, max: 120 }), (s, which, delay) => {
        fc.pre(s.events.length > 0);
        const i = which % s.events.length;
        const e = s.events[i] as ScoreScenario['events'][number];
        // Later: a later month, or never (null) when pushed past the last month.
        const settledLater = e.settledMonth === null || e.settledMonth + delay > 120 ? null : e.settledMonth + delay;
        const a = run(s);
        const b = run({ ...s, events: s.events.map((x, k) => (k === i ? { ...e, settledMonth: settledLater } : x)) });
        expectNowhereAbove(b, a);
      }),
      {
        numRuns: 500,
        // Found against the old floor rule (cutting the most recent event's penalty first): settling the fourth
        // event in month 26 instead of 14 scored 414.80 instead of 414.33 in month 64.
        examples: [
          [
            {
              start: 841,
              months: 114,
              events: [
                { month: 66, dpd: 1815, amount: 1.13, settledMonth: 107 },
                { month: 44, dpd: 4, amount: 1.12, settledMonth: 120 },
                { month: 1, dpd: 1369, amount: 4408098.54, settledMonth: 68 },
                { month: 10, dpd: 1455, amount: 7441235.24, settledMonth: 14 },
              ],
            },
            3,
            12,
          ],
        ],
      },
    );
  });

  it('never skips a report code upward from one month to the next, and marks every event month', () => {
    fc.assert(
      fc.property(scoreScenario, (s) => {
        const levels = run(s).series.map((p) => (p.code === 'N' ? 0 : Number(p.code)));
        for (let m = 1; m < levels.length; m++) {
          expect(levels[m]).toBeLessThanOrEqual((levels[m - 1] as number) + 1);
        }
        // Each event is at least one day late: its own month's due date is missed.
        for (const e of s.events) expect(levels[e.month]).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('shows a negative record until exactly 60 months after settling, and forever while unsettled', () => {
    fc.assert(
      fc.property(scoreScenario, (s0) => {
        const s = { ...s0, events: s0.events.slice(0, 1) };
        fc.pre(s.events.length === 1);
        const e = s.events[0] as ScoreScenario['events'][number];
        const r = run(s);
        const wrong = r.series.filter((p) => {
          const visible = p.month >= e.month && (e.settledMonth === null || p.month < e.settledMonth + 60);
          return p.negativeRecord !== visible;
        });
        expect(wrong).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
