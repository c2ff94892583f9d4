import { expect, test, type Locator, type Page } from '@playwright/test';
import { COMPARE_PRESETS, DEFAULT_COMPARE, simulateCompare, type CompareScenario } from '../../src/engine/index';
import { formatPercent, formatYuan } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locales';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';
import { watchConsole } from './helpers';

/**
 * The offer comparison in the browser, on the production build: the figures the page shows are the engine's for the
 * scenario on screen, in the reader's language; a change re-ranks the offers and the address bar carries it, so the
 * link reproduces it; bad input is named by offer and loses nothing; without JavaScript the preset's own page
 * already shows the comparison.
 */

async function hydrated(page: Page): Promise<Locator> {
  const sim = page.locator('[data-simulator="compare"]').first();
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  return sim;
}

/** The cells of one row of the side-by-side table, as shown. */
async function rowCells(sim: Locator, row: string): Promise<string[]> {
  return (await sim.locator(`[data-comparison] tr[data-row="${row}"] td`).allInnerTexts()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
}

/** What the table must show for a scenario: each offer's cost and rate, in the page's own number format. */
function expected(scenario: CompareScenario, locale: Locale) {
  const result = simulateCompare(scenario);
  if (!result.ok) throw new Error('the scenario does not simulate');
  return {
    result: result.value,
    costs: result.value.offers.map((offer) => formatYuan(locale, offer.cost / 100)),
    rates: result.value.offers.map((offer) => formatPercent(locale, offer.rate.value ?? 0)),
  };
}

test('the default comparison shows every offer side by side and marks the cheapest', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('en/simulators/compare/');
  const sim = await hydrated(page);
  const want = expected(DEFAULT_COMPARE, 'en');
  await expect(sim.locator('[data-comparison] thead th')).toHaveText([
    en['sim.compare.offer.a'],
    en['sim.compare.offer.b'],
    en['sim.compare.offer.c'],
  ]);
  const costs = await rowCells(sim, 'cost');
  expect(costs.map((cell) => cell.replace(en['sim.compare.best'], '').trim())).toEqual(want.costs);
  const cheapest = want.result.offers.findIndex((offer) => offer.id === want.result.cheapest[0]);
  expect(costs[cheapest]).toContain(en['sim.compare.best']);
  expect(costs.filter((cell) => cell.includes(en['sim.compare.best']))).toHaveLength(1);
  await expect(sim.locator('[data-figure="cheapest"] dd')).toContainText(
    en[`sim.compare.offer.${want.result.cheapest[0] ?? 'a'}`],
  );
  expect(problems).toEqual([]);
});

test('changing an offer re-ranks the offers, and the link in the address bar reproduces it', async ({ page }) => {
  await page.goto('en/simulators/compare/');
  const sim = await hydrated(page);
  // Offer B is Huabei's 12 installments; at a 3 % fee it becomes the cheapest.
  await sim.locator('[data-offer="b"]').getByLabel(en['sim.field.fee'], { exact: true }).fill('3');
  await expect(sim.locator('[data-figure="cheapest"] dd')).toContainText(en['sim.compare.offer.b']);
  await expect.poll(() => new URL(page.url()).searchParams.get('f2')).toBe('3');

  const scenario = structuredClone(DEFAULT_COMPARE) as CompareScenario;
  scenario.b.feeRate = 3;
  const want = expected(scenario, 'en');
  await page.goto(page.url());
  const again = await hydrated(page);
  await expect(again.locator('[data-offer="b"]').getByLabel(en['sim.field.fee'], { exact: true })).toHaveValue('3');
  await expect(again.locator('[data-figure="cheapest"] dd')).toContainText(en['sim.compare.offer.b']);
  expect((await rowCells(again, 'rate')).map((cell) => cell.replace(en['sim.compare.best'], '').trim())).toEqual(
    want.rates,
  );
});

test('with two offers the third leaves the form and the table, and comes back as it was', async ({ page }) => {
  await page.goto('en/simulators/compare/');
  const sim = await hydrated(page);
  const rateC = sim.locator('[data-offer="c"]').getByLabel(en['sim.field.rate'], { exact: true });
  await rateC.fill('0.06');
  await sim.getByLabel(en['sim.compare.count'], { exact: true }).selectOption('2');
  await expect(sim.locator('[data-offer="c"]')).toHaveCount(0);
  await expect(sim.locator('[data-comparison] thead th')).toHaveCount(2);
  await expect.poll(() => new URL(page.url()).searchParams.get('k')).toBe('2');
  await sim.getByLabel(en['sim.compare.count'], { exact: true }).selectOption('3');
  await expect(rateC).toHaveValue('0.06');
  await expect(sim.locator('[data-comparison] thead th')).toHaveCount(3);
});

test('a bad value is named with its offer, in Chinese, and the last valid comparison stays', async ({ page }) => {
  await page.goto('zh-cn/simulators/compare/');
  const sim = await hydrated(page);
  const before = await rowCells(sim, 'cost');
  const principalB = sim.locator('[data-offer="b"]').getByLabel(zhCn['sim.field.principal'], { exact: true });
  await principalB.fill('abc');
  await principalB.press('Enter');
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(`${zhCn['sim.compare.offer.b']} · ${zhCn['sim.field.principal']}`);
  await expect(summary).toContainText(zhCn['sim.error.notANumber']);
  expect(await rowCells(sim, 'cost')).toEqual(before);
  await expect(sim).not.toContainText('NaN');
});

test('a link with values the page cannot use says so and still compares valid offers', async ({ page }) => {
  await page.goto('en/simulators/compare/?k=9&p1=-1&r2=abc&n3=0');
  const sim = await hydrated(page);
  await expect(page.locator('[data-url-notice]')).toBeVisible();
  const want = expected(DEFAULT_COMPARE, 'en');
  expect((await rowCells(sim, 'cost')).map((cell) => cell.replace(en['sim.compare.best'], '').trim())).toEqual(
    want.costs,
  );
  // The address bar no longer carries the values that were replaced.
  await expect.poll(() => new URL(page.url()).searchParams.get('r2')).not.toBe('abc');
});

test('without JavaScript, a preset page already shows its comparison', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('zh-cn/simulators/compare/money-kept-back/');
  const sim = page.locator('[data-simulator="compare"]').first();
  const want = expected(COMPARE_PRESETS['money-kept-back'], 'zh-cn');
  await expect(sim.locator('[data-comparison] thead th')).toHaveCount(2);
  expect((await rowCells(sim, 'cost')).map((cell) => cell.replace(zhCn['sim.compare.best'], '').trim())).toEqual(
    want.costs,
  );
  // The offers pay out different amounts, so the sentence points to the rates rather than the totals.
  await expect(sim.locator('[data-summary]')).toContainText(zhCn['sim.compare.offer.a']);
  expect(want.result.like).toBe(false);
  await context.close();
});
