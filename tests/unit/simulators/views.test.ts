import { describe, expect, it } from 'vitest';
import {
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  simulateLoan,
  simulateOverdue,
  simulateScore,
} from '../../../src/engine/index';
import { loanView } from '../../../src/simulators/loan/view';
import { earlyView } from '../../../src/simulators/loan/early-view';
import { earlyRepayment } from '../../../src/engine/early-repayment';
import { validateLoan } from '../../../src/engine/validate-loan';
import { overdueView } from '../../../src/simulators/overdue/view';
import { scoreView } from '../../../src/simulators/score/view';
import { simTranslator } from '../../../src/simulators/shared/i18n';
import { en } from '../../../src/i18n/ui/en';
import { zhCn } from '../../../src/i18n/ui/zh-cn';

const t = simTranslator(en);
const tz = simTranslator(zhCn);

function ok<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('expected a valid scenario');
  return r.value;
}

describe('loan display model', () => {
  it('says in one sentence what the engine computed', () => {
    const result = ok(simulateLoan(LOAN_PRESETS['jiebei-12']));
    const view = loanView(result, 'en', t);
    expect(view.summary).toBe(
      `You borrow ¥10,000.00 and repay ¥${(result.totals.paid / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} over 12 months: ¥${(result.totals.interestAndFees / 100).toFixed(2)} in interest, a true annual rate (APR) of 14.40%.`,
    );
    expect(view.summary).not.toMatch(/\{|NaN|undefined/);
    expect(loanView(result, 'zh-cn', tz).summary).toMatch(/^借¥10,000.00，12个月共还/);
  });

  it('starts the sentence from the money received when some was kept back at payout', () => {
    const result = ok(simulateLoan({ ...LOAN_PRESETS['jiebei-12'], deduction: 500 }));
    // ¥10,000 borrowed, ¥9,500 received; the schedule is the contract's, so ¥10,797.05 is repaid: ¥1,297.05 more.
    expect(loanView(result, 'en', t).summary).toBe(
      `You borrow ¥10,000.00 but receive ¥9,500.00, and repay ¥10,797.05 over 12 months: ¥1,297.05 more than you received, a true yearly rate of ${loanView(result, 'en', t).figures.find((f) => f.id === 'apr')?.value} on the money you got.`,
    );
    expect(loanView(result, 'zh-cn', tz).summary).toMatch(
      /^借¥10,000.00，实际到手¥9,500.00，12个月共还¥10,797.05，比到手的钱多还¥1,297.05/,
    );
  });

  it('checks the rate against the 24 % line and 4 × LPR, each saying whom it applies to', () => {
    const lines = (rate: number) =>
      Object.fromEntries(
        loanView(ok(simulateLoan({ ...LOAN_PRESETS['jiebei-12'], rateType: 'annual', rate })), 'en', t).rates.map(
          (figure) => [figure.id, figure.value],
        ),
      );
    // 4 × LPR is 4 × 3.0 % = 12 %; the other line is 24 %. An annual rate r on equal installments has an APR of r.
    expect(lines(10)).toEqual({ 'line-24': 'Not above it', 'line-lpr': 'Not above it' });
    expect(lines(14.4)).toEqual({ 'line-24': 'Not above it', 'line-lpr': 'Above it' });
    expect(lines(30)).toEqual({ 'line-24': 'Above it', 'line-lpr': 'Above it' });
    const zh = loanView(ok(simulateLoan(LOAN_PRESETS['jiebei-12'])), 'zh-cn', tz).rates;
    expect(zh.map((figure) => figure.label)).toEqual([
      '24%这条线：银行等持牌金融机构',
      '4倍LPR（12%）：只适用于民间借贷',
    ]);
    expect(zh[1]?.sub).toContain('一年期LPR为3.0%');
  });

  it('places the true annual rate against the 24 % line courts apply to financial-institution loans', () => {
    const at = (rate: number) =>
      loanView(ok(simulateLoan({ ...LOAN_PRESETS['jiebei-12'], rateType: 'annual', rate })), 'en', t).aprBand;
    expect(loanView(ok(simulateLoan(LOAN_PRESETS['jiebei-12'])), 'en', t).aprBand).toBe('up-to-24');
    // An annual rate r on equal installments has an APR (monthly IRR × 12) of r, up to float rounding.
    expect(at(23.5)).toBe('up-to-24');
    expect(at(24.5)).toBe('over-24');
    expect(at(36)).toBe('over-24');
  });

  it('has one table row per period and a chart from month 0 to the term', () => {
    const result = ok(simulateLoan(LOAN_PRESETS['huabei-3']));
    const view = loanView(result, 'en', t);
    expect(view.table.rows).toHaveLength(3);
    expect(view.table.columns.map((c) => c.label)).toContain(en['sim.loan.col.fee']);
    const balance = view.chart.series[0]?.points ?? [];
    expect(balance[0]).toEqual({ x: 0, y: 10000 });
    expect(balance[balance.length - 1]).toEqual({ x: 3, y: 0 });
  });
});

describe('loan display model: bullet loans and notices', () => {
  const bullet = { ...LOAN_PRESETS['jiebei-12'], method: 'bullet' as const };

  it('headlines a bullet loan by its simple annual rate, in both languages', () => {
    const result = ok(simulateLoan(bullet));
    for (const [locale, tr] of [
      ['en', t],
      ['zh-cn', tz],
    ] as const) {
      const view = loanView(result, locale, tr);
      const ids = view.figures.map((f) => f.id);
      expect(ids).toContain('simple');
      expect(ids).not.toContain('apr');
      // 1,440 of interest on 10,000 over one year.
      expect(view.figures.find((f) => f.id === 'simple')?.value).toBe('14.40%');
      expect(view.summary).toContain('14.40%');
      expect(view.notices).toEqual([]);
    }
  });

  it('words each notice in both languages, with every placeholder filled', () => {
    const cases = [
      { ...bullet, term: 24 },
      { ...bullet, principal: 1, rateType: 'annual' as const, rate: 3.9, method: 'interest-first' as const },
      {
        ...bullet,
        principal: 100,
        rateType: 'annual' as const,
        rate: 3.9,
        term: 360,
        method: 'equal-principal' as const,
      },
    ];
    const expected = [['longBullet'], ['rounding', 'zeroPayments'], ['zeroPayments']] as const;
    cases.forEach((scenario, i) => {
      const result = ok(simulateLoan(scenario));
      const en = loanView(result, 'en', t).notices;
      const zh = loanView(result, 'zh-cn', tz).notices;
      expect(en).toHaveLength(expected[i]?.length ?? -1);
      expect(zh).toHaveLength(en.length);
      for (const text of [...en, ...zh]) expect(text).not.toMatch(/\{|\}|NaN|undefined|sim\.loan/);
    });
    const zero = loanView(ok(simulateLoan(cases[2] ?? bullet)), 'en', t).notices[0];
    expect(zero).toContain('2 of the 360 months');
    expect(zero).toContain('¥0.00');
  });
});

describe('overdue display model', () => {
  it('stacks the parts so the top line is the total, with the stages as bands', () => {
    const result = ok(simulateOverdue(OVERDUE_PRESETS['stopped-365']));
    const view = overdueView(result, 'en', t);
    const top = view.chart.series[2]?.points ?? [];
    expect(top[top.length - 1]?.y).toBe(result.final.total / 100);
    expect(view.chart.series[0]?.points.length).toBeLessThanOrEqual(401);
    expect(view.chart.bands?.map((b) => b.label)).toEqual([
      'Due date',
      'Early reminders',
      'Collection calls',
      'Escalation',
      'Late stage',
      'Write-off or lawsuit',
    ]);
    expect(view.table.rows.length).toBeLessThanOrEqual(120);
    expect(view.table.rows[view.table.rows.length - 1]?.[0]).toBe(365);
  });

  it('notes the total without acceleration under the total, and with compound interest under the penalty', () => {
    const result = ok(simulateOverdue(OVERDUE_PRESETS['stopped-365']));
    const { withoutAcceleration, compoundFlipped } = result.compare;
    const yuan = (fen: number | null) => (Number(fen) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    const [total, penalty] = overdueView(result, 'en', t).figures;
    expect(total?.value).toBe(`¥${yuan(result.final.total)}`);
    expect(total?.sub).toBe(`Without acceleration, the total is ¥${yuan(withoutAcceleration)}.`);
    expect(penalty?.sub).toBe(`With penalty on unpaid interest too (复利), the total is ¥${yuan(compoundFlipped)}.`);
    const [zhTotal, zhPenalty] = overdueView(result, 'zh-cn', tz).figures;
    expect(zhTotal?.sub).toMatch(/^如果不提前到期，共欠¥[\d,.]+。$/);
    expect(zhPenalty?.sub).toMatch(/^如果对未还利息也计罚息（复利），共欠¥[\d,.]+。$/);
    // With compound interest on, the note gives the total without it.
    const on = ok(simulateOverdue({ ...OVERDUE_PRESETS['stopped-365'], compound: true }));
    expect(overdueView(on, 'en', t).figures[1]?.sub).toMatch(/^Without penalty on unpaid interest, the total is ¥/);
    // Huabei already charges on the whole amount, and a single amount has nothing to call in: no notes.
    const huabei = overdueView(ok(simulateOverdue(OVERDUE_PRESETS['huabei-30'])), 'en', t).figures;
    expect(huabei.map((f) => f.sub)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('labels the 4 × LPR reference as private lending only', () => {
    const result = ok(simulateOverdue(OVERDUE_PRESETS['huabei-30']));
    const lpr = overdueView(result, 'en', t).rates.find((r) => r.id === 'four-lpr');
    expect(lpr?.label).toMatch(/private lending only/);
    expect(lpr?.sub).toMatch(/does not apply to licensed lenders/);
  });
});

describe('score display model', () => {
  it('shows the drop-off month and one report cell per month', () => {
    const scenario = SCORE_PRESETS['one-late-30'];
    const result = ok(simulateScore(scenario));
    const view = scoreView(result, scenario, 'en', t);
    expect(view.track).toHaveLength(scenario.months);
    expect(view.figures.find((f) => f.id === 'record')?.value).toBe(`Month ${result.events[0]?.dropOffMonth}`);
    expect(view.chart.series.filter((s) => !s.quiet).map((s) => s.label)).toEqual([en['sim.score.chart.score']]);
  });
});

describe('early-repayment display model', () => {
  const loan = ok(validateLoan(LOAN_PRESETS['jiebei-12']));
  const ask = (q: object) =>
    ok(earlyRepayment(loan, { month: 6, repay: 'all', amount: 0, adjust: 'shorten', fee: 'none', feeRate: 0, ...q }));

  it('says what repaying early saves, and when a fee outweighs it says so instead', () => {
    const saving = ask({});
    const view = earlyView(saving, 'equal-installment', 'en', t);
    expect(view.summary).toContain(`saves ¥${(saving.costSaved / 100).toFixed(2)}`);
    expect(view.table).toBeNull();
    expect(view.figures.find((f) => f.id === 'early-payment')?.value).toBe(en['sim.loan.early.fig.nothingLeft']);
    const costly = ask({ fee: 'percent', feeRate: 10 });
    expect(costly.netSaving).toBeLessThan(0);
    const loss = earlyView(costly, 'equal-installment', 'en', t);
    expect(loss.summary).toMatch(/^Repaying .* the fee of .* is more: you pay ¥[\d,.]+ more in all\.$/);
    expect(loss.figures[0]?.label).toBe(en['sim.loan.early.fig.netLoss']);
    for (const v of [view, loss, earlyView(costly, 'equal-installment', 'zh-cn', tz)]) {
      expect(v.summary).not.toMatch(/\{|NaN|undefined|-/);
    }
  });

  it('says so when a small repayment with a lower payment costs more, never "saves ¥-…"', () => {
    // 55 % a year over 30 years: a payment 20 fen lower repays the balance more slowly, which compounds.
    const steep = ok(
      validateLoan({
        principal: 8090396.62,
        rateType: 'annual',
        rate: 55.3495,
        term: 358,
        method: 'equal-installment',
        feeRate: 0,
      }),
    );
    const r = ok(
      earlyRepayment(steep, { month: 130, repay: 'part', amount: 0.23, adjust: 'lower', fee: 'none', feeRate: 0 }),
    );
    expect(r.costSaved).toBeLessThan(0);
    for (const [view, words] of [
      [earlyView(r, 'equal-installment', 'en', t), en],
      [earlyView(r, 'equal-installment', 'zh-cn', tz), zhCn],
    ] as const) {
      expect(view.summary).not.toMatch(/-|−|\{/);
      const extra = view.figures.find((f) => f.id === 'early-saved');
      expect(extra?.label).toBe(words['sim.loan.early.fig.extraInterest']);
      expect(extra?.value).not.toMatch(/-|−/);
    }
  });

  it('lists the new rows after month k with the schedule’s columns', () => {
    const part = ask({ repay: 'part', amount: 2000, adjust: 'lower' });
    const view = earlyView(part, 'equal-installment', 'zh-cn', tz);
    expect(view.table?.rows).toHaveLength(part.rows.length);
    expect(view.table?.rows[0]?.[0]).toBe(7);
    expect(view.table?.caption).toBe('第6期之后的新还款计划');
  });
});
