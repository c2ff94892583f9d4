import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/ui/en';
import { zhCn } from '../../../src/i18n/ui/zh-cn';
import { useTranslations } from '../../../src/i18n/translate';
import * as enSearch from '../../../src/i18n/ui/en/search';
import * as enSimulators from '../../../src/i18n/ui/en/simulators';
import * as enSite from '../../../src/i18n/ui/en/site';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('define exactly the same keys in both languages', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
  });

  it('define each key in one area only, so merging the areas never overrides a string', () => {
    const areas = [enSite.site, enSimulators.simulators, enSearch.search].map((area) => Object.keys(area));
    const total = areas.reduce((sum, keys) => sum + keys.length, 0);
    expect(new Set(areas.flat()).size).toBe(total);
  });

  it('keep simulator and search strings in their own areas', () => {
    for (const key of Object.keys(enSite.site)) expect(key, key).not.toMatch(/^(sim|simulators|search)\./);
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCn[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zhCn)]) expect(value.trim(), key).not.toBe('');
  });

  it('fills placeholders and leaves a missing one visible', () => {
    const t = useTranslations('en');
    expect(t('article.readingTime', { minutes: 7 })).toBe('7 min read');
    expect(t('article.readingTime')).toBe('{minutes} min read');
  });
});
