import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';
import { DEFAULT_LOAN } from '../../src/engine/presets-loan';
import { validateLoan } from '../../src/engine/validate-loan';
import { earlyRepayment, type EarlyRepaymentScenario } from '../../src/engine/early-repayment';
import { expectNoAxeViolations, openOnFirstUse, watchConsole } from './helpers';

/**
 * "What if I repay early?" on the loan page, in both languages: the section's code arrives only when it is opened,
 * and what it shows is what the engine computes here for the same question (never a hard-coded figure).
 */
const LANGS = { en, 'zh-cn': zhCn } as const;

/** Every digit of a displayed amount as a number: '¥1,234.56' → 1234.56. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

function expected(question: EarlyRepaymentScenario) {
  const loan = validateLoan(DEFAULT_LOAN);
  if (!loan.ok) throw new Error('the default loan must be valid');
  const r = earlyRepayment(loan.value, question);
  if (!r.ok) throw new Error(`test question must be valid: ${JSON.stringify(r.errors)}`);
  return r.value;
}

for (const [lang, t] of Object.entries(LANGS)) {
  test(`repaying part early shows the engine's saving and new payment (${lang})`, async ({ page }) => {
    const problems = watchConsole(page);
    const section = await openOnFirstUse(page, `${lang}/simulators/loan/`, {
      section: 'data-early-section',
      content: 'data-early',
      chunk: 'EarlyRepayment',
    });

    await section.getByLabel(t['sim.loan.early.month'], { exact: true }).fill('4');
    await section.getByLabel(t['sim.loan.early.repay'], { exact: true }).selectOption('part');
    await section.getByLabel(t['sim.loan.early.amount'], { exact: true }).fill('3000');
    await section.getByLabel(t['sim.loan.early.adjust'], { exact: true }).selectOption('lower');

    const want = expected({ month: 4, repay: 'part', amount: 3000, adjust: 'lower', fee: 'none', feeRate: 0 });
    expect(want.costSaved).toBeGreaterThan(0);
    const net = section.locator('[data-figure="early-net"] dd');
    await expect.poll(async () => amount((await net.innerText()).split('\n')[0] ?? '')).toBe(want.netSaving / 100);
    const saved = (await section.locator('[data-figure="early-saved"] dd').innerText()).split('\n')[0] ?? '';
    expect(amount(saved)).toBe(want.costSaved / 100);
    const payment = (await section.locator('[data-figure="early-payment"] dd').innerText()).split('\n')[0] ?? '';
    expect(amount(payment)).toBe((want.newPayment ?? 0) / 100);
    await expect(section.locator('tbody tr')).toHaveCount(want.rows.length);

    // A 1 % fee on the amount repaid early comes off the saving.
    await section.getByLabel(t['sim.loan.early.fee'], { exact: true }).selectOption('percent');
    const withFee = expected({ month: 4, repay: 'part', amount: 3000, adjust: 'lower', fee: 'percent', feeRate: 1 });
    await expect.poll(async () => amount((await net.innerText()).split('\n')[0] ?? '')).toBe(withFee.netSaving / 100);

    // A month past the term is refused on its field; the figures stay those of the last valid question.
    const month = section.getByLabel(t['sim.loan.early.month'], { exact: true });
    await month.fill(String(DEFAULT_LOAN.term));
    await expect(month).toHaveAttribute('aria-invalid', 'true');
    expect(amount((await net.innerText()).split('\n')[0] ?? '')).toBe(withFee.netSaving / 100);
    await month.fill('4');

    await expectNoAxeViolations(page, '[data-early-section]');
    expect(problems).toEqual([]);
  });
}
