import { expect, test, type Page } from '@playwright/test';
import {
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  simulateLoan,
  simulateOverdue,
  simulateScore,
  compareSettleDays,
} from '../../src/engine/index';
import { formatYuan } from '../../src/i18n/format';
import { pathPresets } from '../../src/lib/preset-paths';
import { SIMULATOR_KINDS } from '../../src/engine/scenario';
import { en } from '../../src/i18n/ui/en';

/**
 * Every preset has its own pre-rendered page and embed (`/en/simulators/loan/huabei-12/`), whose HTML already
 * holds the preset's figures: checked here with JavaScript off, against figures computed by the engine itself.
 */

/** Every digit of a displayed amount as a number: '¥10,797.01' → 10797.01, '15.39%' → 15.39, '612' → 612. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

async function figure(page: Page, kind: string, id: string): Promise<number> {
  const text = await page.locator(`[data-simulator="${kind}"] [data-figure="${id}"] dd`).first().innerText();
  return amount(text.split('\n')[0] ?? '');
}

function ok<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('a preset must be a valid scenario');
  return result.value;
}

test.describe('preset pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const area of ['simulators', 'embed'] as const) {
    for (const lang of ['en', 'zh-cn'] as const) {
      test(`${area}/loan/huabei-12 (${lang}) shows the preset's true annual rate and total`, async ({ page }) => {
        const expected = ok(simulateLoan(LOAN_PRESETS['huabei-12']));
        await page.goto(`${lang}/${area}/loan/huabei-12/`);
        expect(await figure(page, 'loan', 'apr')).toBeCloseTo((expected.apr ?? 0) * 100, 2);
        expect(await figure(page, 'loan', 'paid')).toBe(expected.totals.paid / 100);
        // The full schedule is there too, behind its toggle: one row a month.
        const toggle = page.locator('[data-simulator="loan"] details.table-toggle');
        await toggle.locator('summary').click();
        await expect(toggle.locator('tbody tr')).toHaveCount(expected.rows.length);
      });
    }

    test(`${area}/overdue/huabei-30 shows the preset's penalty`, async ({ page }) => {
      const expected = ok(simulateOverdue(OVERDUE_PRESETS['huabei-30']));
      await page.goto(`en/${area}/overdue/huabei-30/`);
      expect(await figure(page, 'overdue', 'penalty')).toBe(expected.final.penalty / 100);
      // "Pay on day X or Y?" is answered too: a week in against the preset's own last day.
      const compared = ok(compareSettleDays(OVERDUE_PRESETS['huabei-30'], 7, OVERDUE_PRESETS['huabei-30'].dpd));
      const sentences = page.locator('[data-simulator="overdue"] [data-compare] li');
      await expect(sentences).toHaveCount(2);
      await expect(sentences.first()).toContainText(formatYuan('en', compared.x.paid / 100));
      await expect(sentences.last()).toContainText(formatYuan('en', compared.y.paid / 100));
    });

    test(`${area}/overdue/stopped-365 shows the total with acceleration and, beside it, without`, async ({ page }) => {
      const expected = ok(simulateOverdue(OVERDUE_PRESETS['stopped-365']));
      await page.goto(`en/${area}/overdue/stopped-365/`);
      expect(await figure(page, 'overdue', 'total')).toBe(expected.final.total / 100);
      const note = page.locator('[data-simulator="overdue"] [data-figure="total"] .sub').first();
      await expect(note).toContainText(
        `Without acceleration, the total is ${formatYuan('en', (expected.compare.withoutAcceleration ?? 0) / 100)}`,
      );
    });

    test(`${area}/score/unpaid-year shows the preset's lowest score`, async ({ page }) => {
      const expected = ok(simulateScore(SCORE_PRESETS['unpaid-year']));
      await page.goto(`en/${area}/score/unpaid-year/`);
      expect(await figure(page, 'score', 'lowest')).toBe(expected.lowest.score);
    });
  }

  test('a preset page is its own canonical, with both languages as alternates', async ({ page, baseURL }) => {
    await page.goto('zh-cn/simulators/loan/huabei-12/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/zh-cn\/simulators\/loan\/huabei-12\/$/,
    );
    await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', /\/en\/simulators\/loan\/huabei-12\/$/);
    const sitemap = await (await page.request.get(`${baseURL}sitemap.xml`)).text();
    for (const kind of SIMULATOR_KINDS) {
      for (const id of pathPresets(kind)) expect(sitemap).toContain(`/en/simulators/${kind}/${id}/</loc>`);
    }
  });
});

test('a ?preset= link still opens the preset on the main page, and a preset page keeps it under embed options', async ({
  page,
}) => {
  const expected = ok(simulateLoan(LOAN_PRESETS['huabei-6']));
  await page.goto('en/simulators/loan/?preset=huabei-6');
  const sim = page.locator('[data-simulator="loan"]');
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  await expect.poll(() => figure(page, 'loan', 'paid')).toBe(expected.totals.paid / 100);

  // Only options in the query: the figures stay the path's preset once the island has read the URL.
  const huabei12 = ok(simulateLoan(LOAN_PRESETS['huabei-12']));
  await page.goto('en/embed/loan/huabei-12/?theme=dark&compact=1');
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  await expect(sim.getByLabel(en['sim.field.fee'], { exact: true })).toHaveValue('8.8');
  await expect.poll(() => figure(page, 'loan', 'paid')).toBe(huabei12.totals.paid / 100);
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);
});
