import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import * as C from '../../../src/engine/constants';
import { SIMULATOR_KINDS } from '../../../src/engine/scenario';
import { DATED_FACTS, datedFact, type DatedFact } from '../../../src/data/dated-facts';
import { endOfPartialDate, formatReport, oldestFirst, staleFacts } from '../../../src/lib/review';

const fact = (id: string, asOf: string): DatedFact => ({
  id,
  label: id,
  value: 1,
  confidence: 'W',
  source: 's',
  asOf,
  usedBy: [],
});
const today = new Date('2026-12-02T00:00:00Z');

describe('dated facts', () => {
  it('have unique ids and dates written YYYY, YYYY-MM or YYYY-MM-DD that are not in the future', () => {
    const ids = DATED_FACTS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of DATED_FACTS) {
      expect(entry.asOf, entry.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(Number.isNaN(endOfPartialDate(entry.asOf).getTime()), entry.id).toBe(false);
      if (entry.since) expect(entry.since, entry.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('take the simulators’ numbers from the engine rather than restating them', () => {
    expect(datedFact('lpr-one-year').value).toBe(C.LPR_ONE_YEAR);
    expect(datedFact('lpr-one-year').asOf).toBe(C.LPR_AS_OF);
    expect(datedFact('four-times-lpr').value).toBe(C.FOUR_TIMES_LPR);
    expect(datedFact('huabei-installment-fees').value).toEqual(Object.values(C.HUABEI_INSTALLMENT_FEES));
  });

  it('name pages that exist', () => {
    for (const entry of DATED_FACTS) {
      for (const page of entry.usedBy) {
        const [first, rest] = page.split(/\/(.*)/s);
        const exists =
          first === 'simulators'
            ? (SIMULATOR_KINDS as readonly string[]).includes(rest ?? '')
            : first === 'glossary'
              ? existsSync(`content/glossary/en/${rest}.md`)
              : existsSync(`content/articles/en/${page}.mdx`);
        expect(exists, `${entry.id}: ${page}`).toBe(true);
      }
    }
  });

  it('throws on an unknown id', () => {
    expect(() => datedFact('no-such-fact')).toThrow(/no-such-fact/);
  });
});

describe('review report', () => {
  it('reads a partial date as its last day, so a month is not judged older than it is', () => {
    expect(endOfPartialDate('2025-12').toISOString().slice(0, 10)).toBe('2025-12-31');
    expect(endOfPartialDate('2024').toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(endOfPartialDate('2025-02').toISOString().slice(0, 10)).toBe('2025-02-28');
  });

  it('lists facts last confirmed more than 12 months ago, oldest first, and nothing newer', () => {
    const facts = [
      fact('recent', '2026-02'),
      fact('just-inside', '2025-12-02'),
      fact('old', '2025-12-01'),
      fact('older', '2017-11'),
    ];
    expect(staleFacts(facts, today).map((entry) => entry.id)).toEqual(['older', 'old']);
  });

  it('orders pages by their older language date and flags languages that disagree', () => {
    const pages = [
      { collection: 'articles', path: 'b', updated: { 'zh-cn': '2026-12-02', en: '2026-12-02' } },
      { collection: 'articles', path: 'a', updated: { 'zh-cn': '2026-12-02', en: '2026-11-23' } },
    ];
    expect(oldestFirst(pages).map((page) => page.path)).toEqual(['a', 'b']);
    const lines = formatReport([fact('old', '2017-11')], pages, today);
    expect(lines.find((line) => line.includes('articles/a'))).toContain('differ');
    expect(lines.find((line) => line.includes('articles/b'))).not.toContain('differ');
    expect(lines.some((line) => line.includes('old'))).toBe(true);
  });
});
