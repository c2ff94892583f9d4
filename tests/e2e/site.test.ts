import { expect, test } from '@playwright/test';
import { PAGE_TYPES, expectNoAxeViolations, trackForeignRequests } from './helpers';

test.describe('home and language choice', () => {
  test('shows the home page in Chinese with the main navigation @subpath', async ({ page }) => {
    await page.goto(PAGE_TYPES.home);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const nav = page.getByRole('navigation', { name: '主导航' }).first();
    for (const label of ['学习', '模拟器', '术语']) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  });

  test('shows the home page in English with the main navigation', async ({ page }) => {
    await page.goto(PAGE_TYPES.homeEn);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const nav = page.getByRole('navigation', { name: 'Main' }).first();
    for (const label of ['Learn', 'Simulators', 'Glossary'])
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
  });

  test('the root page offers both languages as links when JavaScript is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.chooser);
    await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', /\/zh-cn\/$/);
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/$/);
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
    await context.close();
  });

  test('the root page sends an English-language browser to the English home @subpath', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-GB', baseURL });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.chooser);
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('the root page sends a Chinese-language browser to the Chinese home', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.chooser);
    await expect(page).toHaveURL(/\/zh-cn\/$/);
    await context.close();
  });

  test('the root page remembers a language chosen with the switch', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.home);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goto(PAGE_TYPES.chooser);
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });
});

test.describe('articles', () => {
  test('the language switch goes to the same article in the other language @subpath', async ({ page }) => {
    await page.goto(PAGE_TYPES.article);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/overdue\/what-happens\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/zh-cn\/overdue\/what-happens\/$/);
  });

  test('an article shows its short answer, review date and sources', async ({ page }) => {
    await page.goto(PAGE_TYPES.articleEn);
    await expect(page.getByRole('heading', { name: 'Short answer' })).toBeVisible();
    await expect(page.locator('.short-answer p')).not.toBeEmpty();
    await expect(page.getByText(/^Last reviewed \w+ \d{1,2}, 20\d\d$/)).toBeVisible();
    const sources = page.locator('.sources li');
    expect(await sources.count()).toBeGreaterThanOrEqual(3);
    await expect(sources.first().locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
  });

  test('an article page requests no script file at load', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(PAGE_TYPES.article, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
  });

  test('no page sends a request to another origin', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign = trackForeignRequests(page, origin);
    for (const path of Object.values(PAGE_TYPES)) await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });

  test('every page declares canonical and hreflang alternates @subpath', async ({ page, baseURL }) => {
    await page.goto(PAGE_TYPES.article);
    const base = new URL(baseURL ?? '').pathname;
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      new RegExp(`${base}zh-cn/overdue/what-happens/$`),
    );
    await expect(page.locator('link[hreflang="en"]')).toHaveAttribute(
      'href',
      new RegExp(`${base}en/overdue/what-happens/$`),
    );
    await expect(page.locator('link[hreflang="zh-CN"]')).toHaveAttribute(
      'href',
      new RegExp(`${base}zh-cn/overdue/what-happens/$`),
    );
    await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${base}$`));
  });

  test('the sitemap lists both languages of every article @subpath', async ({ request, baseURL }) => {
    const response = await request.get('sitemap.xml');
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    const base = new URL(baseURL ?? '').pathname;
    expect(xml).toContain(`${base}zh-cn/overdue/what-happens/</loc>`);
    expect(xml).toContain(`${base}en/overdue/what-happens/</loc>`);
    expect(xml).toContain('hreflang="zh-CN"');
  });
});

test.describe('not found', () => {
  test('an unknown address answers 404 with help in both languages @subpath', async ({ page }) => {
    const response = await page.goto('en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(page.locator('[data-not-found]').first()).toHaveAttribute('data-not-found', 'en');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('theme', () => {
  test('the dark theme choice survives a reload and applies before paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(PAGE_TYPES.homeEn);
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 23, 29)');
  });

  test('without a stored choice the theme follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(PAGE_TYPES.homeEn);
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('accessibility', () => {
  // The audit (npm run audit, part of npm test) runs axe on every page of the build in the light theme; the
  // dark theme is checked here, on one page of each type.
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    test(`axe finds no violations on the ${name} page in the dark theme`, async ({ page }) => {
      // The glossary lists 80-odd entries: axe needs more than the default time on a busy machine.
      if (name === 'glossary') test.slow();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(PAGE_TYPES.articleEn);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('nothing overflows sideways on a 320 px wide phone', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, baseURL });
    const page = await context.newPage();
    for (const path of [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.glossary]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
