import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../../src/engine/constants';
import { DISPLAYS, showConstant, type Display } from '../../../src/components/sim/methodology';
import { LOCALES } from '../../../src/i18n/locales';
import { SIMULATOR_KINDS } from '../../../src/engine/scenario';

/**
 * The methodology pages (content/simulators/<lang>/<kind>.mdx) name engine constants instead of retyping them.
 * These tests read every <Constant /> of every page, print it as the page does and read the number back the way a
 * reader would: it must be the engine's value, unrounded. A fixed number of decimals once printed Jiebei's 1.5 ×
 * penalty multiplier as "2 ×"; that must stay impossible.
 */
const DIR = 'content/simulators';

function numbersIn(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(%)?/g)].map(([, digits = '', percent]) => {
    const value = Number(digits.replaceAll(',', ''));
    return percent ? value / 100 : value;
  });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

interface Use {
  file: string;
  name: string;
  as: Display;
}

const pages = LOCALES.flatMap((locale) =>
  SIMULATOR_KINDS.map((kind) => ({ locale, kind, file: `${locale}/${kind}.mdx` })),
);
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');

function usesIn(file: string): Use[] {
  return [...text(file).matchAll(/<Constant\b([^>]*)\/>/g)].map(([, attributes = '']) => ({
    file,
    name: /\bname="([^"]+)"/.exec(attributes)?.[1] ?? '',
    as: (/\bas="([^"]+)"/.exec(attributes)?.[1] ?? 'number') as Display,
  }));
}

/** The engine value a name points to, resolved here by hand (not with the code under test). */
function engineValues(name: string): unknown[] {
  const [head = '', ...rest] = name.split('.');
  const stage = head === 'STAGE';
  let values: unknown[] = [stage ? null : (C as Record<string, unknown>)[head]];
  if (stage) {
    const [id = '', field = ''] = rest;
    const first = C.STAGE_FIRST_DPD as Record<string, number>;
    const ids = Object.keys(first);
    const next = ids[ids.indexOf(id) + 1];
    return [field === 'minDpd' ? first[id] : next === undefined ? undefined : (first[next] ?? NaN) - 1];
  }
  for (const step of rest) {
    values = values.flatMap((v) => {
      const record = v as Record<string, unknown>;
      return step === '*' ? Object.values(record) : [record[step]];
    });
  }
  return values;
}

/** What a reader reads back from the printed text for a value shown `as`: money prints yuan for fen. */
const readBack = (value: number, as: Display) => (as === 'fen' ? value / 100 : Math.abs(value));

describe('methodology pages: every figure is the engine constant, printed exactly', () => {
  it('has a page per language and simulator, and nothing else', () => {
    for (const locale of LOCALES) {
      expect(readdirSync(join(DIR, locale)).sort()).toEqual(SIMULATOR_KINDS.map((kind) => `${kind}.mdx`).sort());
    }
  });

  for (const { locale, file } of pages) {
    it(`${file}: each <Constant /> reads back as its engine value`, () => {
      const uses = usesIn(file);
      expect(uses.length).toBeGreaterThan(5);
      for (const use of uses) {
        expect(DISPLAYS, `${use.name}: as="${use.as}"`).toContain(use.as);
        const printed = showConstant(locale, use.name, use.as);
        const expected = engineValues(use.name);
        expect(expected.length, use.name).toBeGreaterThan(0);
        if (expected.every((v) => typeof v === 'string')) {
          expect(printed).toBe(expected.join(' / '));
          continue;
        }
        const shown = numbersIn(printed);
        for (const value of expected) {
          expect(typeof value, use.name).toBe('number');
          expect(
            shown.some((n) => close(n, readBack(value as number, use.as))),
            `${file} ${use.name}: "${printed}" does not show ${String(value)}`,
          ).toBe(true);
        }
      }
    });
  }

  it('the constants tables print values only through <Constant /> (no number typed into a value cell)', () => {
    for (const { file } of pages) {
      const rows = text(file)
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
        .slice(1);
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        const value = row.split('|')[2] ?? '';
        expect(value, `${file}: ${row}`).toMatch(/<Constant /);
        expect(value.replace(/<Constant[^>]*\/>/g, ''), `${file}: ${row}`).not.toMatch(/\d/);
      }
    }
  });

  it('both languages use the same constants, so neither page is missing a figure', () => {
    for (const kind of SIMULATOR_KINDS) {
      const names = (locale: string) => new Set(usesIn(`${locale}/${kind}.mdx`).map((use) => use.name));
      expect([...names('zh-cn')].sort(), kind).toEqual([...names('en')].sort());
    }
  });

  it('prints every numeric engine constant without rounding, in every display', () => {
    const numeric = Object.entries(C).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
    expect(numeric.length).toBeGreaterThan(20);
    for (const locale of LOCALES) {
      for (const [name, value] of numeric) {
        for (const as of ['number', 'percent', 'times', 'months'] as const) {
          const shown = numbersIn(showConstant(locale, name, as));
          expect(
            shown.some((n) => close(n, readBack(value, as))),
            `${name} as ${as}`,
          ).toBe(true);
        }
      }
    }
  });

  it('rejects a name that is not an engine constant, so a typo fails the build', () => {
    expect(() => showConstant('en', 'JIEBEI_PENALTY_MULTIPLYER')).toThrow(/not a constant/);
    expect(() => showConstant('en', 'HUABEI_INSTALLMENT_FEES')).toThrow(/not a constant/);
    expect(() => showConstant('en', 'STAGE.nowhere.minDpd')).toThrow(/not a constant/);
  });

  it('reads numbers back the way a reader would (the check itself can fail)', () => {
    expect(numbersIn('2 ×')).toEqual([2]);
    expect(numbersIn('2 ×').some((n) => close(n, C.JIEBEI_PENALTY_MULTIPLIER))).toBe(false);
    const [daily = NaN, fee = NaN] = numbersIn('0.04% / 8.8%');
    expect(close(daily, 0.0004) && close(fee, 0.088)).toBe(true);
    expect(numbersIn('10,000 元')).toEqual([10000]);
  });
});
