import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './helpers';

/**
 * Answers over the production build: every answer is reachable from its topic on the index and from an article,
 * its page leads with the short answer, carries FAQPage JSON-LD a search engine can read, and switches language
 * to the same answer.
 */
const slugs = readdirSync(join('content', 'answers', 'zh-cn')).map((name) => name.replace(/\.mdx$/, ''));
const topicOf = (slug: string, locale: 'zh-cn' | 'en') =>
  /^topic:\s*(\S+)/m.exec(readFileSync(join('content', 'answers', locale, `${slug}.mdx`), 'utf8'))?.[1] ?? '';
const sample = slugs[0] ?? '';

test.describe('answers', () => {
  for (const locale of ['zh-cn', 'en'] as const) {
    test(`the ${locale} index lists every answer under its topic`, async ({ page }) => {
      await page.goto(`${locale}/answers/`);
      for (const slug of slugs) {
        await expect(
          page.locator(`section#${topicOf(slug, locale)} a[href$="/${locale}/answers/${slug}/"]`),
          slug,
        ).toHaveCount(1);
      }
    });
  }

  test('every answer is linked from at least one article', () => {
    const articles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? articles(join(dir, entry.name))
          : entry.name === 'index.html'
            ? [join(dir, entry.name)]
            : [],
      );
    for (const locale of ['zh-cn', 'en']) {
      const html = ['products', 'basics', 'overdue', 'credit', 'help']
        .flatMap((section) => articles(join('dist', locale, section)))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      const orphans = slugs.filter((slug) => !html.includes(`/${locale}/answers/${slug}/"`));
      expect(orphans, locale).toEqual([]);
    }
  });

  test('an answer page leads with the short answer and carries FAQPage JSON-LD @subpath', async ({ page }) => {
    await page.goto(`en/answers/${sample}/`);
    const question = await page.locator('h1').textContent();
    const shortAnswer = await page.locator('.short-answer p').textContent();
    expect(question?.trim().length).toBeGreaterThan(5);
    expect(shortAnswer?.trim().length).toBeGreaterThan(5);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@type']).toBe('FAQPage');
    expect(ld.mainEntity[0]['@type']).toBe('Question');
    expect(ld.mainEntity[0].name).toBe(question?.trim());
    expect(ld.mainEntity[0].acceptedAnswer.text).toContain(shortAnswer?.trim());
    await expect(page.getByRole('heading', { name: 'What to do now' })).toBeVisible();
    await expect(page.locator('.sources li').nth(1)).toBeVisible();
  });

  test('the language switch goes to the same answer @subpath', async ({ page }) => {
    await page.goto(`zh-cn/answers/${sample}/`);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/en/answers/${sample}/$`));
  });

  test('answers are in the sitemap with both languages', async ({ request }) => {
    const xml = await (await request.get('sitemap.xml')).text();
    for (const slug of slugs) {
      expect(xml).toContain(`/zh-cn/answers/${slug}/</loc>`);
      expect(xml).toContain(`/en/answers/${slug}/</loc>`);
    }
  });

  test('an answer page reads completely with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`zh-cn/answers/${sample}/`);
    await expect(page.locator('.short-answer p')).toBeVisible();
    await expect(page.locator('.prose')).not.toBeEmpty();
    await context.close();
  });

  // The light theme is checked on every page by the audit (npm run audit).
  test('axe finds no violations on an answer page in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`zh-cn/answers/${sample}/`);
    await expectNoAxeViolations(page);
  });
});

test.describe('answers filter', () => {
  test('narrows the list as the reader types, hides empty topics and shows typed markup as text', async ({ page }) => {
    await page.goto('en/answers/');
    const entries = page.locator('[data-filter-entry]');
    const total = await entries.count();
    const input = page.getByLabel('Find a question');
    await input.fill('parents');
    await expect(
      page.locator('[data-filter-entry]:visible a[href$="/answers/can-collectors-call-my-parents/"]'),
    ).toBeVisible();
    const shown = await page.locator('[data-filter-entry]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect(page.locator('section#scams')).toBeHidden();
    await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${total} questions.`);
    await input.fill('<b id="x">zzz</b>');
    await expect(page.getByRole('status')).toContainText('<b id="x">zzz</b>');
    expect(await page.locator('b#x').count()).toBe(0);
    await input.fill('');
    await expect(page.locator('[data-filter-entry]:visible')).toHaveCount(total);
  });

  test('without JavaScript the index is the full list and the filter stays hidden', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('zh-cn/answers/');
    await expect(page.locator('form[data-list-filter]')).toBeHidden();
    await expect(page.locator('[data-filter-entry]:visible')).toHaveCount(slugs.length);
    await context.close();
  });
});
