/**
 * The sample report's repayment grids. The Jiebei account's grid is not written by hand: it is the score
 * simulator's `one-late-30` preset run through the engine, so the page and the simulator cannot drift apart.
 */
import { SCORE_PRESETS, reportGrid, simulateScore } from '../engine/index';

/** The report is dated 1 December 2026 and shows the 24 months up to November 2026. */
export const GRID_FIRST_MONTH = '2024-12';
/** Simulator month 1 is January 2026: the late payment (month 3) falls in March 2026, after the 2025 one-off repair's window. */
export const SIMULATOR_MONTH_ONE = '2026-01';
export const GRID_LENGTH = 24;

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

export const GRID_MONTHS: string[] = Array.from({ length: GRID_LENGTH }, (_, i) =>
  monthLabel(monthIndex(GRID_FIRST_MONTH) + i),
);

export interface GridCell {
  month: string;
  code: string;
  /** True for months the simulator covers (the rest are on-time months before it starts). */
  simulated: boolean;
}

/** The Jiebei grid: 'N' before the simulator's first month, then the preset's monthly codes. */
export function presetGrid(): GridCell[] {
  const result = simulateScore(SCORE_PRESETS['one-late-30']);
  if (!result.ok) throw new Error('The one-late-30 preset no longer simulates');
  const offset = monthIndex(SIMULATOR_MONTH_ONE) - 1; // simulator month m ↔ month index offset + m
  return GRID_MONTHS.map((month) => {
    const m = monthIndex(month) - offset;
    const point = m >= 1 ? result.value.series[m] : undefined;
    return { month, code: point ? point.code : 'N', simulated: point !== undefined };
  });
}

/** A settled account: 'N' until it closed, 'C' from then on (the engine's own grid rule). */
export function closedGrid(closedFrom: string): GridCell[] {
  const result = reportGrid({
    startMonth: GRID_FIRST_MONTH,
    missedPeriods: GRID_MONTHS.map(() => 0),
    closedFromMonth: closedFrom,
  });
  if (!result.ok) throw new Error('closedGrid: invalid month');
  return result.value.map((cell) => ({ month: cell.month, code: cell.code, simulated: false }));
}

/** A credit card used most months: '*' where no bill was due (months with no spending), 'N' otherwise. */
export function cardGrid(monthsWithoutBill: readonly string[]): GridCell[] {
  return GRID_MONTHS.map((month) => ({ month, code: monthsWithoutBill.includes(month) ? '*' : 'N', simulated: false }));
}
