import { describe, expect, it } from 'vitest';
import { constantRows } from '../../../src/components/sim/methodology';
import { LOCALES } from '../../../src/i18n/locales';
import { useTranslations } from '../../../src/i18n/translate';

/**
 * The "Figures used, with sources" tables must show each engine constant as the engine holds it. A fixed number
 * of decimals once printed Jiebei's 1.5 × penalty multiplier as "2 ×": this reads every number back from the
 * displayed text and compares it with the constant the row says it shows.
 */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(%)?/g)].map(([, digits = '', percent]) => {
    const value = Number(digits.replaceAll(',', ''));
    return percent ? value / 100 : value;
  });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('constants tables on the simulator pages', () => {
  for (const locale of LOCALES) {
    for (const kind of ['loan', 'overdue', 'score'] as const) {
      it(`${locale} ${kind}: every displayed value reads back as the engine constant, unrounded`, () => {
        const rows = constantRows(kind, locale, useTranslations(locale));
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          const displayed = numbersIn(row.value);
          expect(row.shown.length, row.label).toBeGreaterThan(0);
          for (const constant of row.shown) {
            expect(
              displayed.some((value) => close(value, Math.abs(constant))),
              `${row.label}: "${row.value}" does not show ${constant}`,
            ).toBe(true);
          }
        }
      });
    }
  }

  it('reads numbers back the way a reader would (the check itself can fail)', () => {
    expect(numbersIn('2 ×')).toEqual([2]);
    const [daily = NaN, fee = NaN] = numbersIn('0.04% / 8.8%');
    expect(close(daily, 0.0004) && close(fee, 0.088)).toBe(true);
    expect(close(2, 1.5)).toBe(false);
    expect(numbersIn('10,000 元')).toEqual([10000]);
  });
});
