import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';
import {
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  DEFAULT_LOAN,
  DEFAULT_OVERDUE,
  DEFAULT_SCORE,
  simulateLoan,
  simulateOverdue,
  simulateScore,
  type LoanScenario,
} from '../../src/engine/index';
import { expectNoAxeViolations, watchConsole } from './helpers';
import { SIMULATOR_KINDS, type SimulatorKind } from '../../src/engine/scenario';

/**
 * The three simulators over the production build, in both languages. Every expected figure is computed here by
 * the engine itself (never hard-coded), so the tests check that the page shows what the engine computes.
 */
const LANGS = { en, 'zh-cn': zhCn } as const;
type Lang = keyof typeof LANGS;

/** Every digit of a displayed amount as a number: '¥10,797.01' → 10797.01, '15.39%' → 15.39. */
function amount(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''));
}

/** The value line of a figure card (its note, if any, is on the next line). */
async function figure(scope: Page | Locator, id: string): Promise<string> {
  const text = await scope.locator(`[data-figure="${id}"] dd`).first().innerText();
  return text.split('\n')[0] ?? '';
}

/** Waits until the island has hydrated (its inputs are enabled once it runs). */
async function hydrated(page: Page, kind: SimulatorKind): Promise<Locator> {
  const sim = page.locator(`[data-simulator="${kind}"]`).first();
  // The inputs are disabled in the build-time render and enabled by the island once it runs.
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  return sim;
}

function loanFen(scenario: LoanScenario) {
  const result = simulateLoan(scenario);
  if (!result.ok) throw new Error('test scenario must be valid');
  return result.value;
}

for (const lang of Object.keys(LANGS) as Lang[]) {
  const t = LANGS[lang];

  test.describe(`loan simulator (${lang})`, () => {
    test('changing the inputs shows what the engine computes for the new scenario', async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${lang}/simulators/loan/`);
      const sim = await hydrated(page, 'loan');

      const start = loanFen(DEFAULT_LOAN);
      expect(amount(await figure(sim, 'paid'))).toBe(start.totals.paid / 100);

      await sim.getByLabel(t['sim.field.principal'], { exact: true }).fill('25000');
      await sim.getByLabel(t['sim.field.term'], { exact: true }).fill('24');
      await sim.getByLabel(t['sim.field.method'], { exact: true }).selectOption('equal-principal');

      const expected = loanFen({ ...DEFAULT_LOAN, principal: 25000, term: 24, method: 'equal-principal' });
      await expect.poll(async () => amount(await figure(sim, 'paid'))).toBe(expected.totals.paid / 100);
      expect(amount(await figure(sim, 'cost'))).toBe(expected.totals.interestAndFees / 100);
      expect(amount(await figure(sim, 'payment'))).toBe((expected.rows[0]?.payment ?? 0) / 100);
      expect(amount(await figure(sim, 'apr'))).toBeCloseTo((expected.apr ?? 0) * 100, 2);
      expect(amount(await figure(sim, 'ear'))).toBeCloseTo((expected.ear ?? 0) * 100, 2);
      const paid = (expected.totals.paid / 100).toLocaleString('en-US', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      await expect(sim.locator('[data-summary]')).toContainText(paid);
      expect(problems).toEqual([]);
    });

    test('a Huabei preset shows its fee as a true annual rate', async ({ page }) => {
      await page.goto(`${lang}/simulators/loan/`);
      const sim = await hydrated(page, 'loan');
      await sim.getByLabel(t['sim.preset'], { exact: true }).selectOption('huabei-12');
      const expected = loanFen(LOAN_PRESETS['huabei-12']);
      await expect.poll(async () => amount(await figure(sim, 'apr'))).toBeCloseTo((expected.apr ?? 0) * 100, 2);
      await expect(sim.getByLabel(t['sim.field.fee'], { exact: true })).toHaveValue('8.8');
    });

    test('invalid input shows an error on the field and keeps the last results', async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${lang}/simulators/loan/`);
      const sim = await hydrated(page, 'loan');
      const before = await figure(sim, 'paid');

      const principal = sim.getByLabel(t['sim.field.principal'], { exact: true });
      await principal.fill('abc');
      await expect(principal).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await principal.getAttribute('aria-describedby'))
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(errorId).toBeTruthy();
      await expect(page.locator(`[id="${errorId}"]`)).toHaveText(t['sim.error.notANumber']);
      await expect(sim.locator('[data-error-summary]')).toContainText(t['sim.errorTitle']);

      await sim.getByLabel(t['sim.field.term'], { exact: true }).fill('999');
      await expect(sim.locator('[data-error-summary] li')).toHaveCount(2);
      expect(await figure(sim, 'paid')).toBe(before);
      await expect(sim.locator('[data-figure]').first()).not.toContainText('NaN');

      await principal.fill('12000');
      await sim.getByLabel(t['sim.field.term'], { exact: true }).fill('12');
      await expect(sim.locator('[data-error-summary]')).toHaveCount(0);
      await expect(principal).not.toHaveAttribute('aria-invalid', 'true');
      expect(problems).toEqual([]);
    });
  });
}

test.describe('URL state', () => {
  test('the URL keeps the scenario across a reload @subpath', async ({ page }) => {
    await page.goto('en/simulators/loan/');
    const sim = await hydrated(page, 'loan');
    await sim.getByLabel(en['sim.field.principal'], { exact: true }).fill('33333');
    await sim.getByLabel(en['sim.field.rateType'], { exact: true }).selectOption('annual');
    await sim.getByLabel(en['sim.field.rate'], { exact: true }).fill('18');
    await expect(page).toHaveURL(/[?&]p=33333(&|$)/);
    await expect(page).toHaveURL(/[?&]rt=annual(&|$)/);

    await page.reload();
    const again = await hydrated(page, 'loan');
    await expect(again.getByLabel(en['sim.field.principal'], { exact: true })).toHaveValue('33333');
    await expect(again.getByLabel(en['sim.field.rate'], { exact: true })).toHaveValue('18');
    const expected = loanFen({ ...DEFAULT_LOAN, principal: 33333, rateType: 'annual', rate: 18 });
    await expect.poll(async () => amount(await figure(again, 'paid'))).toBe(expected.totals.paid / 100);
  });

  test('a shared link marks the build-time figures as the example until the island has read it, in both languages', async ({
    page,
  }) => {
    for (const [lang, t] of Object.entries(LANGS)) {
      // Hold the URL codec back, as a slow phone would: the page shows the example's figures meanwhile.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/url-codec.*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${lang}/simulators/loan/?p=20000&n=24`);
      const sim = page.locator('[data-simulator="loan"]');
      const note = sim.locator('[data-example-note]');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(t['sim.exampleNote']);
      const figures = sim.locator('.results > .figures');
      expect(Number(await figures.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.5);
      release();
      await expect(note).toBeHidden();
      expect(await figures.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const expected = loanFen({ ...DEFAULT_LOAN, principal: 20000, term: 24 });
      await expect.poll(async () => amount(await figure(sim, 'paid'))).toBe(expected.totals.paid / 100);
      await page.unroute('**/_astro/url-codec.*.js');
    }
    // Display options alone ask for no other scenario: nothing is dimmed.
    await page.goto('en/embed/loan/?theme=dark');
    await expect(page.locator('html')).not.toHaveAttribute('data-sim-url-pending');
    await expect(page.locator('[data-example-note]')).toBeHidden();
  });

  test('?preset= selects a preset, as article links do', async ({ page }) => {
    await page.goto('zh-cn/simulators/overdue/?preset=huabei-30');
    const sim = await hydrated(page, 'overdue');
    const result = simulateOverdue(OVERDUE_PRESETS['huabei-30']);
    if (!result.ok) throw new Error('preset must be valid');
    await expect.poll(async () => amount(await figure(sim, 'penalty'))).toBe(result.value.final.penalty / 100);
    await expect(sim.locator('[data-url-notice]')).toHaveCount(0);
  });

  test('hostile URL values fall back to the defaults with a notice and inject nothing', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto(
      'en/simulators/loan/?p=%3Cscript%3Ealert(1)%3C%2Fscript%3E&n=1e308&m=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E&rt=daily',
    );
    const sim = await hydrated(page, 'loan');
    await expect(sim.locator('[data-url-notice]')).toHaveText(en['sim.urlNotice']);
    const expected = loanFen(DEFAULT_LOAN);
    await expect.poll(async () => amount(await figure(sim, 'paid'))).toBe(expected.totals.paid / 100);
    await expect(sim.getByLabel(en['sim.field.principal'], { exact: true })).toHaveValue(
      String(DEFAULT_LOAN.principal),
    );
    expect(
      await page
        .locator('script:not([src]):not([type])')
        .evaluateAll((nodes) => nodes.some((n) => n.textContent?.includes('alert('))),
    ).toBe(false);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // The cleaned scenario replaces the hostile query, so a copied link does not pass it on.
    await expect(page).not.toHaveURL(/script|onerror|1e308/);
    expect(problems).toEqual([]);
  });
});

test.describe('tables, CSV and charts', () => {
  test('the CSV download matches the table', async ({ page }) => {
    await page.goto('zh-cn/simulators/loan/?preset=huabei-6');
    const sim = await hydrated(page, 'loan');
    await sim.getByText(zhCn['sim.loan.table.show']).click();
    const table = sim.locator('.sim-table table');
    await expect(table).toBeVisible();
    const cells = await table
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())),
      );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sim.getByRole('button', { name: zhCn['sim.csv'] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${zhCn['sim.loan.csvName']}.csv`);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const lines = csv
      .trim()
      .split(/\r\n/)
      .map((line) => line.split(','));

    expect(lines.length).toBe(cells.length);
    expect(lines[0]).toEqual(cells[0]);
    for (let r = 1; r < lines.length; r++) {
      expect(lines[r]?.map(Number), `row ${r}`).toEqual(cells[r]?.map(amount));
    }
    const expected = loanFen(LOAN_PRESETS['huabei-6']);
    expect(lines.length - 1).toBe(expected.rows.length);
  });

  test('chart.js is fetched only when the chart comes into view, and draws', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 700 }, baseURL });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('chart-setup')) fetched.push(request.url());
    });
    await page.goto('en/simulators/loan/');
    await hydrated(page, 'loan');
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
    await page.locator('.chart-panel canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => fetched.length).toBe(1);
    await expect(page.locator('.chart-panel .loading')).toHaveCount(0);
    await context.close();
  });
});

test.describe('overdue simulator', () => {
  for (const lang of Object.keys(LANGS) as Lang[]) {
    const t = LANGS[lang];
    test(`days late update the amounts, stage and credit-report record (${lang})`, async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${lang}/simulators/overdue/`);
      const sim = await hydrated(page, 'overdue');
      await sim.getByLabel(t['sim.overdue.dpd'], { exact: true }).fill('95');
      await sim.getByLabel(t['sim.overdue.payOnDay'], { exact: true }).fill('95');
      // Without a date in the URL, the missed due date is today minus the days late (phone.test.ts checks it).
      const startDate = await sim.getByLabel(t['sim.overdue.startDate'], { exact: true }).inputValue();

      const result = simulateOverdue({ ...DEFAULT_OVERDUE, dpd: 95, payOnDay: 95, startDate });
      if (!result.ok) throw new Error('test scenario must be valid');
      const day = result.value.days[95];
      await expect.poll(async () => amount(await figure(sim, 'penalty'))).toBe((day?.penalty ?? 0) / 100);
      expect(amount(await figure(sim, 'total'))).toBe((day?.total ?? 0) / 100);
      expect(await figure(sim, 'stage')).toBe(t[`sim.overdue.stage.${day?.stage ?? 'due'}` as keyof typeof en]);
      await expect(sim.locator('[data-visible-until]')).toContainText(result.value.visibleUntil ?? 'never');
      await expect(sim.locator('[data-stage-item] .here:visible')).toHaveCount(1);
      await expect(sim.locator(`[data-stage-item="${day?.stage ?? ''}"] .here`)).toBeVisible();
      await expect(sim.locator('[data-illegal-panel]')).toContainText('12378');
      await expect(sim.locator('[data-report-track] li')).toHaveCount(result.value.reportMonths.length);
      // The 4 × LPR reference is labelled as applying to private lending only.
      await expect(sim.locator('[data-figure="four-lpr"]')).toContainText(t['sim.overdue.rate.lpr']);
      expect(problems).toEqual([]);
    });
  }

  test('"pay on day X or Y" compares what the engine computes for both days', async ({ page }) => {
    await page.goto('en/simulators/overdue/?preset=huabei-30');
    const sim = await hydrated(page, 'overdue');
    await sim.getByLabel(en['sim.overdue.compare.x'], { exact: true }).fill('3');
    await sim.getByLabel(en['sim.overdue.compare.y'], { exact: true }).fill('30');
    const base = simulateOverdue({ ...OVERDUE_PRESETS['huabei-30'], dpd: 30, payOnDay: 3 });
    const late = simulateOverdue({ ...OVERDUE_PRESETS['huabei-30'], dpd: 30, payOnDay: 30 });
    if (!base.ok || !late.ok) throw new Error('test scenario must be valid');
    const extra = ((late.value.paid ?? 0) - (base.value.paid ?? 0)) / 100;
    await expect(sim.locator('[data-compare] li')).toHaveCount(2);
    await expect(
      sim.getByText(en['sim.overdue.compare.extra'].replace('{extra}', `¥${extra.toFixed(2)}`)),
    ).toBeVisible();
  });
});

test.describe('credit record simulator', () => {
  for (const lang of Object.keys(LANGS) as Lang[]) {
    const t = LANGS[lang];
    test(`adding a late payment changes the illustrative score and the record (${lang})`, async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${lang}/simulators/score/`);
      const sim = await hydrated(page, 'score');
      await expect(sim.locator('[data-illustrative-label]')).toHaveText(t['sim.score.illustrative']);
      await sim.locator('[data-add-event]').click();
      const second = sim.locator('[data-event="1"]');
      await second.getByLabel(t['sim.score.event.dpd'], { exact: true }).fill('120');
      await second.getByLabel(t['sim.score.event.never'], { exact: true }).check();

      const added = sim.locator('[data-event="1"]');
      const month = Number(await added.getByLabel(t['sim.score.event.month'], { exact: true }).inputValue());
      const amountTyped = Number(await added.getByLabel(t['sim.score.event.amount'], { exact: true }).inputValue());
      const scenario = {
        ...DEFAULT_SCORE,
        events: [...DEFAULT_SCORE.events, { month, dpd: 120, amount: amountTyped, settledMonth: null }],
      };
      const result = simulateScore(scenario);
      if (!result.ok) throw new Error('test scenario must be valid');
      await expect.poll(async () => amount(await figure(sim, 'final'))).toBe(Math.round(result.value.final));
      expect(amount(await figure(sim, 'lowest'))).toBe(Math.round(result.value.lowest.score));
      await expect(sim.locator('[data-figure="record"] dd')).toHaveText(t['sim.score.fig.recordOpen']);
      await expect(sim.locator('[data-illustrative-label]')).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  test('the preset from an article link shows the record drop-off month', async ({ page }) => {
    await page.goto('en/simulators/score/?preset=unpaid-year');
    const sim = await hydrated(page, 'score');
    const result = simulateScore(SCORE_PRESETS['unpaid-year']);
    if (!result.ok) throw new Error('preset must be valid');
    const dropOff = result.value.events[0]?.dropOffMonth ?? 0;
    await expect(sim.locator('[data-figure="record"] dd')).toHaveText(
      en['sim.axis.monthN'].replace('{n}', String(dropOff)),
    );
  });
});

test.describe('where the reader goes next', () => {
  test('a simulator page links to the articles that explain it, and the stage reached lists what to read next', async ({
    page,
  }) => {
    await page.goto('en/simulators/overdue/?a=3000&dpd=10');
    await hydrated(page, 'overdue');
    const explained = page.locator('.explained-in');
    await expect(explained.getByRole('link')).toHaveCount(4);
    await expect(explained.locator('a[href$="/en/overdue/collection/"]')).toBeVisible();
    // The loan simulator's counterpart follows the true annual rate.
    await page.goto('en/simulators/loan/');
    await hydrated(page, 'loan');
    const loanMeans = page.locator('[data-means] .means-item:visible');
    await expect(loanMeans).toHaveCount(1);
    await expect(loanMeans).toContainText('not above 24%');
    await page.getByLabel(en['sim.field.rate'], { exact: true }).fill('0.1');
    await expect(loanMeans).toContainText('more than 24%');
    await page.goto('en/simulators/overdue/?a=3000&dpd=10');
    await hydrated(page, 'overdue');
    // What this means for the reader, for the stage reached: one block shows, and it follows the days late.
    const means = page.locator('[data-means] .means-item:visible');
    await expect(means).toHaveCount(1);
    await expect(means).toContainText(en['sim.overdue.means.calls']);
    await page.getByLabel(en['sim.overdue.dpd'], { exact: true }).fill('45');
    await expect(means).toContainText(en['sim.overdue.means.escalation']);
    await page.getByLabel(en['sim.overdue.dpd'], { exact: true }).fill('10');
    await expect(means).toContainText(en['sim.overdue.means.calls']);
    // 10 days late is the "collection calls" stage: its next steps are about calls to the family and at night.
    const calls = page.locator('[data-current-stage="calls"] [data-stage-item="calls"]');
    await calls.locator('summary').click();
    await calls.locator('summary').click();
    const next = calls.locator('.next-links a');
    await expect(next.first()).toBeVisible();
    await expect(next.first()).toHaveAttribute('href', /\/en\/answers\/can-collectors-call-my-parents\/$/);
    await next.first().click();
    await expect(page.locator('h1')).toContainText(/parents/i);
  });
});

test.describe('embedding and sharing', () => {
  test('the embed dialog writes an iframe snippet for the current scenario, and Esc closes it', async ({ page }) => {
    await page.goto('en/simulators/loan/?preset=huabei-3');
    const sim = await hydrated(page, 'loan');
    await sim.getByLabel(en['sim.field.principal'], { exact: true }).fill('4321');
    // The change has been taken in (the address follows the form) before the reader reaches for the button.
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('4321');
    const opener = sim.locator('[data-embed-open]');
    await opener.click();
    const dialog = page.getByRole('dialog', { name: en['sim.share.embedTitle'] });
    await expect(dialog).toBeVisible();
    const code = dialog.locator('[data-embed-code]');
    await expect(code).toBeFocused();
    await expect(code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/.*en\/embed\/loan\/\?p=4321&amp;/);
    await expect(code).toHaveValue(/<script src="[^"]+\/embed\.js" async><\/script>/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  for (const [lang, kind] of [
    ['zh-cn', 'loan'],
    ['en', 'overdue'],
    ['en', 'score'],
  ] as const) {
    test(`the ${kind} page shows the default results and says inputs need JavaScript (${lang})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(`${lang}/simulators/${kind}/`);
      const t = LANGS[lang];
      await expect(page.getByText(t['sim.noJs'])).toBeVisible();
      const sim = page.locator(`[data-simulator="${kind}"]`);
      await expect(sim.locator('.inputs input').first()).toBeDisabled();
      await expect(sim.locator('[data-static-note]')).toBeVisible();
      if (kind === 'loan') {
        expect(amount(await figure(sim, 'paid'))).toBe(loanFen(DEFAULT_LOAN).totals.paid / 100);
      } else if (kind === 'overdue') {
        const result = simulateOverdue(DEFAULT_OVERDUE);
        if (!result.ok) throw new Error('default must be valid');
        expect(amount(await figure(sim, 'total'))).toBe(result.value.final.total / 100);
        await expect(sim.locator('[data-stage-item] .here:visible')).toHaveCount(1);
        await expect(sim.locator(`[data-stage-item="${result.value.final.stage ?? ''}"] .here`)).toBeVisible();
      } else {
        const result = simulateScore(DEFAULT_SCORE);
        if (!result.ok) throw new Error('default must be valid');
        expect(amount(await figure(sim, 'final'))).toBe(Math.round(result.value.final));
      }
      // The table toggle works without JavaScript (a native <details>).
      await sim.locator('details.table-toggle summary').click();
      await expect(sim.locator('.sim-table table')).toBeVisible();
      await context.close();
    });
  }
});

test.describe('accessibility', () => {
  for (const kind of SIMULATOR_KINDS) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violations on the ${kind} simulator with results, table and dialog open (${scheme})`, async ({
        page,
      }) => {
        // axe over a whole simulator page (the form, the open table, the dialog) takes 20–30 s on two busy cores.
        test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`zh-cn/simulators/${kind}/`);
        const sim = await hydrated(page, kind);
        await sim.locator('details.table-toggle summary').click();
        await expect(sim.locator('.sim-table table')).toBeVisible();
        await sim.locator('.chart-panel canvas').scrollIntoViewIfNeeded();
        await expect(sim.locator('.chart-panel .loading')).toHaveCount(0);
        await expectNoAxeViolations(page);
        await sim.locator('[data-embed-open]').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }

  test('axe finds no violations with an input error shown', async ({ page }) => {
    await page.goto('en/simulators/loan/');
    const sim = await hydrated(page, 'loan');
    await sim.getByLabel(en['sim.field.principal'], { exact: true }).fill('-5');
    await expect(sim.locator('[data-error-summary]')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a bad value committed before the error summary has loaded still takes the reader to it', async ({ page }) => {
    // The summary's code loads after hydration; on a slow phone the reader can be quicker. Hold it back until then.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/ErrorSummary\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('en/simulators/loan/');
    const sim = await hydrated(page, 'loan');
    const principal = sim.getByLabel(en['sim.field.principal'], { exact: true });
    await principal.fill('-5');
    await principal.press('Tab');
    await expect(sim.locator('[data-error-summary]')).toHaveCount(0);
    release();
    await expect(sim.locator('[data-error-summary]')).toBeFocused();
  });

  test('nothing overflows sideways on a 320 px wide phone', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, baseURL });
    const page = await context.newPage();
    for (const kind of SIMULATOR_KINDS) {
      await page.goto(`zh-cn/simulators/${kind}/`);
      await expect(page.locator(`[data-simulator="${kind}"] .inputs input`).first()).toBeEnabled();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, kind).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

test('every collection stage the chart shades is named under it, with its days, in both languages', async ({
  page,
}) => {
  const { STAGES } = await import('../../src/engine/stages');
  const reached = STAGES.filter((stage) => stage.minDpd <= 200);
  for (const [lang, t] of Object.entries(LANGS)) {
    await page.goto(`${lang}/simulators/overdue/?a=3000&dpd=200`);
    const chart = page.locator('[data-simulator="overdue"] .chart-panel').first();
    await chart.scrollIntoViewIfNeeded();
    const bands = chart.locator('[data-bands] li');
    await expect(bands).toHaveCount(reached.length);
    for (const [i, stage] of reached.entries()) {
      await expect(bands.nth(i)).toContainText(t[`sim.overdue.stage.${stage.id}`]);
    }
    // The last stage is open-ended: "from day N", with N in the page's own number format.
    await expect(bands.last()).toContainText(String(reached.at(-1)?.minDpd));
  }
});

test('money kept back at payout: the page shows what was received and the true rate on it, in both languages', async ({
  page,
}) => {
  const scenario: LoanScenario = { ...DEFAULT_LOAN, deduction: 1000 };
  const result = simulateLoan(scenario);
  if (!result.ok) throw new Error('scenario must be valid');
  for (const [lang, t] of Object.entries(LANGS)) {
    await page.goto(`${lang}/simulators/loan/?d=1000`);
    const sim = await hydrated(page, 'loan');
    await expect(sim.getByLabel(t['sim.field.deduction'], { exact: true })).toHaveValue('1000');
    await expect.poll(async () => amount(await figure(sim, 'received'))).toBe(result.value.received / 100);
    await expect.poll(async () => amount(await figure(sim, 'apr'))).toBeCloseTo((result.value.apr ?? 0) * 100, 2);
    await expect(sim.locator('[data-figure="received"]')).toContainText(t === en ? 'Art. 670' : '第六百七十条');
    // Emptying the box means nothing was kept back: the figure goes, the APR is the plain loan's again.
    await sim.getByLabel(t['sim.field.deduction'], { exact: true }).fill('');
    await expect(sim.locator('[data-figure="received"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]d=/);
  }
});
