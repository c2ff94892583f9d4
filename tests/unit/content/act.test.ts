import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planSchema, sampleReportSchema, templateSchema } from '../../../src/content/schemas';
import { TEMPLATE_IDS, placeholdersIn } from '../../../src/content/templates';
import { CONTENT, filesUnder } from './helpers';

/** The planner's words and the letters: both languages complete, the same structure, every reference resolvable. */
const LOCALES = ['zh-cn', 'en'] as const;
const frontmatter = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const articlePaths = new Set(filesUnder(join(CONTENT, 'articles', 'en')).map((p) => p.replace(/\.mdx$/, '')));

const templates = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    Object.fromEntries(
      filesUnder(join(CONTENT, 'templates', locale)).map((file) => [
        file.replace(/\.mdx$/, ''),
        templateSchema.parse(frontmatter(readFileSync(join(CONTENT, 'templates', locale, file), 'utf8'))),
      ]),
    ),
  ]),
) as Record<(typeof LOCALES)[number], Record<string, ReturnType<typeof templateSchema.parse>>>;

const plans = Object.fromEntries(
  LOCALES.map((locale) => [locale, planSchema.parse(parse(readFileSync(join(CONTENT, 'plan', `${locale}.yaml`), 'utf8')))]),
) as Record<(typeof LOCALES)[number], ReturnType<typeof planSchema.parse>>;

describe('templates', () => {
  it('exist for exactly the agreed ids, in both languages', () => {
    for (const locale of LOCALES) expect(Object.keys(templates[locale]).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  for (const id of TEMPLATE_IDS) {
    it(`${id}: both languages share fields, text kinds, order, date and the number of points and sources`, () => {
      const [zh, en] = [templates['zh-cn'][id]!, templates.en[id]!];
      expect(zh.fields).toEqual(en.fields);
      expect(zh.texts.map((t) => t.kind)).toEqual(en.texts.map((t) => t.kind));
      expect(zh.order).toBe(en.order);
      expect(zh.updated).toEqual(en.updated);
      expect(zh.related).toEqual(en.related);
      for (const key of ['when', 'attach', 'next', 'sources'] as const) expect(zh[key].length, key).toBe(en[key].length);
    });

    it(`${id}: every placeholder is a listed field and every listed field is used, in both languages`, () => {
      for (const locale of LOCALES) {
        const t = templates[locale][id]!;
        const used = new Set(t.texts.flatMap((text) => placeholdersIn(text.body)));
        expect([...used].sort(), locale).toEqual([...t.fields].sort());
        for (const text of t.texts) expect(text.body.replace(/\{\{\w+\}\}/g, ''), `${locale}: a stray brace`).not.toMatch(/[{}]/);
      }
    });

    it(`${id}: links only to articles that exist`, () => {
      for (const path of templates.en[id]!.related) expect(articlePaths.has(path), path).toBe(true);
    });
  }
});

describe('planner texts', () => {
  it('parse in both languages with a text for every question option, step and "don\'t"', () => {
    // planSchema is built from the engine's tables with strict objects: parsing above already failed on a gap.
    expect(Object.keys(plans['zh-cn'].steps)).toEqual(Object.keys(plans.en.steps));
    expect(plans['zh-cn'].updated).toEqual(plans.en.updated);
  });

  it('point each step to the same template and article in both languages, and only to ones that exist', () => {
    for (const [id, step] of Object.entries(plans.en.steps)) {
      const zh = plans['zh-cn'].steps[id]!;
      expect([zh.template, zh.read], id).toEqual([step.template, step.read]);
      if (step.read) expect(articlePaths.has(step.read), `${id} reads ${step.read}`).toBe(true);
    }
  });
});

describe('sample report texts', () => {
  const reports = LOCALES.map((locale) =>
    sampleReportSchema.parse(parse(readFileSync(join(CONTENT, 'sample-report', `${locale}.yaml`), 'utf8'))),
  );
  it('parse in both languages with the same labels, accounts and enquiries', () => {
    const [zh, en] = reports as [ReturnType<typeof sampleReportSchema.parse>, ReturnType<typeof sampleReportSchema.parse>];
    expect(Object.keys(zh.labels).sort()).toEqual(Object.keys(en.labels).sort());
    expect(zh.accounts.map((a) => a.grid)).toEqual(en.accounts.map((a) => a.grid));
    expect(zh.enquiries.map((e) => e.date)).toEqual(en.enquiries.map((e) => e.date));
    expect(zh.updated).toEqual(en.updated);
  });
});
