import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  simulateLoan,
  simulateOverdue,
  simulateScore,
  validateLoan,
  validateOverdue,
  validateScore,
} from '../../../src/engine/index';

const jiebei = LOAN_PRESETS['jiebei-12'];
const errorsOf = (r: { ok: boolean; errors?: unknown }) => (r.ok ? [] : r.errors);

describe('validation: loan', () => {
  it('converts user units to engine units exactly once', () => {
    const r = validateLoan({ ...jiebei, principal: 1234.56 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.principal).toBe(123_456);
    expect(r.value.rate).toBeCloseTo(0.0004, 15);
    expect(r.value.scenario).toEqual({ ...jiebei, principal: 1234.56 });
  });

  it.each([
    ['principal', 0.99, { code: 'out-of-range', min: 1, max: 10_000_000 }],
    ['principal', 10_000_000.01, { code: 'out-of-range', min: 1, max: 10_000_000 }],
    ['principal', 100.005, { code: 'too-many-decimals', max: 2 }],
    ['principal', '100', { code: 'not-a-number' }],
    ['principal', Number.NaN, { code: 'not-a-number' }],
    ['principal', Number.POSITIVE_INFINITY, { code: 'out-of-range', min: 1, max: 10_000_000 }],
    ['principal', undefined, { code: 'required' }],
    ['principal', null, { code: 'required' }],
    ['rate', 1.01, { code: 'out-of-range', min: 0, max: 1 }],
    ['rate', -0.01, { code: 'out-of-range', min: 0, max: 1 }],
    ['term', 0, { code: 'out-of-range', min: 1, max: 360 }],
    ['term', 361, { code: 'out-of-range', min: 1, max: 360 }],
    ['term', 12.5, { code: 'not-an-integer' }],
    ['feeRate', 100.5, { code: 'out-of-range', min: 0, max: 100 }],
    ['method', 'weekly', { code: 'unknown-option' }],
    ['rateType', 'monthly', { code: 'unknown-option' }],
    ['method', '', { code: 'required' }],
  ])('rejects %s = %s', (field, value, error) => {
    expect(errorsOf(validateLoan({ ...jiebei, [field]: value }))).toEqual([{ field, ...error }]);
  });

  it('accepts the range limits themselves', () => {
    expect(validateLoan({ ...jiebei, principal: 1, rate: 0, term: 1 }).ok).toBe(true);
    expect(validateLoan({ ...jiebei, principal: 10_000_000, rate: 1, term: 360, feeRate: 100 }).ok).toBe(true);
    expect(validateLoan({ ...jiebei, rateType: 'annual', rate: 365 }).ok).toBe(true);
  });

  it('uses the annual range 0–365 % for an annual rate', () => {
    expect(errorsOf(validateLoan({ ...jiebei, rateType: 'annual', rate: 366 }))).toEqual([
      { field: 'rate', code: 'out-of-range', min: 0, max: 365 },
    ]);
  });

  it('reports every bad field at once and ignores extra fields', () => {
    const r = validateLoan({ principal: 'x', rateType: 'weekly', term: 12.5, extra: 1 });
    expect(errorsOf(r)).toEqual([
      { field: 'principal', code: 'not-a-number' },
      { field: 'rateType', code: 'unknown-option' },
      { field: 'rate', code: 'required' },
      { field: 'term', code: 'not-an-integer' },
      { field: 'method', code: 'required' },
      { field: 'feeRate', code: 'required' },
    ]);
    expect(validateLoan({ ...jiebei, extra: { nested: true } }).ok).toBe(true);
  });

  it('rejects a scenario that is not an object', () => {
    for (const value of [null, undefined]) {
      expect(errorsOf(simulateLoan(value))).toEqual([{ field: 'scenario', code: 'required' }]);
    }
    for (const value of [[], 'x', 42, true]) {
      expect(errorsOf(simulateLoan(value))).toEqual([{ field: 'scenario', code: 'not-an-object' }]);
    }
  });
});

describe('validation: overdue', () => {
  const huabei = OVERDUE_PRESETS['huabei-30'];

  it('prefixes errors of the nested loan with loan.', () => {
    expect(errorsOf(validateOverdue({ ...huabei, loan: { ...huabei.loan, term: 0 } }))).toEqual([
      { field: 'loan.term', code: 'out-of-range', min: 1, max: 360 },
    ]);
    expect(errorsOf(validateOverdue({ ...huabei, loan: 'x' }))).toEqual([{ field: 'loan', code: 'not-an-object' }]);
  });

  it('checks the DPD, the grace days and the date', () => {
    expect(errorsOf(validateOverdue({ ...huabei, dpd: 1826, graceDays: -1, startDate: '2026-02-30' }))).toEqual([
      { field: 'dpd', code: 'out-of-range', min: 0, max: 1825 },
      { field: 'graceDays', code: 'out-of-range', min: 0, max: 90 },
      { field: 'startDate', code: 'invalid-date' },
    ]);
    expect(errorsOf(validateOverdue({ ...huabei, startDate: '1999-12-31' }))).toEqual([
      { field: 'startDate', code: 'invalid-date' },
    ]);
    expect(errorsOf(validateOverdue({ ...huabei, compound: 'yes' }))).toEqual([
      { field: 'compound', code: 'not-a-boolean' },
    ]);
  });

  it('takes an optional acceleration day, 0–1,825 whole days', () => {
    const s = OVERDUE_PRESETS['stopped-365'];
    expect(errorsOf(validateOverdue({ ...s, accelerationDays: 1826 }))).toEqual([
      { field: 'accelerationDays', code: 'out-of-range', min: 0, max: 1825 },
    ]);
    expect(errorsOf(validateOverdue({ ...s, accelerationDays: 1.5 }))).toEqual([
      { field: 'accelerationDays', code: 'not-an-integer' },
    ]);
    expect(errorsOf(validateOverdue({ ...s, accelerationDays: '90' }))).toEqual([
      { field: 'accelerationDays', code: 'not-a-number' },
    ]);
    const off = validateOverdue({ ...s, accelerationDays: null });
    expect(off.ok && off.value.accelerationDays).toBeNull();
    expect(off.ok && 'accelerationDays' in off.value.scenario).toBe(false);
  });

  it('keeps the missed period within the term and the payment day within the days simulated', () => {
    const s = OVERDUE_PRESETS['stopped-365'];
    expect(errorsOf(validateOverdue({ ...s, missedPeriod: 13 }))).toEqual([
      { field: 'missedPeriod', code: 'out-of-range', min: 1, max: 12 },
    ]);
    expect(errorsOf(validateOverdue({ ...s, payOnDay: 366 }))).toEqual([
      { field: 'payOnDay', code: 'out-of-range', min: 0, max: 365 },
    ]);
    // In amount mode the schedule is not used, so the missed period is only range-checked.
    expect(validateOverdue({ ...huabei, missedPeriod: 13 }).ok).toBe(true);
  });

  it('treats a missing or null payment day as "not paid"', () => {
    const r = validateOverdue({ ...huabei, payOnDay: null });
    expect(r.ok && r.value.payOnDay).toBe(null);
    expect(r.ok && 'payOnDay' in r.value.scenario).toBe(false);
    expect(simulateOverdue({ ...huabei, payOnDay: 12.5 }).ok).toBe(false);
  });
});

describe('validation: score', () => {
  const s = SCORE_PRESETS['one-late-30'];

  it('checks the start score and months', () => {
    expect(errorsOf(validateScore({ ...s, start: 349, months: 121 }))).toEqual([
      { field: 'start', code: 'out-of-range', min: 350, max: 950 },
      { field: 'months', code: 'out-of-range', min: 1, max: 120 },
    ]);
  });

  it('checks each event and reports it by index', () => {
    const events = [{ month: 3, dpd: 30, amount: 900, settledMonth: 2 }, { month: 85, dpd: 0, amount: 900 }, 'x'];
    expect(errorsOf(validateScore({ ...s, events }))).toEqual([
      { field: 'events.0.settledMonth', code: 'out-of-range', min: 3, max: 120 },
      { field: 'events.1.month', code: 'out-of-range', min: 1, max: 84 },
      { field: 'events.1.dpd', code: 'out-of-range', min: 1, max: 1825 },
      { field: 'events.1.settledMonth', code: 'required' },
      { field: 'events.2', code: 'not-an-object' },
    ]);
  });

  it('limits the number of events and requires a list', () => {
    const event = { month: 1, dpd: 5, amount: 100, settledMonth: null };
    expect(errorsOf(simulateScore({ ...s, events: Array(11).fill(event) }))).toEqual([
      { field: 'events', code: 'out-of-range', min: 0, max: 10 },
    ]);
    expect(errorsOf(simulateScore({ ...s, events: {} }))).toEqual([{ field: 'events', code: 'not-a-list' }]);
  });
});

describe('error codes', () => {
  it('are unique kebab-case strings the UI can localize', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES.every((c) => /^[a-z]+(-[a-z]+)*$/.test(c))).toBe(true);
  });
});
