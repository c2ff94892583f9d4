/**
 * The overdue simulator's credit-report grid: one code per repayment period, as of its due date. Expected values are
 * worked out by hand from calendars (comments give the dates), and the properties check the grid against due dates
 * computed here with `Date`, independently of the engine's own calendar code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERDUE_PRESETS, simulateOverdue, type OverdueResult, type OverdueScenario } from '../../../src/engine/index';
import { isoDate, overdueScenario } from './arbitraries';

const PROPERTY_TIMEOUT = { timeout: 60_000 };

function run(s: OverdueScenario): OverdueResult {
  const r = simulateOverdue(s);
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const grid = (r: OverdueResult) => r.reportMonths.map((m) => `${m.month}:${m.code}`);

/** A debt in amount mode: one sum due on `startDate`, under the Jiebei rule (no grace days). */
const amount = (startDate: string, dpd: number, payOnDay?: number): OverdueScenario => ({
  ...OVERDUE_PRESETS['jiebei-30'],
  startDate,
  dpd,
  ...(payOnDay === undefined ? {} : { payOnDay }),
});

/** A 12-month Jiebei loan whose payments stop at period 1 (due `startDate`). */
const stopped = (startDate: string, dpd: number, payOnDay?: number): OverdueScenario => ({
  ...OVERDUE_PRESETS['stopped-365'],
  startDate,
  dpd,
  ...(payOnDay === undefined ? {} : { payOnDay }),
});

describe('report grid: month-end due dates', () => {
  it('goes 1, 2, 3 … month by month for a due date on the 31st (Feb 28, Mar 31, Apr 30 …)', () => {
    // Due dates 2026-01-31, 02-28, 03-31, 04-30, 05-31, 06-30: days 0, 28, 59, 89, 120, 150.
    const expected = ['2026-01:1', '2026-02:2', '2026-03:3', '2026-04:4', '2026-05:5', '2026-06:6'];
    expect(grid(run(stopped('2026-01-31', 150)))).toEqual(expected);
    expect(grid(run(amount('2026-01-31', 150)))).toEqual(expected);
    // Day 149 is 2026-06-29, before the sixth due date: five periods.
    expect(grid(run(amount('2026-01-31', 149)))).toEqual(expected.slice(0, 5));
  });

  it('keeps a due date on the 30th within February (Feb 28) and back on the 30th after', () => {
    // Due 2026-01-30, 02-28 (day 29), 03-30 (day 59). Paid on day 45 (2026-03-16): closed by the March due date.
    expect(grid(run(amount('2026-01-30', 60)))).toEqual(['2026-01:1', '2026-02:2', '2026-03:3']);
    expect(grid(run(amount('2026-01-30', 60, 45)))).toEqual(['2026-01:1', '2026-02:2', '2026-03:C']);
    // Paid on day 29, the February due date itself: that period is not overdue.
    expect(grid(run(amount('2026-01-30', 60, 29)))).toEqual(['2026-01:1', '2026-02:C', '2026-03:C']);
  });

  it('uses Feb 29 in a leap year (2028) and Feb 28 otherwise', () => {
    // 2028-01-31 → 2028-02-29 is day 29. Paying on day 29 meets the February due date: C, not 2.
    expect(grid(run(amount('2028-01-31', 40, 29)))).toEqual(['2028-01:1', '2028-02:C']);
    // 2026-01-31 → 2026-02-28 is day 28, so day 29 (2026-03-01) is a day after it: February shows 2.
    expect(grid(run(amount('2026-01-31', 40, 29)))).toEqual(['2026-01:1', '2026-02:2']);
    // Loan mode, 2028: due 01-31, 02-29 (day 29), 03-31 (day 60); caught up on day 29, back to N.
    expect(grid(run(stopped('2028-01-31', 60, 29)))).toEqual(['2028-01:1', '2028-02:N', '2028-03:N']);
  });

  it('starts a debt due on Feb 29 at 1, then the 29th of each month (Feb 28 in 2029)', () => {
    // Due 2028-02-29, 03-29 (day 29), 04-29 (day 60); 2029-02-28 is day 365, 2029-03-29 day 394.
    const r = run(amount('2028-02-29', 394));
    expect(grid(r).slice(0, 3)).toEqual(['2028-02:1', '2028-03:2', '2028-04:3']);
    expect(grid(r).slice(-2)).toEqual(['2029-02:7', '2029-03:7']);
    expect(r.reportMonths).toHaveLength(14);
  });
});

describe('report grid: one status per period', () => {
  it('shows a payment 10 days late across a month end as 1 in one period only', () => {
    // Due 2026-01-25, paid 2026-02-04 (day 10); the next due date, 2026-02-25 (day 31), finds nothing overdue.
    const one = run(amount('2026-01-25', 40, 10));
    expect(grid(one)).toEqual(['2026-01:1', '2026-02:C']);
    const loan = run(stopped('2026-01-25', 40, 10));
    expect(grid(loan)).toEqual(['2026-01:1', '2026-02:N']);
    expect(loan.worstCode).toBe('1');
    expect(loan.visibleUntil).toBe('2031-02'); // settled in February 2026, + 60 months
  });

  it('goes 1…7 and stays at 7 for a long unpaid run (five years on the 10th)', () => {
    // Due 2026-01-10 and the 10th of each month; day 1,825 is 2031-01-09, before the 61st due date.
    const r = run(amount('2026-01-10', 1825));
    expect(r.reportMonths).toHaveLength(60);
    expect(r.reportMonths.map((m) => m.code).join('')).toBe(`1234567${'7'.repeat(53)}`);
    expect(r.reportMonths[59]?.month).toBe('2030-12');
    expect(r.worstCode).toBe('7');
    expect(r.visibleUntil).toBeNull();
  });

  it('shows only the due dates reached: 30 days from the 10th is one period', () => {
    // 2026-01-10 + 30 days = 2026-02-09, a day before the second due date.
    expect(grid(run(OVERDUE_PRESETS['jiebei-30']))).toEqual(['2026-01:1']);
    expect(grid(run({ ...OVERDUE_PRESETS['jiebei-30'], dpd: 31 }))).toEqual(['2026-01:1', '2026-02:2']);
  });
});

// ─── Properties, against due dates computed with Date ───

/** Day offsets (from `startDate`) of its monthly due dates, clamped to the month's end, up to `lastDay`. */
function dueOffsets(startDate: string, lastDay: number): number[] {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const t0 = Date.UTC(y, m - 1, d);
  const out: number[] = [];
  for (let p = 0; ; p++) {
    const monthEnd = new Date(Date.UTC(y, m - 1 + p + 1, 0)).getUTCDate();
    const offset = (Date.UTC(y, m - 1 + p, Math.min(d, monthEnd)) - t0) / 86_400_000;
    if (offset > lastDay) return out;
    out.push(offset);
  }
}

const level = (code: string) => (code >= '1' && code <= '7' ? Number(code) : 0);

/** Dates from the 28th to the 31st as often as any other day, so month-end clamping is exercised. */
const startDate = fc.oneof(
  isoDate,
  fc
    .record({
      y: fc.integer({ min: 2000, max: 2099 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 28, max: 31 }),
    })
    .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate())
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const scenario = fc.tuple(overdueScenario, startDate).map(([s, date]) => ({ ...s, startDate: date }));

describe('report grid: properties', () => {
  it('has exactly one code per due date reached, labelled with consecutive months', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = run(s);
        // The day the grid runs to, counted from startDate (the missed period's due date may be later in loan mode).
        const lastDay = (Date.parse(r.dueDate) - Date.parse(s.startDate)) / 86_400_000 + r.days.length - 1;
        const dues = dueOffsets(s.startDate, lastDay);
        expect(r.reportMonths).toHaveLength(dues.length);
        const [y, m] = s.startDate.split('-').map(Number) as [number, number];
        r.reportMonths.forEach((cell, i) => {
          const month = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 7);
          expect(cell.month).toBe(month);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never skips a step upward, and climbs one step a period while unpaid', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = run(s);
        const levels = r.reportMonths.map((cell) => level(cell.code));
        for (let i = 1; i < levels.length; i++) {
          const [before, now] = [levels[i - 1] as number, levels[i] as number];
          expect(now).toBeLessThanOrEqual(before + 1);
          // An overdue period follows a clean one only as a 1 (the first missed due date).
          if (before === 0 && now > 0) expect(now).toBe(1);
          if (before > 0 && now > 0) expect(now).toBe(Math.min(7, before + 1));
        }
        expect(levels.some((l) => l > 0)).toBe(r.negativeRecord);
        const worst = Math.max(0, ...levels);
        expect(r.worstCode).toBe(worst === 0 ? 'N' : String(worst));
        // Never settled in the simulation: once overdue, no period is clean again.
        if (s.payOnDay === undefined) {
          const first = levels.findIndex((l) => l > 0);
          if (first >= 0) expect(levels.slice(first).every((l) => l > 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('in amount mode, counts the due dates before payment and shows C from the payment on', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(scenario, (base) => {
        const s: OverdueScenario = { ...base, mode: 'amount' };
        const r = run(s);
        const pay = s.payOnDay ?? null;
        const expected = dueOffsets(s.startDate, s.dpd).map((offset, i) => {
          if (pay !== null && offset >= pay) return 'C';
          return r.negativeRecord ? String(Math.min(7, i + 1)) : 'N';
        });
        expect(r.reportMonths.map((cell) => cell.code)).toEqual(expected);
        expect(r.negativeRecord).toBe((pay ?? s.dpd) > s.graceDays);
      }),
      { numRuns: 300 },
    );
  });
});
