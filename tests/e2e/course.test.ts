import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers';

/**
 * The course kit in a real browser over the production build: the self-check quiz after every article (keyboard,
 * screen-reader roles, live feedback, stored answers, corrupt storage, no JavaScript), the teacher's page, and
 * printing: an article and a lesson handout printed to A4 PDF with no site navigation and the expected length.
 */
const STORAGE_KEY = 'loanlens-quiz';

function quizFiles(locale: 'zh-cn' | 'en'): string[] {
  const root = join('content', 'quizzes', locale);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return walk(root).map((file) => relative(root, file).replace(/\.yaml$/, ''));
}

interface QuizFile {
  questions: { id: string; anchor: string; options: { correct?: boolean }[] }[];
}
const readQuiz = (locale: string, path: string) =>
  parse(readFileSync(join('content', 'quizzes', locale, `${path}.yaml`), 'utf8')) as QuizFile;

const question = (page: Page, n: number) => page.locator('.quiz-question').nth(n);

test.describe('self-check quiz', () => {
  // axe over a page with feedback shown, twice, takes longer than the default on a shared machine.
  test.describe.configure({ timeout: 120_000 });
  test('every article shows its quiz, and every "where the article explains it" link lands on a heading of that page', async ({
    request,
  }) => {
    for (const locale of ['zh-cn', 'en'] as const) {
      for (const path of quizFiles(locale)) {
        const html = await (await request.get(`${locale}/${path}/`)).text();
        const quiz = readQuiz(locale, path);
        expect(html.match(/class="quiz-question"/g)?.length, `${locale}/${path}`).toBe(quiz.questions.length);
        for (const { anchor } of quiz.questions) {
          expect(html, `${locale}/${path} #${anchor}`).toContain(`href="#${anchor}"`);
          expect(html, `${locale}/${path} id ${anchor}`).toMatch(
            new RegExp(`<h[23][^>]* id="${anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
          );
        }
      }
    }
  });

  test('answer by keyboard: the feedback is spoken in a live region, the score counts, answers survive a reload and can be cleared', async ({
    page,
  }) => {
    await page.goto('en/basics/interest-and-apr/');
    const first = question(page, 0);
    const group = first.locator('fieldset');
    await expect(group).toHaveAccessibleName(/Question 1 of 4.*daily rate of 0\.04/);
    await expect(first.getByRole('radio')).toHaveCount(3);

    // Keyboard only: focus the first option, arrow to the second (the right one), tab to the button, press Enter.
    await first.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(first.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(first.getByRole('button', { name: 'Check my answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    const feedback = first.getByRole('status');
    await expect(feedback).toContainText('Right.');
    await expect(feedback).toContainText('0.04 % × 360 = 14.40 %');
    await expect(feedback.getByRole('link')).toHaveAttribute('href', '#daily-monthly-and-annual-rates');

    // A wrong answer on question 2 gets that option's own feedback.
    const second = question(page, 1);
    await second.getByRole('radio').first().check();
    await second.getByRole('button', { name: 'Check my answer' }).click();
    await expect(second.getByRole('status')).toContainText('Not quite. A. Equal installments are in the middle');
    await expect(page.locator('[data-score]')).toHaveText('You have answered 2 of 4; 1 right.');

    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
    expect(stored).toEqual({ v: 1, quizzes: { 'basics/interest-and-apr': { 'daily-rate': 1, 'most-interest': 0 } } });

    await page.reload();
    await expect(question(page, 0).getByRole('radio').nth(1)).toBeChecked();
    await expect(page.locator('[data-score]')).toHaveText('You have answered 2 of 4; 1 right.');

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.locator('[data-score]')).toHaveText('Your answers to this quiz are cleared.');
    await expect(question(page, 0).getByRole('radio').nth(1)).not.toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });

  test('checking without a choice asks for one instead of scoring', async ({ page }) => {
    await page.goto('zh-cn/overdue/court/');
    await question(page, 0).getByRole('button', { name: '核对答案' }).click();
    await expect(question(page, 0).getByRole('status')).toHaveText('请先选一个答案。');
    await expect(page.locator('[data-score]')).toHaveText('');
  });

  for (const [label, value] of [
    ['corrupt JSON', '{"v":1,"quizzes":'],
    ['an older format', JSON.stringify({ 'basics/interest-and-apr': [1, 2] })],
    [
      'answers out of range',
      JSON.stringify({
        v: 1,
        quizzes: { 'basics/interest-and-apr': { 'daily-rate': 7, 'most-interest': -1, 'fee-apr': 'x' } },
      }),
    ],
  ] as const) {
    test(`stored answers in ${label} are ignored without an error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(([key, stored]) => localStorage.setItem(key, stored), [STORAGE_KEY, value] as const);
      await page.goto('en/basics/interest-and-apr/');
      await expect(page.locator('.quiz input:checked')).toHaveCount(0);
      await expect(page.locator('[data-score]')).toHaveText('');
      const first = question(page, 0);
      await first.getByRole('radio').nth(1).check();
      await first.getByRole('button', { name: 'Check my answer' }).click();
      await expect(first.getByRole('status')).toContainText('Right.');
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
      expect(stored.v).toBe(1);
      expect(stored.quizzes['basics/interest-and-apr']['daily-rate']).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  test('without JavaScript every question shows its options and a "show the answer" disclosure', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('en/overdue/what-happens/');
    const first = question(page, 0);
    await expect(first.getByRole('radio')).toHaveCount(2);
    await expect(first.getByRole('button', { name: 'Check my answer' })).toBeHidden();
    await first.getByText('Show the answer').click();
    await expect(first.locator('details')).toContainText('Answer: B. False');
    await expect(first.locator('[data-option-feedback]')).toHaveCount(2);
    await context.close();
  });

  test('axe finds no violations with feedback shown, in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('zh-cn/products/huabei/');
      await question(page, 0).getByRole('radio').nth(2).check();
      await question(page, 0).getByRole('button', { name: '核对答案' }).click();
      await question(page, 1).getByRole('radio').nth(1).check();
      await question(page, 1).getByRole('button', { name: '核对答案' }).click();
      await question(page, 1).getByText('查看答案').click();
      await expect(question(page, 1).getByRole('status')).toContainText('不太对');
      await expectNoAxeViolations(page, '.quiz');
      await page.evaluate(() => localStorage.clear());
    }
  });

  test('quiz text is kept out of the search index', async ({ page }) => {
    await page.goto('en/basics/interest-and-apr/');
    await expect(page.locator('.quiz')).toHaveAttribute('data-pagefind-ignore', '');
  });
});

test.describe('teacher’s page', () => {
  test.describe.configure({ timeout: 120_000 });
  test('lists five lessons; each plan has timed steps adding up to 45 minutes, preset links and an answer key @subpath', async ({
    page,
  }) => {
    await page.goto('en/');
    await page.locator('footer').getByRole('link', { name: 'For teachers' }).click();
    await expect(page).toHaveURL(/\/en\/teach\/$/);
    const lessons = page.locator('.lessons a.card');
    await expect(lessons).toHaveCount(5);
    // A lesson's preset, by its own pre-rendered embed path (right figures before the embed's script runs).
    await expect(page.locator('pre code').first()).toContainText(/\/en\/embed\/loan\/[a-z0-9-]+\/"/);
    await expect(page.locator('pre code').first()).toContainText('embed.js');

    await lessons.first().click();
    await expect(page.locator('h1')).toHaveText('The true cost of “small” daily rates');
    const times = await page.locator('.step-time').allTextContents();
    expect(times.at(-1)).toMatch(/–45′/);
    await expect(page.getByRole('link', { name: /Huabei: 12 installments/ })).toHaveAttribute(
      'href',
      /\/en\/simulators\/loan\/huabei-12\/$/,
    );
    // The key is derived from the quiz file: its first line is the right option of the first question.
    const quiz = readQuiz('en', 'basics/interest-and-apr');
    const right = quiz.questions[0]!.options.findIndex((option) => option.correct);
    await expect(page.locator('.answer-key li').first()).toContainText(
      `${String.fromCharCode(65 + right)}. 14.40 % a year, 1.20 % a month`,
    );
  });

  test('a preset link opens the simulator on that scenario', async ({ page }) => {
    await page.goto('zh-cn/teach/daily-rates/');
    await page.getByRole('link', { name: /花呗：12期/ }).click();
    await expect(page).toHaveURL(/\/zh-cn\/simulators\/loan\/huabei-12\/$/);
    await expect(page.locator('[data-simulator="loan"] select').first()).toHaveValue('huabei-12');
  });

  test('the learn page links to the teacher’s page, and axe finds nothing on the teacher’s pages', async ({ page }) => {
    await page.goto('zh-cn/learn/');
    await page.getByRole('link', { name: '要上课？这里有五份现成的教案' }).click();
    await expect(page).toHaveURL(/\/zh-cn\/teach\/$/);
    await expectNoAxeViolations(page);
    await page.goto('en/teach/debt-spiral/');
    await expectNoAxeViolations(page);
    await page.goto('en/teach/debt-spiral/handout/');
    await expectNoAxeViolations(page);
  });
});

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page ("/Type /Pages" is the tree, not a page). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function printed(page: Page, path: string) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // Rendered at all in print: a node inside a hidden parent has no boxes.
  const visible = async (selector: string) =>
    page.locator(selector).evaluateAll((nodes) => nodes.some((node) => node.getClientRects().length > 0));
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return {
    visible,
    pdf,
    background: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    text: await page.evaluate(() => getComputedStyle(document.body).color),
  };
}

test.describe('print', () => {
  // Printing to PDF is slow on a shared machine; each test prints several pages.
  test.describe.configure({ timeout: 240_000 });
  test('an article prints as a handout: light colours in dark mode, no navigation or controls, full width, sources, date and address', async ({
    page,
  }) => {
    const { visible, pdf, background, text } = await printed(page, 'en/overdue/what-happens/');
    expect(background).toBe('rgb(255, 255, 255)');
    expect(text).toBe('rgb(0, 0, 0)');
    for (const selector of [
      'header.site-header',
      'footer.site-footer',
      'nav.breadcrumb',
      'nav.pager',
      '.toc-slot',
      '.quiz',
      '[data-search-trigger]',
      '[data-theme-toggle]',
      '[data-lang-switch]',
    ]) {
      expect(await visible(selector), selector).toBe(false);
    }
    expect(await visible('#sources-heading')).toBe(true);
    await expect(page.locator('.print-colophon')).toContainText('This page: http://127.0.0.1:');
    await expect(page.locator('.print-colophon')).toContainText('Content reviewed');
    const widths = await page.evaluate(() => ({
      prose: document.querySelector('.prose')!.getBoundingClientRect().width,
      main: document.querySelector('main')!.getBoundingClientRect().width,
    }));
    expect(widths.prose / widths.main).toBeGreaterThan(0.95);
    const after = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toMatch(/\(.*https?:\/\//);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Measured on 2026-12-02: 10 A4 pages for this long article (eight sections, a timeline table, a simulator).
    expect(pages).toBeLessThanOrEqual(10);
  });

  test('a simulator prints the reader’s scenario: its link and date first, the figures and the full table, not the form or the chart', async ({
    page,
  }) => {
    for (const [path, maxPages] of [
      // Measured on 2026-12-03: 2 A4 pages (12-month schedule) and 5 (10 days, the stage guide and the rules).
      ['zh-cn/simulators/loan/?p=5000&n=12', 3],
      ['en/simulators/overdue/?a=3000&dpd=10', 6],
    ] as const) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expect(page.locator('[data-simulator] .inputs input').first()).toBeEnabled();
      // What the browser does when the reader prints (Playwright's pdf() does not fire it).
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const shown = (selector: string) =>
        page.locator(selector).evaluateAll((nodes) => nodes.some((node) => node.getClientRects().length > 0));
      for (const selector of ['.sim .inputs', '.chart-panel canvas', '[data-copy-link]', 'header.site-header'])
        expect(await shown(selector), `${path}: ${selector}`).toBe(false);
      for (const selector of ['[data-print-summary]', '.figures', '.sim-table tbody tr'])
        expect(await shown(selector), `${path}: ${selector}`).toBe(true);
      const summary = page.locator('[data-print-summary]');
      await expect(summary.locator('a')).toHaveAttribute(
        'href',
        new RegExp(`${path.split('?')[0]}\\?.*${path.split('?')[1]?.split('&')[0]}`),
      );
      await expect(summary).toContainText(/2\d{3}/);
      // The scenario line comes before the figures on paper.
      const order = await page.evaluate(
        () =>
          document.querySelector('[data-print-summary]')!.getBoundingClientRect().top <
          document.querySelector('.figures')!.getBoundingClientRect().top,
      );
      expect(order, path).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(pdfPages(pdf), path).toBeLessThanOrEqual(maxPages);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
  });

  test('every lesson handout fits on one or two A4 pages, in both languages, without the site’s navigation', async ({
    page,
  }) => {
    for (const locale of ['zh-cn', 'en']) {
      for (const id of ['daily-rates', 'missed-payment', 'collection-rights', 'credit-report', 'debt-spiral']) {
        const { visible, pdf } = await printed(page, `${locale}/teach/${id}/handout/`);
        expect(await visible('header.site-header'), `${locale}/${id}`).toBe(false);
        expect(await visible('.no-print'), `${locale}/${id}`).toBe(false);
        const pages = pdfPages(pdf);
        expect(pages, `${locale}/${id}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${locale}/${id}`).toBeLessThanOrEqual(2);
      }
    }
  });
});
