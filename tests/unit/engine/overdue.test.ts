import fc from 'fast-check';
import { ppmt } from 'financial';
import { describe, expect, it } from 'vitest';
import {
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  compareSettleDays,
  simulateOverdue,
  stageIndex,
  type OverdueResult,
  type OverdueScenario,
} from '../../../src/engine/index';
import { badNumber, overdueScenario } from './arbitraries';

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

function run(s: OverdueScenario): OverdueResult {
  const r = simulateOverdue(s);
  if (!r.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe('overdue: public examples', () => {
  it('charges about 16.20 yuan on a 900-yuan Jiebei installment at 0.04 %/day, 30 days late', () => {
    const result = run(OVERDUE_PRESETS['jiebei-30']);
    expect(result.final.penalty).toBe(Math.round(900 * 1.5 * 0.0004 * 30 * 100));
    expect(result.final.penalty).toBe(1_620);
    expect(result.final.total).toBe(90_000 + 1_620);
    expect(result.final.stage).toBe('calls');
  });

  it('charges 150.00 yuan on 10,000 yuan overdue at Huabei’s 0.05 %/day for 30 days', () => {
    const result = run(OVERDUE_PRESETS['huabei-30']);
    expect(result.final.penalty).toBe(15_000);
    expect(result.penaltyDailyRate).toBeCloseTo(0.0005, 12);
  });

  it('charges Jiebei penalty on the principal part only in loan mode', () => {
    const s: OverdueScenario = { ...OVERDUE_PRESETS['stopped-365'], dpd: 30 };
    const principalPart = Math.round(-ppmt(0.012, 1, 12, 10_000) * 100);
    const expected = principalPart * 0.0006 * 30;
    const result = run(s);
    expect(Math.abs(result.final.penalty - expected)).toBeLessThanOrEqual(1);
    expect(result.final.overduePrincipal).toBe(principalPart);
    expect(result.final.unpaidInterest).toBe(12_000);
  });

  it('charges Huabei penalty on the principal plus the installment fee in loan mode', () => {
    const s: OverdueScenario = { ...OVERDUE_PRESETS['huabei-30'], mode: 'loan', loan: LOAN_PRESETS['huabei-12'] };
    const result = run(s);
    // 10,000 / 12 = 833.33 principal and 880 / 12 = 73.33 fee, at 0.05 % for 30 days.
    expect(result.final.overduePrincipal).toBe(83_333);
    expect(result.final.fees).toBe(7_333);
    expect(result.final.penalty).toBe(Math.round((83_333 + 7_333) * 0.0005 * 30));
  });

  it('adds each later installment on its own due date when payments stop (stopped-365 without acceleration)', () => {
    const { accelerationDays: _clause, ...stopped } = OVERDUE_PRESETS['stopped-365'];
    const result = run(stopped);
    const P = 1_000_000;
    const dueDates = Array.from({ length: 12 }, (_, k) => {
      const d = new Date(Date.UTC(2026, k, 10));
      return d.toISOString().slice(0, 10);
    });
    const offsets = dueDates.map((d) => daysBetween('2026-01-10', d));
    const parts = offsets.map((_, k) => -ppmt(0.012, k + 1, 12, P / 100) * 100);
    const expectedPenalty = parts.reduce((sum, p, k) => sum + p * 0.0006 * (365 - (offsets[k] as number)), 0);
    expect(result.final.overduePrincipal).toBe(P);
    expect(Math.abs(result.final.penalty - expectedPenalty)).toBeLessThanOrEqual(3);
    expect(result.final.stage).toBe('write-off');
    // Day 31 (2026-02-10) is the second due date.
    expect(result.days[30]?.notDuePrincipal).toBeGreaterThan(result.days[31]?.notDuePrincipal as number);
    expect(result.days[31]?.overduePrincipal).toBeGreaterThan(result.days[30]?.overduePrincipal as number);
  });

  it('reports one more missed due date each month (1…7, then 7) for a debt left unpaid', () => {
    const result = run(OVERDUE_PRESETS['stopped-365']);
    const codes = Object.fromEntries(result.reportMonths.map((m) => [m.month, m.code]));
    // Due on the 10th from 2026-01-10; day 365 is 2027-01-10, the 13th due date (after the 12-month term ended).
    expect(result.reportMonths).toHaveLength(13);
    expect(codes['2026-01']).toBe('1');
    expect(codes['2026-02']).toBe('2');
    expect(codes['2026-03']).toBe('3');
    expect(codes['2026-04']).toBe('4');
    expect(codes['2026-05']).toBe('5');
    expect(codes['2026-06']).toBe('6');
    expect(codes['2026-07']).toBe('7');
    expect(codes['2027-01']).toBe('7');
    expect(result.worstCode).toBe('7');
    expect(result.visibleUntil).toBeNull();
    expect(result.settledDay).toBeNull();
  });
});

describe('overdue: paying', () => {
  it('clears everything on the payment day and starts the 5-year clock', () => {
    // Shown up to day 31, 2026-02-10: the second due date, by when the amount is paid and the account closed.
    const result = run({ ...OVERDUE_PRESETS['jiebei-30'], dpd: 31, payOnDay: 10 });
    expect(result.paid).toBe(90_000 + Math.round(90_000 * 0.0006 * 10));
    expect(result.settledOn).toBe('2026-01-20');
    expect(result.days.slice(11).every((d) => d.total === 0 && d.stage === null)).toBe(true);
    expect(result.visibleUntil).toBe('2031-01');
    expect(result.reportMonths.map((m) => m.code)).toEqual(['1', 'C']);
  });

  it('leaves no penalty and no record when paid within the grace days', () => {
    const s: OverdueScenario = { ...OVERDUE_PRESETS['jiebei-30'], preset: 'custom', graceDays: 3, payOnDay: 3 };
    const result = run(s);
    expect(result.paid).toBe(90_000);
    expect(result.negativeRecord).toBe(false);
    expect(result.visibleUntil).toBeNull();
    expect(result.reportMonths.every((m) => m.code === 'N' || m.code === 'C')).toBe(true);
  });

  it('charges penalty from day 1 once the grace days are over', () => {
    const s: OverdueScenario = { ...OVERDUE_PRESETS['jiebei-30'], preset: 'custom', graceDays: 3 };
    const result = run(s);
    expect(result.days[3]?.penalty).toBe(0);
    expect(result.days[4]?.penalty).toBe(Math.round(90_000 * 0.0006 * 4));
  });

  it('returns to on-time (N) after catching up on a loan, not to settled (C)', () => {
    const s: OverdueScenario = { ...OVERDUE_PRESETS['stopped-365'], dpd: 60, payOnDay: 15 };
    const result = run(s);
    expect(result.reportMonths.map((m) => `${m.month}:${m.code}`)).toEqual(['2026-01:1', '2026-02:N', '2026-03:N']);
    expect(result.visibleUntil).toBe('2031-01');
  });

  it('charges more with compound interest on unpaid interest switched on', () => {
    const plain = run(OVERDUE_PRESETS['stopped-365']);
    const compound = run({ ...OVERDUE_PRESETS['stopped-365'], compound: true });
    expect(compound.final.penalty).toBeGreaterThan(plain.final.penalty);
    expect(compound.penaltyOnInterestAndFees).toBe(true);
  });

  it('compares paying on day X with day Y', () => {
    const r = compareSettleDays(OVERDUE_PRESETS['huabei-30'], 5, 30);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.x.penalty).toBe(Math.round(1_000_000 * 0.0005 * 5));
    expect(r.value.y.penalty).toBe(15_000);
    expect(r.value.extraCost).toBe(12_500);
    expect(r.value.x.visibleUntil).toBe('2031-01');
    expect(r.value.y.visibleUntil).toBe('2031-02');
  });

  it('rejects a comparison day outside 0–1,825', () => {
    const r = compareSettleDays(OVERDUE_PRESETS['huabei-30'], -1, 2000);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'dayX', code: 'out-of-range', min: 0, max: 1825 },
        { field: 'dayY', code: 'out-of-range', min: 0, max: 1825 },
      ],
    });
  });
});

describe('overdue: the 2025 one-off repair (a past, dated policy)', () => {
  const small: OverdueScenario = { ...OVERDUE_PRESETS['jiebei-30'], startDate: '2025-06-10', payOnDay: 30 };

  it('covers a small 2025 overdue repaid in 2025, cleared from January 2026', () => {
    const result = run(small);
    expect(result.oneOffRepair).toEqual({ applies: true, clearedBy: '2026-01' });
  });

  it('covers a late-2025 overdue repaid by 2026-03-31, cleared by the end of the following month', () => {
    const result = run({ ...small, startDate: '2025-12-20', dpd: 100, payOnDay: 100 });
    expect(result.settledOn).toBe('2026-03-30');
    expect(result.oneOffRepair).toEqual({ applies: true, clearedBy: '2026-04' });
  });

  it('does not cover a debt repaid after 2026-03-31, above 10,000 yuan, or overdue from 2026', () => {
    expect(run({ ...small, startDate: '2025-12-20', dpd: 120, payOnDay: 120 }).oneOffRepair.applies).toBe(false);
    expect(run({ ...small, amountDue: 10_000 }).oneOffRepair.applies).toBe(false);
    expect(run({ ...small, startDate: '2026-01-10' }).oneOffRepair.applies).toBe(false);
    expect(run({ ...small, payOnDay: undefined }).oneOffRepair.applies).toBe(false);
  });
});

describe('overdue: properties', PROPERTY_TIMEOUT, () => {
  it('never lowers the amount owed while the debt stays unpaid', () => {
    fc.assert(
      fc.property(overdueScenario, (s) => {
        const result = run(s);
        const last = s.payOnDay ?? s.dpd;
        let bad = -1;
        for (let d = 1; d <= last; d++) {
          const a = result.days[d - 1];
          const b = result.days[d];
          if (!a || !b || b.total < a.total || b.penalty < a.penalty || b.overduePrincipal < a.overduePrincipal)
            bad = d;
        }
        expect(bad).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('moves the collection stage forward with the days', () => {
    fc.assert(
      fc.property(overdueScenario, (s) => {
        const result = run(s);
        const stages = result.days.filter((d) => d.stage !== null).map((d) => stageIndex(d.stage as never));
        expect(stages.every((v, i) => i === 0 || v >= (stages[i - 1] as number))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('produces only finite, non-negative, whole-fen amounts that add up', () => {
    fc.assert(
      fc.property(overdueScenario, (s) => {
        const result = run(s);
        expect(badNumber(result)).toBeNull();
        expect(result.days).toHaveLength(s.dpd + 1);
        const sums = result.days.every(
          (d, i) => d.day === i && d.total === d.overduePrincipal + d.unpaidInterest + d.penalty + d.fees,
        );
        expect(sums).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never starts the 5-year clock while unsettled, and starts it at settlement + 60 months', () => {
    fc.assert(
      fc.property(overdueScenario, (s) => {
        const result = run(s);
        if (s.payOnDay === undefined || !result.negativeRecord) {
          expect(result.visibleUntil).toBeNull();
        } else {
          const settled = result.settledOn as string;
          const [y, m] = settled.split('-').map(Number) as [number, number];
          const index = y * 12 + (m - 1) + 60;
          const expected = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
          expect(result.visibleUntil).toBe(expected);
        }
        if (s.payOnDay !== undefined) {
          expect(result.days.slice(s.payOnDay + 1).every((d) => d.total === 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
