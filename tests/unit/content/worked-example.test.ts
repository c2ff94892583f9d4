import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OVERDUE_PRESETS, PRESET_START_DATE, simulateOverdue, type OverdueDay } from '../../../src/engine/index';

// The "10,000-yuan Jiebei loan unpaid for a year" example is worked by hand in these articles and embedded beside
// them as the overdue simulator's `stopped-365` card. Its figures must be the engine's, without acceleration (the
// articles say the card turns acceleration on and shows this total beside its own), or readers see two "day 365"s.
const TABLE_ARTICLES = ['overdue/lawsuits-and-enforcement', 'help/stories'];
const LOCALES = ['en', 'zh-cn'] as const;
const read = (path: string) => readFileSync(`content/${path}`, 'utf8');
const fen = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100);

function day(dpd: number): OverdueDay {
  const r = simulateOverdue({ ...OVERDUE_PRESETS['stopped-365'], accelerationDays: undefined, dpd });
  if (!r.ok) throw new Error('the stopped-365 preset no longer validates');
  return r.value.final;
}

describe('the Jiebei year-unpaid worked example agrees with the simulator', () => {
  for (const locale of LOCALES)
    for (const article of TABLE_ARTICLES)
      it(`${locale}/${article}: every table row is the engine's day`, () => {
        // | 90 | 4, ¥3,599.00 | ¥84.89 | ¥3,683.89 |   or   | 90天 | 4期，3,599.00元 | 84.89元 | 3,683.89元 |
        const row = /^\| (\d+)天? \| (\d+)(?:, ¥|期，)([\d,.]+)元? \| ¥?([\d,.]+)元? \| ¥?([\d,.]+)元? \|$/gm;
        const rows = [...read(`articles/${locale}/${article}.mdx`).matchAll(row)];
        expect(rows.map((m) => m[1])).toEqual(['30', '90', '180', '365']);
        for (const [, dpd, count, due, penalty, total] of rows) {
          const d = day(Number(dpd));
          expect({ dpd, due: fen(due!), penalty: fen(penalty!), total: fen(total!) }).toEqual({
            dpd,
            due: d.overduePrincipal + d.unpaidInterest,
            penalty: d.penalty,
            total: d.total,
          });
          expect(Number(count), `installments due on day ${dpd}`).toBe(countDue(Number(dpd)));
        }
      });

  it('every "about 11,9xx" figure in these articles and their quizzes is the engine total on day 365', () => {
    const total = day(365).total;
    const files = LOCALES.flatMap((l) => [
      ...[...TABLE_ARTICLES, 'overdue/court'].map((a) => `articles/${l}/${a}.mdx`),
      ...TABLE_ARTICLES.map((a) => `quizzes/${l}/${a}.yaml`),
    ]);
    for (const file of files)
      for (const [figure] of read(file).matchAll(/\b11,9\d\d\.\d\d\b/g)) expect([file, fen(figure)]).toEqual([file, total]);
  });

  it("the court-fee row for that amount follows the fee bands (50 + 2.5 % above 10,000; half; one third)", () => {
    const total = day(365).total;
    for (const locale of LOCALES) {
      const text = read(`articles/${locale}/overdue/court.mdx`);
      const m = /^\| ¥?(11,9\d\d\.\d\d)元? \| ¥?([\d.]+)元? \| ¥?([\d.]+)元? \| ¥?([\d.]+)元? \|$/m.exec(text);
      expect(m, locale).not.toBeNull();
      const [, amount, fee, half, third] = m!;
      expect(fen(amount!)).toBe(total);
      const exact = 5000 + (total - 1_000_000) * 0.025; // fen
      expect([fen(fee!), fen(half!), fen(third!)]).toEqual([exact, exact / 2, exact / 3].map((x) => Math.round(x)));
    }
  });
});

/** Installments due by day `dpd`: one on the preset's start date and on the same date of each later month. */
function countDue(dpd: number): number {
  const [y, m, d] = PRESET_START_DATE.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, m - 1, d);
  let n = 0;
  while (n < 12 && Date.UTC(y, m - 1 + n, d) - start <= dpd * 86_400_000) n++;
  return n;
}
