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
