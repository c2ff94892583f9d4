import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossarySchema } from '../../../src/content/schemas';
import { CONTENT, cjkCount, filesUnder, readContent, wordCount } from './helpers';

const LOCALES = ['zh-cn', 'en'] as const;
const glossary = { 'zh-cn': readContent('glossary', 'zh-cn'), en: readContent('glossary', 'en') };
const articlePaths = new Set(filesUnder(join(CONTENT, 'articles', 'zh-cn')).map((path) => path.replace(/\.mdx$/, '')));
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

describe('glossary', () => {
  it('has at least 80 entries in each language', () => {
    for (const locale of LOCALES) expect(glossary[locale].length, locale).toBeGreaterThanOrEqual(80);
  });

  for (const locale of LOCALES) {
    it(`every ${locale} entry has every field, valid, with a short body`, () => {
      for (const file of glossary[locale]) {
        const result = glossarySchema.safeParse(file.data);
        expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), file.path).toEqual([]);
        for (const field of ['term', 'pinyin', 'english', 'definition', 'related', 'updated'] as const) {
          expect(file.data[field], `${locale}/${file.path} ${field}`).toBeTruthy();
        }
        expect(file.body.trim().length, `${locale}/${file.path} body`).toBeGreaterThan(0);
      }
    });
  }

  it('writes pinyin with tone marks', () => {
    for (const file of glossary['zh-cn']) expect(String(file.data.pinyin), file.path).toMatch(TONE_MARK);
  });

  it('defines each term in the file’s own language, in one or two sentences short enough for a hint', () => {
    for (const file of glossary['zh-cn']) {
      const definition = String(file.data.definition);
      expect(cjkCount(definition), `zh-cn/${file.path}`).toBeGreaterThanOrEqual(10);
      expect(Array.from(definition).length, `zh-cn/${file.path} is too long for a hint`).toBeLessThanOrEqual(110);
      expect(definition.match(/[。！？]/g)?.length ?? 0, `zh-cn/${file.path} sentences`).toBeLessThanOrEqual(2);
    }
    for (const file of glossary.en) {
      const definition = String(file.data.definition);
      expect(cjkCount(definition), `en/${file.path} should be in English`).toBeLessThanOrEqual(6);
      expect(wordCount(definition), `en/${file.path}`).toBeGreaterThanOrEqual(6);
      expect(wordCount(definition), `en/${file.path} is too long for a hint`).toBeLessThanOrEqual(55);
      // Sentence ends: a full stop followed by a space and a capital (not "Art. 50" or "4 × LPR.").
      expect(definition.match(/[.!?](\s+[A-Z]|$)/g)?.length ?? 0, `en/${file.path} sentences`).toBeLessThanOrEqual(2);
    }
  });

  it('does not define a term by itself', () => {
    const circular = [
      ...glossary['zh-cn'].filter((file) => String(file.data.definition).includes(String(file.data.term))).map((file) => `zh-cn/${file.path}`),
      // The English name without its bracketed abbreviation: "Loan Prime Rate (LPR)" → "loan prime rate".
      ...glossary.en
        .filter((file) => String(file.data.definition).toLowerCase().includes(String(file.data.english).replace(/\s*\(.*\)\s*/g, '').toLowerCase()))
        .map((file) => `en/${file.path}`),
    ];
    expect(circular).toEqual([]);
  });

  it('points every entry at an article that exists', () => {
    for (const file of glossary['zh-cn']) expect(articlePaths.has(String(file.data.related)), `${file.path}: ${String(file.data.related)}`).toBe(true);
  });

  it('gives every term a distinct Chinese and English name', () => {
    for (const field of ['term', 'english'] as const) {
      const names = glossary['zh-cn'].map((file) => String(file.data[field]));
      expect(names.filter((name, index) => names.indexOf(name) !== index), field).toEqual([]);
    }
  });
});

/** Every `<Term id="…">` written in MDX content, with the language folder it sits in. */
function termMarks(): { file: string; locale: string; id: string }[] {
  const mdx = filesUnder(CONTENT).filter((path) => path.endsWith('.mdx'));
  return mdx.flatMap((path) => {
    const locale = path.split('/')[1] ?? '';
    const text = readFileSync(join(CONTENT, path), 'utf8');
    return [...text.matchAll(/<Term\b([^>]*)>/g)].map((match) => {
      const id = /\bid="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? `(no literal id in ${match[0]})`;
      return { file: relative('.', join(CONTENT, path)), locale, id };
    });
  });
}

describe('term marks in articles', () => {
  const marks = termMarks();

  it('finds marks to check', () => {
    expect(marks.length).toBeGreaterThan(0);
  });

  it('name a glossary entry that exists in the article’s own language', () => {
    const missing = marks.filter(({ locale, id }) => !existsSync(join(CONTENT, 'glossary', locale, `${id}.md`)));
    expect(missing.map(({ file, id }) => `${file}: <Term id="${id}">`)).toEqual([]);
  });

  it('are closed and never nested', () => {
    for (const path of filesUnder(CONTENT).filter((name) => name.endsWith('.mdx'))) {
      const text = readFileSync(join(CONTENT, path), 'utf8');
      const opens = text.match(/<Term\b/g)?.length ?? 0;
      expect(text.match(/<\/Term>/g)?.length ?? 0, path).toBe(opens);
      expect(/<Term\b[^>]*>(?:(?!<\/Term>)[\s\S])*<Term\b/.test(text), `${path} nests a Term`).toBe(false);
    }
  });
});
