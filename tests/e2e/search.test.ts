import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { EN_QUERIES, EN_QUESTIONS, ZH_QUERIES, ZH_QUESTIONS, type SearchCase } from '../search/queries';

/**
 * Search over the real Pagefind index of the production build, through the real search page.
 * Precision thresholds: the site's stated targets (top result right ≥ 90 %, right page in the top 3 always).
 */
/**
 * Floors per query set, at 1 and at 3. The site's target is 0.9 at 1 for every set. Measured 2026-12-03: topic
 * sets 0.94 (zh, 35 queries) / 0.96 (en, 25), question sets 0.97 (zh, 32) / 1.00 (en, 18); the question floors are
 * the target, the topic floors sit just under what is measured, so a ranking change that loses ground fails here.
 */
const FLOOR = { topic: { at1: 0.9, at3: 1.0 }, question: { at1: 0.9, at3: 1.0 } } as const;

/** Opens the search page and waits until the search script has taken over the form (it loads on demand). */
async function openSearchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('form[data-search-page]')).not.toHaveAttribute('data-search-idle', { timeout: 15_000 });
}

async function resultPaths(page: Page, locale: string, query: string): Promise<string[]> {
  const input = page.locator('#search-page-input');
  const status = page.locator('[data-search-status]');
  await input.fill(query);
  await input.press('Enter');
  // The status line names the query once its results are shown (“…” quotes in both languages).
  await expect(status).toContainText(`“${query}”`, { timeout: 10_000 });
  const hrefs = await page
    .locator('.search-hit-title')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((href) => href.replace(new RegExp(`^.*?/${locale}/`), '').replace(/\/$/, ''));
}

/** Pagefind on its own (no query segmentation, no re-ranking): the baseline the help is measured against. */
async function rawPagefindPaths(page: Page, locale: string, query: string): Promise<string[]> {
  const urls = await page.evaluate(async (q) => {
    const base = document.documentElement.dataset.base ?? '/';
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.init();
    const answer = await pagefind.search(q);
    const data = await Promise.all(
      answer.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
    );
    return data.map((d) => d.url);
  }, query);
  return urls.map((href) => href.replace(new RegExp(`^.*?/${locale}/`), '').replace(/\/$/, ''));
}

function precision(cases: SearchCase[], results: string[][], k: number): number {
  const hits = cases.filter((c, i) => (results[i] ?? []).slice(0, k).some((path) => c.expect.includes(path)));
  return hits.length / cases.length;
}

for (const [locale, set, cases] of [
  ['zh-cn', 'topic', ZH_QUERIES],
  ['en', 'topic', EN_QUERIES],
  ['zh-cn', 'question', ZH_QUESTIONS],
  ['en', 'question', EN_QUESTIONS],
] as const) {
  test(`the ${locale} ${set} query set finds the right page (precision at 1 and 3)`, async ({ page }) => {
    test.setTimeout(180_000);
    await openSearchPage(page, `${locale}/search/`);
    const results: string[][] = [];
    const baseline: string[][] = [];
    const misses: string[] = [];
    for (const searchCase of cases) {
      const paths = await resultPaths(page, locale, searchCase.query);
      results.push(paths);
      baseline.push(await rawPagefindPaths(page, locale, searchCase.query));
      if (!searchCase.expect.includes(paths[0] ?? ''))
        misses.push(
          `${searchCase.query} → ${paths.slice(0, 3).join(', ') || '(none)'} (want ${searchCase.expect.join(' or ')})`,
        );
    }
    const p1 = precision(cases, results, 1);
    const p3 = precision(cases, results, 3);
    const b1 = precision(cases, baseline, 1);
    const b3 = precision(cases, baseline, 3);
    console.log(
      `search ${locale}: ${cases.length} queries · precision@1 ${p1.toFixed(2)} · precision@3 ${p3.toFixed(2)}` +
        ` (Pagefind alone: @1 ${b1.toFixed(2)} · @3 ${b3.toFixed(2)})` +
        (misses.length ? `\n  not first:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(p1, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[set].at1);
    expect(p3, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[set].at3);
  });
}

test.describe('search input is untrusted', () => {
  const hostile = [
    '',
    '   \t  ',
    '😀💸',
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    '征'.repeat(10_000),
  ];

  test('odd and hostile queries are handled without errors or injected markup', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await openSearchPage(page, 'zh-cn/search/');
    for (const query of hostile) {
      await page.locator('#search-page-input').fill(query);
      await page.locator('#search-page-input').press('Enter');
      await page.waitForTimeout(300);
      await expect(page.locator('[data-search-status]')).not.toHaveText(/…$/);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.search-results img, .search-results script').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a very long query is cut and the reader is told', async ({ page }) => {
    await openSearchPage(page, 'en/search/');
    await page.locator('#search-page-input').fill('credit '.repeat(1500));
    await page.locator('#search-page-input').press('Enter');
    await expect(page.locator('[data-search-status]')).toContainText('Only the first 200 characters were searched.');
  });

  test('a query from the URL is shown as text, never as markup', async ({ page }) => {
    await openSearchPage(page, `en/search/?q=${encodeURIComponent('<b id="x">credit</b>')}`);
    await expect(page.locator('[data-search-status]')).toContainText('<b id="x">credit</b>');
    expect(await page.locator('b#x').count()).toBe(0);
  });
});

test.describe('search page and dialog', () => {
  test('the search page reads ?q= and keeps the query in the address for bookmarking @subpath', async ({ page }) => {
    await openSearchPage(page, `zh-cn/search/?q=${encodeURIComponent('催收')}`);
    await expect(page.locator('.search-hit-title').first()).toBeVisible();
    await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', /\/zh-cn\/overdue\/collection\/$/);
    await page.locator('#search-page-input').fill('征信');
    await page.locator('#search-page-input').press('Enter');
    await expect(page).toHaveURL(/q=%E5%BE%81%E4%BF%A1/);
  });

  test('results show a title, a section and a highlighted excerpt', async ({ page }) => {
    await openSearchPage(page, `en/search/?q=penalty`);
    const first = page.locator('.search-hit').first();
    await expect(first.locator('.search-hit-title')).not.toBeEmpty();
    await expect(first.locator('.search-hit-section')).not.toBeEmpty();
    await expect(first.locator('.search-excerpt mark').first()).toBeVisible();
  });

  test('excerpts show page text only: no keyword line, no doubled date, whole words marked', async ({ page }) => {
    for (const [locale, query, keywordLine, word] of [
      ['zh-cn', '借呗起诉', '借呗起诉 花呗被起诉', '起诉'],
      ['zh-cn', '催收', '爆通讯录 催收爆通讯录', '催收'],
      ['en', 'credit report', 'zhengxin credit report vs Sesame', 'credit'],
    ] as const) {
      await openSearchPage(page, `${locale}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('.search-hit').first()).toBeVisible();
      const excerpts = await page.locator('.search-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        // The hidden keyword line lists keywords one after another; page text never does.
        expect(excerpt).not.toContain(keywordLine);
        expect(excerpt).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(excerpt).not.toMatch(/(20\d\d)\s*\1/);
      }
      const marks = await page.locator('.search-excerpt mark').evaluateAll((nodes) =>
        nodes.map((mark) => ({
          text: mark.textContent ?? '',
          // A mark followed by another with only white space between should have been one mark.
          joinable:
            mark.nextSibling instanceof HTMLElement
              ? mark.nextSibling.tagName === 'MARK'
              : /^\s*$/.test(mark.nextSibling?.textContent ?? 'x') &&
                mark.nextSibling?.nextSibling instanceof HTMLElement &&
                mark.nextSibling.nextSibling.tagName === 'MARK',
        })),
      );
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.filter((mark) => mark.joinable)).toEqual([]);
      // Chinese matches are marked as words, never one character at a time (催 收 → 催收).
      expect(marks.filter((mark) => /^\p{Script=Han}$/u.test(mark.text.trim()))).toEqual([]);
      expect(marks.some((mark) => mark.text.toLowerCase().includes(word))).toBe(true);
    }
  });

  test('the section filter narrows results', async ({ page }) => {
    await openSearchPage(page, 'en/search/?q=credit');
    await page.locator('#search-page-section').selectOption({ label: 'Credit report and score' });
    await expect(page).toHaveURL(/section=/);
    await expect
      .poll(async () => [...new Set(await page.locator('.search-hit-section').allTextContents())])
      .toEqual(['Credit report and score']);
  });

  test('no results offers the other language', async ({ page }) => {
    await openSearchPage(page, `en/search/?q=${encodeURIComponent('怎么办')}`);
    const link = page.getByRole('link', { name: /Search the Chinese pages/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/zh-cn\/search\/\?q=/);
    await expect(page.locator('.search-hit').first()).toBeVisible();
  });

  test('the dialog works from the keyboard alone: / opens, typing searches, Esc closes and focus returns', async ({
    page,
  }) => {
    await page.goto('en/overdue/what-happens/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search LoanLens' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('collection');
    await expect(dialog.locator('.search-hit-title').first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.locator('.search-hit-title').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Control+K');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('axe finds no violations with the dialog open and results shown', async ({ page }) => {
    await page.goto('zh-cn/');
    await page.locator('[data-search-trigger]').click();
    await page.getByRole('searchbox').fill('逾期');
    await expect(page.locator('.search-dialog .search-hit').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations on the search page with results', async ({ page }) => {
    await openSearchPage(page, `en/search/?q=credit`);
    await expect(page.locator('.search-hit').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations on the search page with results in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSearchPage(page, `zh-cn/search/?q=${encodeURIComponent('催收')}`);
    await expect(page.locator('.search-excerpt mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a search whose index failed to load tries again on the next query', async ({ page }) => {
    // Pagefind cannot be fetched (a dropped connection) until the reader has seen the error; then the network is back.
    let offline = true;
    let aborted = 0;
    await page.route(/\/pagefind\/pagefind\.js/, async (route) => {
      if (offline) {
        aborted += 1;
        await route.abort('internetdisconnected');
      } else await route.continue();
    });
    await openSearchPage(page, 'en/search/');
    const input = page.locator('#search-page-input');
    const status = page.locator('[data-search-status]');
    await input.fill('penalty interest');
    await input.press('Enter');
    await expect(status).toContainText('could not load');
    offline = false;
    await input.fill('credit report');
    await input.press('Enter');
    await expect(page.locator('.search-hit').first()).toBeVisible({ timeout: 15_000 });
    expect(aborted).toBeGreaterThanOrEqual(1);
  });

  test('search code loads only when first used, as a hashed chunk under the base @subpath', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto('zh-cn/overdue/what-happens/', { waitUntil: 'networkidle' });
    expect(loaded.filter((path) => /pagefind|search|\.js$/.test(path))).toEqual([]);
    const base = await page.evaluate(() => document.documentElement.dataset.base ?? '/');
    await page.locator('[data-search-trigger]').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('searchbox').fill('催收');
    await expect(page.locator('.search-dialog .search-hit-title').first()).toBeVisible();
    // One bundled file with a content hash in its name, then Pagefind and its index: nothing else.
    const scripts = loaded.filter((path) => path.endsWith('.js'));
    expect(scripts.filter((path) => !path.startsWith(`${base}pagefind/`))).toEqual([
      expect.stringMatching(new RegExp(`^${base}_astro/search\\.[\\w-]+\\.js$`)),
    ]);
    expect(scripts).toContain(`${base}pagefind/pagefind.js`);
  });
});
