import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lessonSchema } from '../../../src/content/schemas';
import { presetIds } from '../../../src/engine/presets';
import { CONTENT, filesUnder } from './helpers';

/** Lesson plans: mirrored in both languages, valid, 45 minutes each, with real presets, articles and quizzes. */
const ids = filesUnder(join(CONTENT, 'lessons', 'zh-cn'));
const read = (locale: 'zh-cn' | 'en', file: string) => {
  const text = readFileSync(join(CONTENT, 'lessons', locale, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${locale}/${file} has no frontmatter`);
  return { data: lessonSchema.parse(parse(match[1] ?? '')), body: match[2] ?? '' };
};

describe('lesson plans', () => {
  it('are five, at the same paths in both languages', () => {
    expect(ids).toHaveLength(5);
    expect(filesUnder(join(CONTENT, 'lessons', 'en'))).toEqual(ids);
  });

  for (const file of ids) {
    it(`${file}: both languages share order, timings, presets and articles; steps add up to 45 minutes`, () => {
      const zh = read('zh-cn', file).data;
      const en = read('en', file).data;
      const shape = (data: typeof zh) => ({
        order: data.order,
        minutes: data.steps.map((step) => step.minutes),
        presets: data.presets.map(({ kind, preset }) => `${kind}/${preset}`),
        articles: data.articles,
      });
      expect(shape(en)).toEqual(shape(zh));
      expect(zh.steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(45);
    });

    it(`${file}: presets exist, and every article it uses exists and has a quiz`, () => {
      const { data } = read('zh-cn', file);
      for (const { kind, preset } of data.presets) expect(presetIds(kind), `${kind}/${preset}`).toContain(preset);
      for (const path of data.articles) {
        for (const locale of ['zh-cn', 'en']) {
          expect(existsSync(join(CONTENT, 'articles', locale, `${path}.mdx`)), `${locale}/${path}`).toBe(true);
          expect(existsSync(join(CONTENT, 'quizzes', locale, `${path}.yaml`)), `${locale}/${path} quiz`).toBe(true);
        }
      }
    });
  }
});
