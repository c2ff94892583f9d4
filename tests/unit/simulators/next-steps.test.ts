import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { STAGE_IDS } from '../../../src/engine/stages';
import { EXPLAINED_IN as LOAN, NEXT_BY_BAND } from '../../../src/simulators/loan/next-steps';
import { EXPLAINED_IN as OVERDUE, NEXT_BY_STAGE } from '../../../src/simulators/overdue/next-steps';
import { EXPLAINED_IN as SCORE } from '../../../src/simulators/score/next-steps';

/** The content file behind a locale-free site path, or the page route for the planner. */
function source(locale: string, path: string): string {
  if (path === 'help/plan') return 'src/pages/[lang]/help/plan.astro';
  if (path.startsWith('answers/')) return `content/answers/${locale}/${path.slice('answers/'.length)}.mdx`;
  if (path.startsWith('help/templates/'))
    return `content/templates/${locale}/${path.slice('help/templates/'.length)}.mdx`;
  return `content/articles/${locale}/${path}.mdx`;
}

describe('where the simulators send a reader next', () => {
  const all = [
    ...LOAN,
    ...OVERDUE,
    ...SCORE,
    ...Object.values(NEXT_BY_STAGE).flat(),
    ...Object.values(NEXT_BY_BAND).flat(),
  ];

  it('every linked page exists in both languages', () => {
    const missing = LOCALES.flatMap((locale) => all.filter((path) => !existsSync(source(locale, path))));
    expect(missing).toEqual([]);
  });

  it('every collection stage has two to four next steps, and no stage repeats a link', () => {
    for (const stage of STAGE_IDS) {
      const links = NEXT_BY_STAGE[stage];
      expect(links.length, stage).toBeGreaterThanOrEqual(2);
      expect(links.length, stage).toBeLessThanOrEqual(4);
      expect(new Set(links).size, stage).toBe(links.length);
    }
  });
});
