import fc from 'fast-check';
import { fen } from '../../../src/engine/money';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_CHANNELS,
  ILLEGAL_PRACTICES,
  STAGES,
  STAGE_IDS,
  dropOffMonth,
  oneOffRepairApplies,
  oneOffRepairClearedBy,
  reportCodeForMissedPeriods,
  reportGrid,
  stageIndex,
  stageOn,
} from '../../../src/engine/index';

describe('collection stages', () => {
  it.each([
    [0, 'due'],
    [1, 'early'],
    [7, 'early'],
    [8, 'calls'],
    [30, 'calls'],
    [31, 'escalation'],
    [90, 'escalation'],
    [91, 'late'],
    [180, 'late'],
    [181, 'write-off'],
    [1825, 'write-off'],
  ] as const)('puts day %i past due in stage %s', (dpd, stage) => {
    expect(stageOn(dpd)).toBe(stage);
  });

  it('reads a negative, fractional or non-numeric DPD without throwing', () => {
    expect(stageOn(-5)).toBe('due');
    expect(stageOn(Number.NaN)).toBe('due');
    expect(stageOn(7.9)).toBe('early');
    expect(stageOn('40' as unknown as number)).toBe('due');
  });

  it('has contiguous boundaries from 0 with an open last stage', () => {
    expect(STAGES.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(STAGES[0]?.minDpd).toBe(0);
    STAGES.forEach((s, i) => {
      const next = STAGES[i + 1];
      if (next) expect(next.minDpd).toBe((s.maxDpd as number) + 1);
      else expect(s.maxDpd).toBeNull();
    });
  });

  it('moves forward, never back, as days pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1825 }), fc.integer({ min: 0, max: 1825 }), (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(stageIndex(stageOn(late))).toBeGreaterThanOrEqual(stageIndex(stageOn(early)));
      }),
    );
  });

  it('lists the seven illegal practices, each with a complaint channel', () => {
    expect(ILLEGAL_PRACTICES.map((p) => p.id).sort()).toEqual(
      [
        'borrow-elsewhere',
        'collection-fees',
        'insults',
        'night-calls',
        'public-notices',
        'third-party-contact',
        'threats',
      ].sort(),
    );
    for (const p of ILLEGAL_PRACTICES) {
      expect(p.channels.length).toBeGreaterThan(0);
      expect(p.channels.every((c) => (COMPLAINT_CHANNELS as readonly string[]).includes(c))).toBe(true);
    }
    expect(ILLEGAL_PRACTICES.find((p) => p.id === 'threats')?.channels).toContain('110');
  });
});

describe('credit report', () => {
  it('drops a record 60 months after the settlement month, never while unsettled', () => {
    expect(dropOffMonth('2026-03')).toBe('2031-03');
    expect(dropOffMonth('2025-12')).toBe('2030-12');
    expect(dropOffMonth(null)).toBeNull();
    expect(dropOffMonth('2026-13')).toBeNull();
  });

  it.each([
    [0, 'N'],
    [0.5, 'N'],
    [1, '1'],
    [2, '2'],
    [6, '6'],
    [7, '7'],
    [8, '7'],
    [61, '7'],
    [Number.NaN, 'N'],
    [-1, 'N'],
  ] as const)('codes %s due dates missed in a row as %s', (missed, code) => {
    expect(reportCodeForMissedPeriods(missed)).toBe(code);
  });

  it('builds a grid with C from the closing month', () => {
    const r = reportGrid({ startMonth: '2026-01', missedPeriods: [0, 1, 2, 0], closedFromMonth: '2026-04' });
    expect(r).toEqual({
      ok: true,
      value: [
        { month: '2026-01', code: 'N' },
        { month: '2026-02', code: '1' },
        { month: '2026-03', code: '2' },
        { month: '2026-04', code: 'C' },
      ],
    });
  });

  it('rejects a malformed grid request with typed errors', () => {
    const r = reportGrid({ startMonth: '2026-1', missedPeriods: [1, -2, 'x', 1.5] });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'startMonth', code: 'invalid-date' },
        { field: 'missedPeriods.1', code: 'out-of-range', min: 0 },
        { field: 'missedPeriods.2', code: 'not-a-number' },
        { field: 'missedPeriods.3', code: 'not-an-integer' },
      ],
    });
    expect(reportGrid(null)).toEqual({ ok: false, errors: [{ field: 'scenario', code: 'required' }] });
  });

  describe('the 2025 one-off repair (announced 2025-12-22)', () => {
    const base = { overdueFrom: '2024-05-11', overdueAmount: fen(90_000), repaidOn: '2026-02-01' };

    it('covers records dated 2020-01-01 to 2025-12-31 only', () => {
      expect(oneOffRepairApplies({ ...base, overdueFrom: '2019-12-31' })).toBe(false);
      expect(oneOffRepairApplies({ ...base, overdueFrom: '2020-01-01' })).toBe(true);
      expect(oneOffRepairApplies({ ...base, overdueFrom: '2025-12-31' })).toBe(true);
      expect(oneOffRepairApplies({ ...base, overdueFrom: '2026-01-01' })).toBe(false);
    });

    it('covers a single overdue of at most 10,000 yuan', () => {
      expect(oneOffRepairApplies({ ...base, overdueAmount: fen(1_000_000) })).toBe(true);
      expect(oneOffRepairApplies({ ...base, overdueAmount: fen(1_000_001) })).toBe(false);
    });

    it('requires full repayment by 2026-03-31', () => {
      expect(oneOffRepairApplies({ ...base, repaidOn: '2026-03-31' })).toBe(true);
      expect(oneOffRepairApplies({ ...base, repaidOn: '2026-04-01' })).toBe(false);
      expect(oneOffRepairApplies({ ...base, repaidOn: null })).toBe(false);
    });

    it('cleared records repaid by 2025-11-30 from January 2026, later ones by the end of the next month', () => {
      expect(oneOffRepairClearedBy('2025-11-30')).toBe('2026-01');
      expect(oneOffRepairClearedBy('2025-12-01')).toBe('2026-01');
      expect(oneOffRepairClearedBy('2026-02-15')).toBe('2026-03');
      expect(oneOffRepairClearedBy('2026-03-31')).toBe('2026-04');
    });

    it('answers false rather than throwing on nonsense', () => {
      expect(oneOffRepairApplies(null as never)).toBe(false);
      expect(oneOffRepairApplies({ overdueFrom: 'x', overdueAmount: fen(Number.NaN), repaidOn: 'y' })).toBe(false);
    });
  });
});
