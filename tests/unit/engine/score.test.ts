import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCORE_PRESETS,
  eventDrop,
  recoveryPerMonth,
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

describe('SimScore (illustrative model): MODEL §5 rules', () => {
  it.each([
    [1, 10],
    [3, 10],
    [4, 30],
    [30, 30],
    [31, 80],
    [90, 80],
    [91, 150],
    [180, 150],
    [181, 200],
    [1825, 200],
  ])('drops the score once by the worst DPD: %i days → −%i', (dpd, points) => {
    expect(eventDrop(dpd)).toBe(points);
  });

  it('recovers 0.5, then 1, then 2 points a month by year after settling', () => {
    expect([1, 12, 13, 24, 25, 60, 61].map(recoveryPerMonth)).toEqual([0.5, 0.5, 1, 1, 2, 2, 0]);
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
    // from month 5: +2 on time and +0.5 recovery a month.
    expect(scores(r).slice(0, 8)).toEqual([650, 652, 654, 624, 624, 626.5, 629, 631.5]);
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

  it('takes −200 and −5 a month while 365 days unpaid, then recovers (unpaid-year)', () => {
    const r = run(SCORE_PRESETS['unpaid-year']);
    // month 1: 650 − 200; months 2–11: −5 each; month 12: settled, no change; month 13: +2 on time, +0.5.
    expect(r.series[1]?.score).toBe(450);
    expect(r.series[11]?.score).toBe(400);
    expect(r.series[12]?.score).toBe(400);
    expect(r.series[13]?.score).toBe(402.5);
    expect(r.series[7]?.code).toBe('7');
  });

  it('removes the remaining penalty and the record exactly 60 months after settling', () => {
    const r = run({ start: 800, months: 80, events: [{ month: 2, dpd: 100, amount: 5000, settledMonth: 10 }] });
    expect(r.series[69]?.score).toBeLessThan(800);
    expect(r.series[69]?.negativeRecord).toBe(true);
    expect(r.series[70]?.score).toBe(800);
    expect(r.series[70]?.negativeRecord).toBe(false);
    expect(r.events[0]?.dropOffMonth).toBe(70);
  });

  it('bottoms out at 350 and lets the floor absorb a penalty it cannot take', () => {
    const r = run({ start: 400, months: 40, events: [{ month: 1, dpd: 1825, amount: 5000, settledMonth: 30 }] });
    expect(Math.min(...scores(r))).toBe(350);
    // Recovery starts from the floor right after settling instead of paying back a phantom penalty first.
    expect(r.series[31]?.score).toBeGreaterThan(350);
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
        const allGone = s.events.every((e) => e.settledMonth !== null && e.settledMonth + 60 <= s.months);
        if (allGone && s.events.length > 0) expect(r.final).toBe(start);
      }),
      { numRuns: 500 },
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
