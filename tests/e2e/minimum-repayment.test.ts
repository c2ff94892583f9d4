import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';
import { minimumRepayment, type MinimumRepaymentScenario } from '../../src/engine/minimum-repayment';
import { expectNoAxeViolations, openOnFirstUse, watchConsole } from './helpers';

/**
 * "What if I pay only the minimum?" on the loan page, in both languages: the section's code arrives only when it is
 * opened, and the months and interest it shows are what the engine computes here for the same bill.
 */
const LANGS = { en, 'zh-cn': zhCn } as const;

/** Every digit of a displayed figure as a number: '¥1,234.56' → 1234.56, '38 months' → 38. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

function expected(question: MinimumRepaymentScenario) {
  const r = minimumRepayment(question);
  if (!r.ok) throw new Error(`test question must be valid: ${JSON.stringify(r.errors)}`);
  return r.value;
}

for (const [lang, t] of Object.entries(LANGS)) {
  test(`paying only the minimum shows the engine's months and interest (${lang})`, async ({ page }) => {
    const problems = watchConsole(page);
    const section = await openOnFirstUse(page, `${lang}/simulators/loan/`, {
      section: 'data-minimum-section',
      content: 'data-minimum',
      chunk: 'MinimumRepayment',
    });

    await section.getByLabel(t['sim.loan.minimum.bill'], { exact: true }).fill('3000');
    await section.getByLabel(t['sim.loan.minimum.percent'], { exact: true }).fill('5');

    const want = expected({ bill: 3000, percent: 5, floor: 10 });
    expect(want.cleared).toBe(true);
    const figure = (id: string) => section.locator(`[data-figure="${id}"] dd`);
    const first = async (id: string) => amount((await figure(id).innerText()).split('\n')[0] ?? '');
    await expect.poll(() => first('minimum-months')).toBe(want.months);
    expect(await first('minimum-interest')).toBe(want.totalInterest / 100);
    expect(await first('minimum-paid')).toBe(want.totalPaid / 100);
    await expect(section.locator('tbody tr')).toHaveCount(want.rows.length);

    // No smallest payment: 5 % of what is owed only shrinks the balance, so the bill is never cleared.
    await section.getByLabel(t['sim.loan.minimum.floor'], { exact: true }).fill('0');
    const never = expected({ bill: 3000, percent: 5, floor: 0 });
    expect(never.cleared).toBe(false);
    await expect.poll(() => first('minimum-interest')).toBe(never.totalInterest / 100);
    expect(await first('minimum-months')).toBe(never.months);

    // A percentage of 0 is refused on its field; the figures stay those of the last valid question.
    const percent = section.getByLabel(t['sim.loan.minimum.percent'], { exact: true });
    await percent.fill('0');
    await expect(percent).toHaveAttribute('aria-invalid', 'true');
    expect(await first('minimum-interest')).toBe(never.totalInterest / 100);
    await percent.fill('5');

    await expectNoAxeViolations(page, '[data-minimum-section]');
    expect(problems).toEqual([]);
  });
}
