import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/**
 * The action planner, letters and scripts, evidence log and sample report, in the production build.
 * Answers are given the way a reader gives them: by clicking (or pressing keys on) the labelled options.
 */
type Answers = Partial<
  Record<'stage' | 'products' | 'contact' | 'canPay' | 'income' | 'unsafe' | 'report' | 'agent', string[]>
>;

async function answer(page: Page, answers: Answers): Promise<void> {
  const questions = page.locator('[data-question]');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const fs = questions.nth(i);
    await expect(fs).toBeVisible();
    const id = (await fs.getAttribute('data-question'))!;
    for (const value of answers[id as keyof Answers] ?? []) await fs.locator(`input[value="${value}"]`).check();
    await fs.locator(i === count - 1 ? 'button[type="submit"]' : '[data-next]').click();
  }
  await expect(page.locator('[data-plan-result]')).toBeVisible();
}

const planSteps = (page: Page) =>
  page.locator('[data-plan-steps] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.step));

const SITUATIONS: Array<{ name: string; answers: Answers; first: string[]; template?: string }> = [
  {
    name: 'about to miss a payment',
    answers: { stage: ['about-to-miss'], products: ['ant'], canPay: ['part'] },
    first: ['ask-for-a-plan'],
    template: 'installment-plan',
  },
  {
    name: '10 days late and able to pay',
    answers: { stage: ['late-under-30'], canPay: ['full'] },
    first: ['pay-overdue-now', 'ask-penalty-waiver'],
  },
  {
    name: 'a collector called the family',
    answers: { stage: ['late-30-90'], contact: ['calls-me', 'family'] },
    first: ['stop-family-contact'],
    template: 'stop-contacting-family',
  },
  {
    name: 'a text about mediation',
    answers: { stage: ['mediation'] },
    first: ['check-mediation-is-real', 'free-legal-advice'],
    template: 'mediation-reply',
  },
  {
    name: 'a judgment',
    answers: { stage: ['judgment'], canPay: ['part'] },
    first: ['act-on-judgment', 'free-legal-advice'],
    template: 'installment-plan',
  },
];

for (const lang of ['en', 'zh-cn'] as const) {
  test.describe(`planner (${lang})`, () => {
    for (const s of SITUATIONS) {
      test(`${s.name}: the plan starts with the right steps and the right letter is one click away`, async ({
        page,
      }) => {
        await page.goto(`${lang}/help/plan/`);
        await answer(page, s.answers);
        const steps = await planSteps(page);
        expect(steps.slice(0, s.first.length)).toEqual(s.first);
        expect(steps.length).toBeGreaterThanOrEqual(s.first.length + 1);
        if (s.template) {
          const link = page.locator(
            `[data-plan-steps] > li[data-step="${s.first[0]}"] a[href$="/help/templates/${s.template}/"]`,
          );
          await expect(link).toBeVisible();
          await link.click();
          await expect(page).toHaveURL(new RegExp(`/${lang}/help/templates/${s.template}/$`));
          await expect(page.locator('[data-letter]').first()).toBeVisible();
        }
      });
    }
  });
}

test('a reader who feels unsafe sees the crisis line before anything else, even in court', async ({ page }) => {
  await page.goto('en/help/plan/');
  await answer(page, { stage: ['judgment'], unsafe: ['self-harm', 'threatened'] });
  expect((await planSteps(page)).slice(0, 3)).toEqual(['crisis-line', 'police-and-evidence', 'act-on-judgment']);
  await expect(page.locator('[data-plan-steps] > li').first()).toContainText('12356');
});

test('the stage is required: an inline message, the other answers kept', async ({ page }) => {
  await page.goto('en/help/plan/');
  await page.locator('[data-question="stage"] [data-next]').click();
  await expect(page.locator('#err-stage')).toHaveText('Choose one answer to continue.');
  await expect(page.locator('[data-question="stage"] input').first()).toBeFocused();
  await page.locator('[data-question="stage"] input[value="lawsuit"]').check();
  await expect(page.locator('#err-stage')).toBeEmpty();
});

test('the planner works with the keyboard alone', async ({ page }) => {
  await page.goto('en/help/plan/');
  // Tab into the first question, choose with the arrow keys, move on with Enter.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'stage')); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // second option: late-under-30
  await page.keyboard.press('Space');
  const pressUntil = async (selector: string) => {
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${selector}`);
  };
  for (let q = 0; q < 8; q++) {
    await pressUntil('[data-next], button[type="submit"]');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#plan-result-title')).toBeFocused();
  expect((await planSteps(page))[0]).toBe('ask-for-a-plan');
  await pressUntil('[data-plan-steps] a');
  await expect(page.locator(':focus')).toHaveAttribute('href', /\/en\/help\/templates\/installment-plan\/$/);
});

test('a share link carries the answers after # but never the safety answer, and opens the same plan', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('en/help/plan/');
  await answer(page, { stage: ['mediation'], contact: ['family'], unsafe: ['self-harm'] });
  await page.locator('[data-share]').click();
  const url = await page.locator('[data-share-url]').inputValue();
  expect(url).toMatch(/\/en\/help\/plan\/#stage=mediation&/);
  expect(url).not.toMatch(/unsafe|self-harm/);
  expect(page.url()).not.toContain('#'); // nothing put in the address bar unasked
  const other = await browser.newPage({ baseURL });
  await other.goto(url);
  await expect(other.locator('[data-plan-notice]')).toBeVisible();
  expect((await planSteps(other)).slice(0, 2)).toEqual(['check-mediation-is-real', 'free-legal-advice']);
  await other.goto('about:blank');
  await other.goto('en/help/plan/#stage=<script>&contact=nope');
  await expect(other.locator('[data-plan-notice]')).toContainText('does not hold a complete set');
  await expect(other.locator('[data-plan-result]')).toBeHidden();
  await other.close();
});

test('without JavaScript: the plan page is a checklist per situation, letters show placeholders, notes open', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('zh-cn/help/plan/');
  await expect(page.locator('[data-planner]')).toBeHidden();
  await expect(page.locator('.checklist')).toHaveCount(8);
  await expect(page.locator('.checklist[data-stage="mediation"] .plan-step').first()).toHaveAttribute(
    'data-step',
    'check-mediation-is-real',
  );
  await expect(page.locator('.checklist[data-stage="judgment"] .plan-step').first()).toHaveAttribute(
    'data-step',
    'act-on-judgment',
  );
  await expect(page.getByRole('heading', { name: '如果你有危险，或有伤害自己的念头' })).toBeVisible();
  await page.goto('en/help/templates/installment-plan/');
  await expect(page.locator('[data-builder]')).toBeHidden();
  await expect(page.locator('[data-ph="name"]').first()).toHaveText('[Your name]');
  await page.goto('en/help/templates/report-illegal-collection/');
  await expect(page.locator('[data-log-body] tr')).toHaveCount(10); // a blank sheet to print
  await page.goto('en/credit/sample-report/');
  await page.locator('details.note summary').first().click();
  await expect(page.locator('details.note').first()).toHaveAttribute('open', '');
  await context.close();
});

for (const lang of ['en', 'zh-cn']) {
  test(`the plan prints on one page, even the longest one (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${lang}/help/plan/`);
    await answer(page, {
      stage: ['late-over-90'],
      products: ['ant', 'card', 'online', 'secured'],
      contact: ['calls-me', 'family', 'visits', 'threats'],
      canPay: ['part'],
      income: ['lost'],
      unsafe: ['threatened', 'self-harm'],
      report: ['error'],
      agent: ['yes'],
    });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBe(1);
  });
}

for (const lang of ['en', 'zh-cn']) {
  test(`accessibility: no axe violations with a plan shown (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${lang}/help/plan/`);
    await answer(page, { stage: ['late-30-90'], contact: ['family'], canPay: ['part'], report: ['error'] });
    await expectNoAxeViolations(page);
  });
}

test('the builder fills placeholders as text, never as HTML, and keeps bad input with an inline message', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('en/help/templates/installment-plan/');
  const evil = '<img src=x onerror="window.__pwned=1">';
  await page.getByLabel('Your name').fill(evil);
  await page.getByLabel('Lender').fill('Chongqing Ant Consumer Finance');
  await page.getByLabel('Amount due (yuan)').fill('12a');
  await expect(page.locator('#e-amount')).toHaveText('Enter an amount in yuan, such as 1200 or 1200.50.');
  await expect(page.getByLabel('Amount due (yuan)')).toHaveValue('12a');
  await page.getByLabel('Amount due (yuan)').fill('1,200.50');
  await expect(page.locator('#e-amount')).toBeEmpty();
  await expect(page.locator('[data-ph="name"]').first()).toHaveText(evil);
  await expect(page.locator('[data-ph="amount"]').first()).toHaveText('1200.50');
  await expect(page.locator('[data-letter] img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('[data-letter]').nth(1)).toContainText('Chongqing Ant Consumer Finance');
  for (const details of await page.locator('details').all())
    await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await expectNoAxeViolations(page);
});

test('the evidence log: CSV equals the table, survives a reload, clears', async ({ page }) => {
  await page.goto('en/help/templates/report-illegal-collection/');
  const log = page.locator('#evidence-log');
  await expect(log.locator('[data-log-body] tr')).toHaveCount(0);
  await log.getByRole('button', { name: 'Add to the log' }).click();
  await expect(log.locator('[data-log-error]')).toHaveText('Enter at least the date and what was said or done.');
  const add = async (e: { date: string; time: string; number: string; who: string; said: string; rec: boolean }) => {
    await log.getByLabel('Date', { exact: true }).fill(e.date);
    await log.getByLabel('Time', { exact: true }).fill(e.time);
    await log.getByLabel('Number or account').fill(e.number);
    await log.getByLabel('Who (name, company)').fill(e.who);
    await log.getByLabel('What was said or done').fill(e.said);
    if (e.rec) await log.getByLabel('Recording or screenshot kept').check();
    await log.getByRole('button', { name: 'Add to the log' }).click();
  };
  await add({
    date: '2026-11-30',
    time: '22:40',
    number: '010-0000-0000',
    who: 'Agent "Wang", Example Collections',
    said: 'Said he would "visit my parents", then hung up, twice',
    rec: true,
  });
  await add({
    date: '2026-12-01',
    time: '07:15',
    number: '=HYPERLINK("x")',
    who: '催收员',
    said: '威胁要打给我的单位',
    rec: false,
  });
  await expect(log.locator('[data-log-body] tr')).toHaveCount(2);

  const table = await log
    .locator('[data-log-table] tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('th, td')]
          .filter((c) => !c.classList.contains('log-actions'))
          .map((c) => c.textContent ?? ''),
      ),
    );
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(parseCsv(csv).map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@])/, '')))).toEqual(table);
  expect(csv).toContain(`'=HYPERLINK`); // a formula is never handed to a spreadsheet as a formula

  await page.reload();
  await expect(log.locator('[data-log-body] tr')).toHaveCount(2);
  page.once('dialog', (dialog) => dialog.accept());
  await log.getByRole('button', { name: 'Clear the whole log' }).click();
  await expect(log.locator('[data-log-body] tr')).toHaveCount(0);
  await page.reload();
  await expect(log.locator('[data-log-body] tr')).toHaveCount(0);
});

test('a corrupt stored log is set aside with a notice; the page still works', async ({ page }) => {
  await page.goto('zh-cn/help/templates/report-illegal-collection/');
  await page.evaluate(() => localStorage.setItem('loanlens.evidenceLog.v1', '{"entries": [ {"date": 5'));
  await page.reload();
  await expect(page.locator('[data-log-notice]')).toContainText('无法读取');
  expect(await page.evaluate(() => localStorage.getItem('loanlens.evidenceLog.unreadable'))).toBe(
    '{"entries": [ {"date": 5',
  );
  const log = page.locator('#evidence-log');
  await log.getByLabel('日期', { exact: true }).fill('2026-12-01');
  await log.getByLabel('说了什么、做了什么').fill('凌晨打电话');
  await log.getByRole('button', { name: '加入记录' }).click();
  await expect(page.locator('[data-log-body] tr')).toHaveCount(1);
});

for (const lang of ['en', 'zh-cn']) {
  test(`the sample report (${lang}): fictional, every code explained, the grid matches the simulator preset, notes pass axe when open`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`${lang}/credit/sample-report/`);
    await expect(page.locator('.fictional')).toBeVisible();
    const codes = await page.locator('[data-grid="preset"] td').allTextContents();
    expect(codes).toHaveLength(24);
    // Due 10 March 2026, repaid 9 April: one status per due date, so March alone shows 1.
    expect(codes.join('')).toBe('N'.repeat(15) + '1' + 'N'.repeat(8));
    await expect(page.locator('[data-grid="closed"] td').last()).toHaveText('C');
    for (const code of ['N', '1', '7', 'C', 'G', 'B', 'D', 'Z', '#', '*', '/'])
      await expect(page.locator('.codes dt', { hasText: code }).first()).toBeVisible();
    await expect(page.locator(`a[href$="/${lang}/simulators/score/?preset=one-late-30"]`)).toBeVisible();
    for (const summary of await page.locator('details.note summary').all()) await summary.click();
    await expect(page.locator('details.note[open]')).toHaveCount(await page.locator('details.note').count());
    await expectNoAxeViolations(page);
  });
}

test('the help and credit section pages link to the new pages; articles and their prev/next still work', async ({
  page,
}) => {
  await page.goto('en/help/');
  await expect(page.locator('main a[href$="/en/help/plan/"]')).toBeVisible();
  await expect(page.locator('main a[href$="/en/help/templates/"]')).toBeVisible();
  await page.goto('zh-cn/credit/');
  await expect(page.locator('main a[href$="/zh-cn/credit/sample-report/"]')).toBeVisible();
  const response = await page.goto('en/help/if-you-cant-pay/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('en/help/templates/');
  await expect(page.locator('.template-list li')).toHaveCount(12);
});

/** A small RFC 4180 reader, independent of the page's own writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
