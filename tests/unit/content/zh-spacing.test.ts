import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { zhCn } from '../../../src/i18n/ui/zh-cn';
import { CONTENT, filesUnder } from './helpers';

/**
 * Chinese copy writes numbers straight against the characters around them ("逾期90天", "拨打12378", "2021年").
 * Checked on what a reader sees: every zh-cn content file, the planner and sample report, and the UI strings.
 */

const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff]';
const GAP = '[ \\t\\u00a0]+';
/** A Chinese character, a gap, then a number (or ¥ and a number); or a number (or percentage), a gap, a character. */
const SPACED = new RegExp(`${HAN}${GAP}¥?\\d|\\d%?${GAP}${HAN}`, 'g');

/**
 * Spaces that stay, each for a reason:
 * - a national standard's code and its title are separated by a space, as the standard itself prints it;
 * - a formula with one-letter variables is spaced throughout ("第 k 期", "第 k − 1 期"), not only where a digit is.
 */
const ALLOWED = ['GB/T 45251—2025 互联网金融', '第 k − 1 期'];

/** Text as rendered: code left out, engine constants (which print numbers) as a digit, other tags dropped. */
const renderedMdx = (text: string) =>
  text
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<Constant\b[^>]*\/>/g, '0')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

const sources: Array<{ where: string; text: string }> = [
  ...['answers', 'articles', 'glossary', 'lessons', 'pages', 'quizzes', 'simulators', 'templates'].flatMap((collection) =>
    filesUnder(join(CONTENT, collection, 'zh-cn')).map((file) => ({
      where: `${collection}/zh-cn/${file}`,
      text: renderedMdx(readFileSync(join(CONTENT, collection, 'zh-cn', file), 'utf8')),
    })),
  ),
  ...['plan', 'sample-report'].map((collection) => ({
    where: `${collection}/zh-cn.yaml`,
    text: stringsIn(parse(readFileSync(join(CONTENT, collection, 'zh-cn.yaml'), 'utf8'))).join('\n'),
  })),
  ...Object.entries(zhCn).map(([key, text]) => ({ where: `ui ${key}`, text })),
];

const spacedIn = (text: string) =>
  [...ALLOWED.reduce((rest, allowed) => rest.replaceAll(allowed, '\u0000'), text).matchAll(SPACED)].map((match) =>
    text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8).replace(/\s+/g, ' '),
  );

describe('zh-cn copy has no space between Chinese and numbers', () => {
  it('the check finds such spaces and leaves the meaningful ones alone', () => {
    for (const bad of ['拨打 12378 投诉', '逾期90 天', '约 ¥120', 'APR为 15.86%', '15.86% 的', '第 <Constant name="X" /> 天'])
      expect(spacedIn(renderedMdx(bad)), bad).not.toEqual([]);
    for (const good of ['拨打12378投诉', 'PBOC 2021', 'Art. 670', '- 20日内', '| 2026-12 |', '利息是1,000 × 0.05% × 30', '`a 1`'])
      expect(spacedIn(renderedMdx(good)), good).toEqual([]);
  });

  it('content files, the planner, the sample report and the UI strings', () => {
    const found = sources.flatMap(({ where, text }) => spacedIn(text).map((snippet) => `${where}: ${snippet}`));
    expect(found).toEqual([]);
  });

  it('every allowed exception is still in use, so the list cannot go stale', () => {
    for (const allowed of ALLOWED) expect(sources.some(({ text }) => text.includes(allowed)), allowed).toBe(true);
  });
});
