import { expect, test } from '@playwright/test';

/**
 * The privacy page promises a complete list of what the site keeps in the browser. These tests use the site the
 * way a reader does (theme toggle, language switch) and check that every stored key is on that list, that the
 * delete button removes all of it, and that robots.txt names the sitemap.
 */
async function documentedKeys(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('en/privacy/');
  return page.locator('#storage-keys-caption ~ tbody code').allTextContents();
}

test.describe('privacy', () => {
  test('every key a reader’s visit stores is documented on the privacy page, and the button deletes them all', async ({
    page,
  }) => {
    const documented = await documentedKeys(page);
    expect(documented.length).toBeGreaterThan(0);
    await page.goto('zh-cn/overdue/what-happens/');
    await page.locator('[data-theme-toggle]').click();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/overdue\/what-happens\/$/);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((key) => !documented.includes(key))).toEqual([]);

    await page.goto('en/privacy/');
    await page.getByRole('button', { name: 'Delete everything this site stored in this browser' }).click();
    await expect(page.getByRole('status')).toHaveText(/nothing from this site is stored/);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('the site sets no cookies', async ({ page, context }) => {
    for (const path of ['zh-cn/', 'en/privacy/', 'zh-cn/simulators/loan/'])
      await page.goto(path, { waitUntil: 'networkidle' });
    expect(await context.cookies()).toEqual([]);
  });

  test('the footer links to the privacy page in the reader’s language @subpath', async ({ page }) => {
    await page.goto('zh-cn/');
    await page.locator('footer').getByRole('link', { name: '隐私' }).click();
    await expect(page).toHaveURL(/\/zh-cn\/privacy\/$/);
    await expect(page.locator('h1')).toContainText('隐私');
  });

  test('the theme button is absent without JavaScript, where it could do nothing', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('en/');
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await context.close();
  });

  test('robots.txt names the sitemap with an absolute address @subpath', async ({ request, baseURL }) => {
    const text = await (await request.get('robots.txt')).text();
    expect(text).toMatch(
      new RegExp(`^Sitemap: http://127\\.0\\.0\\.1:\\d+${new URL(baseURL ?? '').pathname}sitemap\\.xml$`, 'm'),
    );
  });
});
