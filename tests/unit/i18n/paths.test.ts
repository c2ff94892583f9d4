import { describe, expect, it } from 'vitest';
import { localePath, switchLocalePath } from '../../../src/i18n/paths';

// Vitest runs with Vite's default BASE_URL '/', so these are the root-deployment URLs; the sub-path case is
// covered end to end by the Playwright "subpath" project over a real build.
describe('locale paths', () => {
  it('builds locale-prefixed URLs with a trailing slash', () => {
    expect(localePath('zh-cn')).toBe('/zh-cn/');
    expect(localePath('en', 'overdue/collection')).toBe('/en/overdue/collection/');
    expect(localePath('en', '/credit/recovery/')).toBe('/en/credit/recovery/');
  });

  it('switches to the same page in the other language', () => {
    expect(switchLocalePath('/zh-cn/overdue/collection/', 'en')).toBe('/en/overdue/collection/');
    expect(switchLocalePath('/en/', 'zh-cn')).toBe('/zh-cn/');
  });

  it('switches to the other home from a page outside the locale trees', () => {
    expect(switchLocalePath('/404/', 'en')).toBe('/en/');
  });

  it('does not mistake a path that merely starts with a locale code', () => {
    expect(switchLocalePath('/english/', 'zh-cn')).toBe('/zh-cn/');
  });
});
