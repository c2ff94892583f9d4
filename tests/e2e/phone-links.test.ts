import { expect, test } from '@playwright/test';

/** A reader on a phone taps a help line instead of copying it: every mention in articles and the footer is a tel: link. */
test('help lines in an article and the footer are tel: links, amounts are not', async ({ page }) => {
  await page.goto('en/overdue/collection/');
  const article = page.locator('article');
  await expect(article.locator('a[href="tel:12378"]').first()).toBeVisible();
  await expect(article.locator('a[href="tel:110"]').first()).toHaveText('110');
  await expect(page.locator('footer a[href="tel:12363"]')).toHaveText('12363');
  const numbers = await article.locator('a[href^="tel:"]').allTextContents();
  expect(numbers.every((text) => /^\d{3,5}$|^400-810-8866$/.test(text))).toBe(true);
  await page.goto('en/basics/interest-and-apr/');
  expect(await page.locator('table a[href^="tel:"]').count()).toBe(0);
});

test('help lines in a letter template’s steps and in the planner’s steps are tel: links too', async ({ page }) => {
  await page.goto('zh-cn/help/templates/complaint-to-lender/');
  const next = page.locator('section[aria-labelledby="next"]');
  await expect(next.locator('a[href="tel:12378"]')).toHaveText('12378');
  await expect(next.locator('a[href="tel:110"]')).toHaveText('110');
  // The letter itself stays plain text: it is copied, not tapped.
  expect(await page.locator('[data-letter] a[href^="tel:"]').count()).toBe(0);

  await page.goto('en/help/plan/');
  const steps = page.locator('.checklist .plan-step');
  const channels = await steps.locator('a[href^="tel:"]').allTextContents();
  expect(channels.length).toBeGreaterThan(0);
  expect(
    channels.every((text) => /^\d{3,5}$|^400-810-8866$/.test(text)),
    channels.join(', '),
  ).toBe(true);
});
