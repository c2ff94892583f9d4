import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyTickLabels } from '../../../src/simulators/shared/chart-setup';

describe('money ticks on the y axis', () => {
  it('keep a second decimal when one would make two ticks read the same', () => {
    const ticks = [3000, 3050, 3100, 3150, 3200];
    const label = moneyTickLabels('en');
    expect(ticks.map((tick) => label(tick, ticks))).toEqual(['3K', '3.05K', '3.1K', '3.15K', '3.2K']);
  });

  it('stay short when one decimal is enough', () => {
    const ticks = [0, 2000, 4000, 6000];
    expect(ticks.map((tick) => moneyTickLabels('en')(tick, ticks))).toEqual(['0', '2K', '4K', '6K']);
  });

  it('never label two ticks of an evenly spaced axis alike, in either language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'zh-CN'),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 5000, 50_000),
        fc.integer({ min: 2, max: 8 }),
        (lang, start, step, count) => {
          const ticks = Array.from({ length: count }, (_, i) => start + i * step);
          const label = moneyTickLabels(lang);
          expect(new Set(ticks.map((tick) => label(tick, ticks))).size).toBe(count);
        },
      ),
    );
  });
});
