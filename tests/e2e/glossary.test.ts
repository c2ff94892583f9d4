import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers';

/** Articles that carry <Term> marks in this tree, and the first term each marks. */
const ARTICLE_EN = 'en/basics/credit-and-risk/';
const ARTICLE_ZH = 'zh-cn/basics/credit-and-risk/';

/** Presses Tab until a term button has focus (or gives up), as a keyboard user would reach it. */
async function tabToFirstTerm(page: Page): Promise<number> {
  for (let presses = 1; presses <= 120; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('term-word') ?? false)) return presses;
  }
  return -1;
}

test.describe('term hints in articles', () => {
  test('a keyboard user reaches a term, opens its definition with Enter, follows it to the glossary entry, and Esc closes it', async ({
    page,
  }) => {
    await page.goto(ARTICLE_EN);
    expect(await tabToFirstTerm(page), 'no term reachable with Tab').toBeGreaterThan(0);
    const button = page.locator('.term-word:focus');
    const hint = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect(hint).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(hint).toBeVisible();
    // The hint shows the definition written in the glossary entry it links to.
    const entry = (await hint.locator('a.term-more').getAttribute('href'))?.split('#')[1] ?? '';
    const frontmatter = readFileSync(`content/glossary/en/${entry}.md`, 'utf8').split('---')[1] ?? '';
    const definition = String((parse(frontmatter) as { definition?: string }).definition ?? '');
    expect(definition.length).toBeGreaterThan(10);
    await expect(hint).toContainText(definition.slice(0, 40));
    await page.keyboard.press('Escape');
    await expect(hint).toBeHidden();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const more = hint.getByRole('link', { name: 'Full entry in the glossary' });
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/glossary/#${entry}$`));
    await expect(page.locator(`#${entry} h2`)).toBeInViewport();
  });

  test('the definition opens and is readable with JavaScript off @subpath', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(ARTICLE_ZH);
    const term = page
      .locator('.term')
      .filter({ has: page.getByRole('button', { name: '征信报告' }) })
      .first();
    const hint = term.locator('.term-hint');
    await expect(hint).toBeHidden();
    await term.getByRole('button', { name: '征信报告' }).click();
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('人民银行征信中心');
    await hint.getByRole('link').click();
    await expect(page).toHaveURL(/\/zh-cn\/glossary\/#credit-report$/);
    await context.close();
  });

  test('has no axe violations with a hint open, in the light and dark themes', async ({ page }) => {
    test.slow(); // two full axe runs over a long article
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE_ZH);
      const button = page.locator('.term-word').first();
      await button.click();
      await expect(page.locator(`#${await button.getAttribute('popovertarget')}`)).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('prints each definition after its term, without the link', async ({ page }) => {
    await page.goto(ARTICLE_EN);
    await page.emulateMedia({ media: 'print' });
    const hint = page.locator('.term-hint').first();
    await expect(hint.locator('.term-definition')).toBeVisible();
    await expect(hint.locator('.term-more')).toBeHidden();
  });

  test('keeps definitions out of the article’s indexed text', async ({ page }) => {
    // Asks the real Pagefind index for a word of the credit-limit definition and reads back what each hit indexed:
    // the glossary page holds the definition; the article that shows it in a hint must not.
    const phrase = 'ceiling you may draw on';
    await page.goto(ARTICLE_EN);
    const indexed = await page.evaluate(async () => {
      const base = document.documentElement.dataset.base ?? '/';
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      await pagefind.init();
      const answer = await pagefind.search('ceiling');
      const pages = await Promise.all(
        answer.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()),
      );
      return pages.map((p: { url: string; content: string }) => ({ url: p.url, content: p.content }));
    });
    expect(indexed.find((p) => p.url.endsWith('/en/glossary/'))?.content).toContain(phrase);
    const article = await page.evaluate(async () => {
      const base = document.documentElement.dataset.base ?? '/';
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      const answer = await pagefind.search('credit limit');
      const pages = await Promise.all(
        answer.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()),
      );
      return pages.find((p: { url: string }) => p.url.endsWith('/basics/credit-and-risk/'))?.content ?? null;
    });
    expect(article, 'the article itself is indexed').toContain('credit limit');
    expect(article).not.toContain(phrase);
  });
});

test.describe('glossary filter', () => {
  test('without JavaScript the glossary is a plain list in pinyin order and the filter is not shown', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('zh-cn/glossary/');
    await expect(page.getByRole('search')).toHaveCount(0);
    const terms = await page
      .locator('[data-filter-entry] h2')
      .evaluateAll((headings) => headings.map((heading) => heading.firstChild?.textContent?.trim() ?? ''));
    expect(terms.length).toBeGreaterThanOrEqual(80);
    expect(terms).toEqual([...terms].sort(new Intl.Collator('zh-CN').compare));
    await expect(page.locator('[data-filter-entry]:visible')).toHaveCount(terms.length);
    await context.close();
  });

  test('filters as you type by English term, pinyin without tones, or definition, and says how many match', async ({
    page,
  }) => {
    await page.goto('en/glossary/');
    const input = page.getByRole('searchbox', { name: 'Filter the glossary' });
    const total = await page.locator('[data-filter-entry]').count();
    await input.fill('penalty interest');
    await expect(page.locator('#penalty-interest')).toBeVisible();
    await expect(page.locator('#apr')).toBeHidden();
    await expect(page.locator('[data-filter-index="apr"]')).toBeHidden();
    const shown = await page.locator('[data-filter-entry]:visible').count();
    expect(shown).toBeLessThan(total);
    await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${total} terms.`);
    await input.fill('kan tou xi');
    await expect(page.locator('#upfront-deduction')).toBeVisible();
    await expect(page.locator('[data-filter-entry]:visible')).toHaveCount(1);
    await input.fill('');
    await expect(page.locator('[data-filter-entry]:visible')).toHaveCount(total);
  });

  test('treats typed markup as text and cuts very long input with a notice @subpath', async ({ page }) => {
    await page.goto('zh-cn/glossary/');
    const input = page.getByRole('searchbox', { name: '筛选术语' });
    await input.fill('<img src=x onerror="document.title=1">');
    await expect(page.getByRole('status')).toContainText('<img src=x');
    await expect(page.locator('form img')).toHaveCount(0);
    await expect(page.locator('[data-filter-entry]:visible')).toHaveCount(0);
    await input.fill('罚息'.repeat(40));
    await expect(page.locator('[data-filter-notice]')).toHaveText('只使用前40个字符。');
    await input.fill('罚息');
    await expect(page.locator('[data-filter-notice]')).toBeHidden();
    await expect(page.locator('#penalty-interest')).toBeVisible();
  });

  test('has no axe violations while filtering', async ({ page }) => {
    test.slow(); // axe over 80-odd entries
    await page.goto('zh-cn/glossary/');
    await page.getByRole('searchbox', { name: '筛选术语' }).fill('征信');
    await expectNoAxeViolations(page);
  });
});
