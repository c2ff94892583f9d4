import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** One page of every type, as a path relative to the site's base (so the same list works under a sub-path). */
export const PAGE_TYPES = {
  chooser: '',
  home: 'zh-cn/',
  homeEn: 'en/',
  learn: 'en/learn/',
  section: 'zh-cn/overdue/',
  article: 'zh-cn/overdue/what-happens/',
  articleEn: 'en/overdue/what-happens/',
  glossary: 'zh-cn/glossary/',
  answers: 'zh-cn/answers/',
  answersEn: 'en/answers/',
  search: 'en/search/',
  simulators: 'zh-cn/simulators/',
} as const;

/** Runs axe-core (WCAG 2.x A/AA rules) and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Collects requests that leave the local server: the site promises none. */
export function trackForeignRequests(page: Page, allowedOrigin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(allowedOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/** Records console errors, uncaught exceptions and any dialog (an alert() would be an injection); returns the list. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/**
 * Opens a loan-simulator question whose code loads on first use (`section`: its data attribute, `content`: the
 * loaded part's, `chunk`: its file name): checks the code is not fetched before the reader opens it, and is then.
 */
export async function openOnFirstUse(
  page: Page,
  path: string,
  { section, content, chunk }: { section: string; content: string; chunk: string },
): Promise<Locator> {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(path);
  const sim = page.locator('[data-simulator="loan"]').first();
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  expect(fetched.some((url) => url.includes(chunk))).toBe(false);
  const opened = sim.locator(`[${section}]`);
  await opened.locator('summary').click();
  await expect(opened.locator(`[${content}]`)).toBeVisible();
  expect(fetched.some((url) => url.includes(chunk))).toBe(true);
  return opened;
}
