import { expect, test, type Page } from '@playwright/test';
import { LOAN_PRESETS, OVERDUE_PRESETS, simulateLoan, simulateOverdue } from '../../src/engine/index';

/**
 * A simulator named in an article is a light card: the preset's key figures (computed by the engine at build
 * time) and a button to the full simulator with the same preset. Expected figures come from the engine here.
 */

/** Every digit of a displayed amount as a number: '¥10,797.01' → 10797.01, '15.39%' → 15.39. */
function amount(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''));
}

function loanApr(preset: keyof typeof LOAN_PRESETS): number {
  const result = simulateLoan(LOAN_PRESETS[preset]);
  if (!result.ok || result.value.apr === null) throw new Error('preset must be valid, with an APR');
  return result.value.apr * 100;
}

async function cardFigure(page: Page, selector: string, id: string): Promise<number> {
  return amount(await page.locator(`${selector} [data-figure="${id}"] dd`).innerText());
}

test.describe('simulators in articles', () => {
  test('the card shows the preset’s figures without JavaScript and opens the simulator with the same preset', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('en/products/huabei/');
    const card = '[data-article-simulator="loan"][data-preset="huabei-12"]';
    expect(await cardFigure(page, card, 'apr')).toBeCloseTo(loanApr('huabei-12'), 2);
    const link = page.locator(`${card} a[data-simulator-link]`);
    await expect(link).toHaveAttribute('href', /\/en\/simulators\/loan\/\?preset=huabei-12$/);
    await link.click();
    await expect(page).toHaveURL(/\/en\/simulators\/loan\/\?preset=huabei-12$/);
    await context.close();
  });

  test('an overdue card in Chinese shows what is owed as the engine computes it', async ({ page }) => {
    await page.goto('zh-cn/overdue/what-happens/');
    const result = simulateOverdue(OVERDUE_PRESETS['jiebei-30']);
    if (!result.ok) throw new Error('preset must be valid');
    const card = '[data-article-simulator="overdue"][data-preset="jiebei-30"]';
    expect(await cardFigure(page, card, 'total')).toBe(result.value.final.total / 100);
    expect(await cardFigure(page, card, 'penalty')).toBe(result.value.final.penalty / 100);
  });

  for (const lang of ['en', 'zh-cn'] as const) {
    test(`on a 390 px phone the card is shorter than a screen, so the next steps follow it (${lang})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL });
      const page = await context.newPage();
      await page.goto(`${lang}/basics/interest-and-apr/`);
      const card = page.locator('[data-article-simulator]');
      await expect(card).toHaveCount(1);
      const box = await card.boundingBox();
      expect(box?.height ?? Infinity).toBeLessThan(844);
      // Nothing of it is cut off or pushed sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
    });
  }
});

test.describe('simulator URLs with keys the simulator does not read', () => {
  test('a URL of junk keys only becomes the page’s own URL, with the page’s scenario', async ({ page }) => {
    await page.goto('en/simulators/loan/?utm_source=x&foo=1');
    await expect(page).toHaveURL(/\/en\/simulators\/loan\/$/);
    await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  });

  test('junk keys are dropped and the keys that mean something are kept as written', async ({ page }) => {
    await page.goto('en/simulators/loan/?utm_source=x&preset=huabei-12&fbclid=abc');
    await expect(page).toHaveURL(/\/en\/simulators\/loan\/\?preset=huabei-12$/);
    const apr = page.locator('[data-simulator="loan"] [data-figure="apr"] dd').first();
    await expect
      .poll(async () => amount((await apr.innerText()).split('\n')[0] ?? ''))
      .toBeCloseTo(loanApr('huabei-12'), 2);
    await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  });
});
