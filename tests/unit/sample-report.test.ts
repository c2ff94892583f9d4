import { describe, expect, it } from 'vitest';
import { SCORE_PRESETS } from '../../src/engine/index';
import { GRID_MONTHS, closedGrid, presetGrid } from '../../src/lib/sample-report';

describe('sample report grids', () => {
  it('show 24 months, December 2024 to November 2026', () => {
    expect(GRID_MONTHS).toHaveLength(24);
    expect([GRID_MONTHS[0], GRID_MONTHS[23]]).toEqual(['2024-12', '2026-11']);
  });

  it('the Jiebei grid is the one-late-30 story: 30 days late in March 2026, paid in April, on time otherwise', () => {
    // The preset the page links to: one payment 30 days late in month 3, settled in month 4.
    expect(SCORE_PRESETS['one-late-30'].events).toEqual([{ month: 3, dpd: 30, amount: 900, settledMonth: 4 }]);
    const late = presetGrid().filter((cell) => cell.code !== 'N');
    // Due 10 March, repaid 9 April: the April due date finds nothing overdue, so only March shows a code.
    expect(late).toEqual([{ month: '2026-03', code: '1', simulated: true }]);
    expect(
      presetGrid()
        .filter((c) => !c.simulated)
        .map((c) => c.month),
    ).toEqual(GRID_MONTHS.slice(0, 13));
  });

  it('a settled account shows C from the month it closed', () => {
    const codes = closedGrid('2026-06')
      .map((c) => c.code)
      .join('');
    expect(codes).toBe('N'.repeat(18) + 'C'.repeat(6));
  });
});
