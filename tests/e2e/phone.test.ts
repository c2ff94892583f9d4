import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';
import { DEFAULT_OVERDUE, simulateOverdue } from '../../src/engine/index';
import { addDaysIso } from '../../src/engine/dates';
import { formatYuan } from '../../src/i18n/format';
import { expectNoAxeViolations } from './helpers';

/**
 * The simulators on a 390 px phone: the result bar in view while typing, the error pattern (focus, links to the
 * fields, dimmed results), amounts typed with a unit, the spoken summary and today's missed due date.
 */
const LANGS = { en, 'zh-cn': zhCn } as const;
type Lang = keyof typeof LANGS;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function overdue(page: Page, lang: Lang, query = ''): Promise<Locator> {
  await page.goto(`${lang}/simulators/overdue/${query}`);
  const sim = page.locator('[data-simulator="overdue"]');
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  return sim;
}

/** What the engine owes on the last day for the default scenario with another amount due. */
function totalFor(amountDue: number, lang: Lang): string {
  const result = simulateOverdue({ ...DEFAULT_OVERDUE, amountDue });
  if (!result.ok) throw new Error('test scenario must be valid');
  return formatYuan(lang, result.value.final.total / 100);
}

for (const lang of Object.keys(LANGS) as Lang[]) {
  const t = LANGS[lang];

  test.describe(`overdue simulator on a phone (${lang})`, () => {
    test('the result bar is in view after changing the amount, and links to the results', async ({ page }) => {
      const sim = await overdue(page, lang);
      const amount = sim.getByLabel(t['sim.overdue.amountDue'], { exact: true });
      await amount.fill('3000');
      const peek = sim.locator('[data-result-peek]');
      await expect(peek).toBeInViewport();
      await expect(peek).toContainText(totalFor(3000, lang));
      await expectNoAxeViolations(page, '[data-simulator="overdue"]');
      await peek.getByRole('link', { name: t['sim.peek.see'] }).click();
      const summary = sim.locator('[data-summary]');
      await expect(summary).toBeInViewport();
      // What the stage means and what to do next start less than a screen below the result sentence.
      const means = sim.locator('[data-means] .means-item:visible');
      await expect(means).toHaveCount(1);
      const [from, to] = await Promise.all([summary.boundingBox(), means.boundingBox()]);
      expect((to?.y ?? Infinity) - (from?.y ?? 0)).toBeLessThan(844);
    });

    test('amounts typed with a unit, a currency sign or full-width digits give the figures of 3000', async ({
      page,
    }) => {
      const sim = await overdue(page, lang);
      const amount = sim.getByLabel(t['sim.overdue.amountDue'], { exact: true });
      const expected = totalFor(3000, lang);
      for (const typed of ['3000', '3000元', '３０００', '¥3000', '3,000']) {
        await amount.fill('1');
        await amount.fill(typed);
        await expect(sim.locator('[data-figure="total"] dd')).toContainText(expected);
        await expect(sim.locator('[data-error-summary]')).toHaveCount(0);
      }
    });

    test('a bad value: the summary takes focus, its link goes to the field, the results are marked', async ({
      page,
    }) => {
      const sim = await overdue(page, lang);
      const amount = sim.getByLabel(t['sim.overdue.amountDue'], { exact: true });
      await amount.fill('abc');
      // Typing alone does not move focus; committing the value does.
      await expect(amount).toBeFocused();
      await amount.press('Tab');
      const summary = sim.locator('[data-error-summary]');
      await expect(summary).toBeFocused();
      await expect(summary).toBeInViewport();
      await expect(sim.locator('.results')).toHaveAttribute('data-stale', 'true');
      await expect(sim.locator('[data-stale-label]')).toHaveText(t['sim.stale']);
      await expectNoAxeViolations(page, '[data-simulator="overdue"]');
      await summary.getByRole('link').first().click();
      await expect(amount).toBeFocused();
      await expect(amount).toBeInViewport();
    });

    test('"more settings" is closed, and opened by a link that sets one or by its error link', async ({ page }) => {
      const sim = await overdue(page, lang);
      const more = sim.locator('[data-more-settings]');
      await expect(more).not.toHaveAttribute('open');
      await more.locator('summary').click();
      const grace = sim.getByLabel(t['sim.overdue.grace'], { exact: true });
      await grace.fill('-1');
      await grace.press('Tab');
      await expect(sim.locator('[data-error-summary]')).toBeFocused();
      await more.locator('summary').click();
      await expect(more).not.toHaveAttribute('open');
      await sim.locator('[data-error-summary]').getByRole('link').first().click();
      await expect(more).toHaveAttribute('open');
      await expect(grace).toBeFocused();
      const linked = await overdue(page, lang, '?g=2');
      await expect(linked.locator('[data-more-settings]')).toHaveAttribute('open');
    });

    test('the live region reads the new headline once input settles', async ({ page }) => {
      const sim = await overdue(page, lang);
      const region = page.locator('[data-live-summary]');
      await expect(region).toHaveAttribute('aria-live', 'polite');
      await expect(region).toHaveText('');
      await sim.getByLabel(t['sim.overdue.amountDue'], { exact: true }).fill('3000');
      const sentence = await sim.locator('[data-summary]').innerText();
      expect(sentence).toContain(totalFor(3000, lang));
      await expect(region).toHaveText(sentence);
    });

    test('the missed due date defaults to today minus the days late, without touching the URL', async ({ page }) => {
      const sim = await overdue(page, lang);
      const today = await page.evaluate(() => {
        const now = new Date();
        return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
      });
      const date = sim.getByLabel(t['sim.overdue.startDate'], { exact: true });
      await expect(date).toHaveValue(addDaysIso(today, -DEFAULT_OVERDUE.dpd) ?? '');
      expect(new URL(page.url()).search).toBe('');
      await expect(sim.getByLabel(t['sim.preset'], { exact: true })).toHaveValue('jiebei-30');

      const fixed = await overdue(page, lang, '?date=2026-02-03');
      await expect(fixed.getByLabel(t['sim.overdue.startDate'], { exact: true })).toHaveValue('2026-02-03');
    });
  });
}

for (const lang of Object.keys(LANGS) as Lang[]) {
  test(`a teacher on a phone finds the embed code of a preset near the top of its page (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/simulators/loan/huabei-12/`);
    const fold = page.locator('details.embed-now');
    const summary = fold.locator('summary');
    await expect(summary).toHaveText(LANGS[lang]['sim.doc.embedNow']);
    // Within two screens of the top, one tap away.
    expect((await summary.boundingBox())?.y ?? Infinity).toBeLessThan(2 * 844);
    await summary.click();
    const code = fold.locator('.embed-code');
    await expect(code).toBeVisible();
    // The preset's own embed page, so the frame shows Huabei 12's figures before (and without) JavaScript.
    await expect(code).toContainText(`/${lang}/embed/loan/huabei-12/"`);
    await expect(code).toContainText('data-loanlens-embed="loan"');
    await expectNoAxeViolations(page, 'details.embed-now');
  });
}

test('the score page shows the credit report one year per row at 390 px', async ({ page }) => {
  await page.goto('en/simulators/score/');
  const track = page.locator('[data-simulator="score"] [data-report-track]');
  await expect(track).toBeVisible();
  const box = await track.boundingBox();
  expect(box?.width ?? 999).toBeLessThanOrEqual(390);
  // 84 months in 7 rows of 12: about half a phone screen rather than a whole one.
  expect(box?.height ?? 999).toBeLessThan(844 / 2);
});
