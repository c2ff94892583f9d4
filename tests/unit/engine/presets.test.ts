import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FOUR_TIMES_LPR,
  HUABEI_INSTALLMENT_FEES,
  LOAN_PRESETS,
  LOAN_PRESET_IDS,
  OVERDUE_PRESETS,
  OVERDUE_PRESET_IDS,
  PENALTY_PRESETS,
  SCORE_PRESETS,
  SCORE_PRESET_IDS,
  findPreset,
  simulateLoan,
  simulateOverdue,
  simulateScore,
} from '../../../src/engine/index';

const root = join(__dirname, '../../..');

function filesUnder(dir: string, ext: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(filesUnder(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

describe('presets', () => {
  it('have exactly the agreed ids', () => {
    expect(Object.keys(LOAN_PRESETS)).toEqual([
      'jiebei-12',
      'jiebei-interest-first',
      'huabei-3',
      'huabei-6',
      'huabei-9',
      'huabei-12',
      'mybank-12',
      'card-minimum',
      'custom',
    ]);
    expect(Object.keys(LOAN_PRESETS)).toEqual([...LOAN_PRESET_IDS]);
    expect(Object.keys(OVERDUE_PRESETS)).toEqual(['jiebei-30', 'huabei-30', 'shop-owner-20', 'stopped-365']);
    expect(Object.keys(OVERDUE_PRESETS)).toEqual([...OVERDUE_PRESET_IDS]);
    expect(Object.keys(SCORE_PRESETS)).toEqual(['one-late-30', 'unpaid-year']);
    expect(Object.keys(SCORE_PRESETS)).toEqual([...SCORE_PRESET_IDS]);
  });

  it('are all valid scenarios', () => {
    for (const s of Object.values(LOAN_PRESETS)) expect(simulateLoan(s).ok).toBe(true);
    for (const s of Object.values(OVERDUE_PRESETS)) expect(simulateOverdue(s).ok).toBe(true);
    for (const s of Object.values(SCORE_PRESETS)) expect(simulateScore(s).ok).toBe(true);
  });

  it('match the brief: Jiebei 10,000 yuan at 0.04 %/day, Huabei fees 2.5/4.5/6.5/8.8 %, MYbank 50,000 at 0.05 %', () => {
    expect(LOAN_PRESETS['jiebei-12']).toEqual({
      principal: 10_000,
      rateType: 'daily',
      rate: 0.04,
      term: 12,
      method: 'equal-installment',
      feeRate: 0,
    });
    expect(LOAN_PRESETS['jiebei-interest-first']).toEqual({ ...LOAN_PRESETS['jiebei-12'], method: 'interest-first' });
    expect(LOAN_PRESETS.custom).toEqual(LOAN_PRESETS['jiebei-12']);
    expect([3, 6, 9, 12].map((n) => LOAN_PRESETS[`huabei-${n}` as 'huabei-3'].feeRate)).toEqual([2.5, 4.5, 6.5, 8.8]);
    expect(HUABEI_INSTALLMENT_FEES).toEqual({ 3: 0.025, 6: 0.045, 9: 0.065, 12: 0.088 });
    expect(LOAN_PRESETS['mybank-12']).toMatchObject({
      principal: 50_000,
      rate: 0.05,
      term: 12,
      method: 'equal-installment',
    });
    expect(LOAN_PRESETS['card-minimum']).toMatchObject({ principal: 10_000, rate: 0.05, term: 12 });
  });

  it('give overdue and score presets their agreed shapes and a fixed start date', () => {
    expect(OVERDUE_PRESETS['huabei-30']).toMatchObject({
      mode: 'amount',
      amountDue: 10_000,
      preset: 'huabei',
      dpd: 30,
    });
    expect(OVERDUE_PRESETS['shop-owner-20']).toMatchObject({ mode: 'loan', missedPeriod: 1, dpd: 20 });
    expect(OVERDUE_PRESETS['shop-owner-20'].loan).toEqual(LOAN_PRESETS['mybank-12']);
    expect(OVERDUE_PRESETS['stopped-365']).toMatchObject({ mode: 'loan', missedPeriod: 1, dpd: 365, preset: 'jiebei' });
    expect(SCORE_PRESETS['unpaid-year']).toMatchObject({ start: 650 });
    expect(SCORE_PRESETS['unpaid-year'].events[0]).toMatchObject({ dpd: 365, settledMonth: 12 });
    for (const s of Object.values(OVERDUE_PRESETS)) {
      expect(s.startDate).toBe('2026-01-10');
      expect(s.payOnDay).toBeUndefined();
    }
  });

  it('fill the penalty fields from the dated constants', () => {
    expect(PENALTY_PRESETS.jiebei).toEqual({ penaltyMultiplier: 1.5, penaltyDailyRate: 0, graceDays: 0 });
    expect(PENALTY_PRESETS.huabei).toEqual({ penaltyMultiplier: 0, penaltyDailyRate: 0.05, graceDays: 0 });
    expect(FOUR_TIMES_LPR).toBeCloseTo(0.12, 12);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(LOAN_PRESETS['jiebei-12'])).toBe(true);
    expect(Object.isFrozen(OVERDUE_PRESETS['stopped-365'].loan)).toBe(true);
    expect(Object.isFrozen(SCORE_PRESETS['one-late-30'].events[0])).toBe(true);
    const copy = findPreset('overdue', 'stopped-365');
    expect(copy).toEqual(OVERDUE_PRESETS['stopped-365']);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(findPreset('loan', 'toString')).toBeNull();
    expect(findPreset('score', 'nope')).toBeNull();
  });

  it('include every preset an article refers to', () => {
    const articles = filesUnder(join(root, 'content'), '.mdx');
    const refs: [string, string, string][] = [];
    for (const file of articles) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/<Simulator\s+kind="(\w+)"\s+preset="([\w-]+)"/g)) {
        refs.push([file, m[1] as string, m[2] as string]);
      }
      const block = /^simulator:\s*\n\s+kind:\s*(\w+)\s*\n\s+preset:\s*([\w-]+)/m.exec(text);
      if (block) refs.push([file, block[1] as string, block[2] as string]);
    }
    const missing = refs.filter(([, kind, id]) => findPreset(kind as 'loan', id) === null);
    expect(missing).toEqual([]);
  });
});

// The engine's import boundaries are tested in tests/unit/architecture.test.ts.
describe('engine constants', () => {
  it('documents every exported constant', () => {
    const text = readFileSync(join(root, 'src/engine/constants.ts'), 'utf8');
    const undocumented = [...text.matchAll(/(\*\/\s*)?\nexport const (\w+)/g)].filter((m) => !m[1]).map((m) => m[2]);
    expect(undocumented).toEqual([]);
  });
});
