import { fen, fenToYuan } from '../../engine/money';
import { FINANCIAL_LOAN_REDUCTION_LINE, FOUR_TIMES_LPR, LPR_AS_OF, LPR_ONE_YEAR } from '../../engine/constants';
import { headlineRate, loanNotices, type LoanNotice } from '../../engine/loan-notices';
import type { LoanResult, ScheduleRow } from '../../engine';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../shared/i18n';
import type { ChartSpec } from '../shared/chart-spec';
import { monthlyMoneyChart } from '../shared/month-chart';
import { tableOf, type TableModel } from '../shared/table';
import type { Figure } from '../shared/figure';
import { formatNumber as number, formatPercent as percent, formatYuan as yuan } from '../../i18n/format';

/**
 * Display model of a loan result: the words and numbers the loan island shows. Display only — every amount and
 * rate comes from the engine; this turns fen into formatted yuan and picks the sentence that fits the method.
 */
/**
 * 'over-24': the headline rate (the APR, or a bullet loan's simple annual rate) is above
 * {@link FINANCIAL_LOAN_REDUCTION_LINE}; 'up-to-24' otherwise (or no rate).
 */
export type AprBand = 'up-to-24' | 'over-24';

export interface LoanView {
  summary: string;
  /** Where the true annual rate stands against the 24 % line courts apply to financial-institution loans. */
  aprBand: AprBand;
  /** The headline rate against the lines that matter, each saying whom it applies to. */
  rates: Figure[];
  /** Sentences to read before the figures (tiny loans, ¥0.00 months, long lump-sum terms); often none. */
  notices: string[];
  figures: Figure[];
  chartSummary: string;
  chart: ChartSpec;
  table: TableModel;
}

export function loanView(result: LoanResult, locale: Locale, t: SimTranslate): LoanView {
  // Every amount here is engine fen or a sum of them.
  const y = (amount: number) => yuan(locale, fenToYuan(fen(amount)));
  const rows = result.rows;
  const first = rows.find((row) => row.payment > 0) ?? rows[0];
  const last = rows[rows.length - 1];
  const isFee = result.costKind === 'fee';
  const costLabel = isFee ? t('sim.loan.col.fee') : t('sim.loan.col.interest');
  const rate = (value: number | null) => (value === null ? t('sim.loan.noApr') : percent(locale, value));
  const headline = headlineRate(result);
  const isSimple = headline.kind === 'simple';
  const apr = rate(result.apr);
  const ear = rate(result.ear);

  const summaryVars = {
    principal: y(result.principal),
    paid: y(result.totals.paid),
    months: number(locale, result.term),
    cost: y(result.totals.interestAndFees),
    apr,
    rate: rate(headline.value),
  };
  // Money kept back at payout: the sentence starts from what the reader actually got (the rate is measured on it).
  const kept = result.received < result.principal;
  const summary = kept
    ? t('sim.loan.summary.kept', {
        ...summaryVars,
        received: y(result.received),
        extra: y(result.totals.paid - result.received),
      })
    : t(
        isSimple ? 'sim.loan.summary.bullet' : isFee ? 'sim.loan.summary.fee' : 'sim.loan.summary.interest',
        summaryVars,
      );

  const paymentSub = t(`sim.loan.paymentNote.${result.method}`, {
    first: y(first?.payment ?? 0),
    last: y(last?.payment ?? 0),
    months: number(locale, result.term),
  });

  const figures: Figure[] = [
    { id: 'payment', label: t('sim.loan.fig.payment'), value: y(first?.payment ?? 0), sub: paymentSub },
    // Money kept back at payout (砍头息): what the reader actually got, and what the law makes of it.
    ...(result.received < result.principal
      ? [
          {
            id: 'received',
            label: t('sim.loan.fig.received'),
            value: y(result.received),
            sub: t('sim.loan.fig.receivedNote', { kept: y(result.principal - result.received) }),
          },
        ]
      : []),
    { id: 'paid', label: t('sim.loan.fig.paid'), value: y(result.totals.paid) },
    {
      id: 'cost',
      label: isFee ? t('sim.loan.fig.costFee') : t('sim.loan.fig.costInterest'),
      value: y(result.totals.interestAndFees),
    },
    // A single payment at the end: the simple rate is what the interest comes to a year (see loan-notices.ts);
    // an IRR × 12 would read lower than the rate charged, and compounding does not apply.
    ...(isSimple
      ? [
          {
            id: 'simple',
            label: t('sim.loan.fig.simple'),
            value: rate(headline.value),
            sub: t('sim.loan.fig.simpleNote'),
          },
        ]
      : [
          { id: 'apr', label: t('sim.loan.fig.apr'), value: apr, sub: t('sim.loan.fig.aprNote') },
          { id: 'ear', label: t('sim.loan.fig.ear'), value: ear, sub: t('sim.loan.fig.earNote') },
        ]),
    {
      id: 'nominal',
      label: isFee ? t('sim.loan.fig.nominalFee') : t('sim.loan.fig.nominal'),
      value: `${percent(locale, result.annualRate360)} · ${percent(locale, result.annualRate365)}`,
      sub: t('sim.loan.fig.nominalNote', { daily: percent(locale, result.dailyRate, 4) }),
    },
  ];

  // Month 0 is the day the money arrives: balance = principal, nothing paid yet.
  const balance = [{ x: 0, y: fenToYuan(result.principal) }];
  const paidCost = [{ x: 0, y: 0 }];
  let costSoFar = 0;
  for (const row of rows) {
    costSoFar += row.interest;
    balance.push({ x: row.period, y: fenToYuan(row.balance) });
    paidCost.push({ x: row.period, y: fenToYuan(fen(costSoFar)) });
  }

  const chart = monthlyMoneyChart(
    [
      { label: t('sim.loan.chart.balance'), points: balance, tone: 'c1', fill: 'origin', stepped: true },
      {
        label: isFee ? t('sim.loan.chart.feesPaid') : t('sim.loan.chart.interestPaid'),
        points: paidCost,
        tone: 'c2',
        stepped: true,
      },
    ],
    result.term,
    locale,
    t,
  );

  const chartSummary = t(isFee ? 'sim.loan.chart.summary.fee' : 'sim.loan.chart.summary.interest', {
    principal: y(result.principal),
    months: number(locale, result.term),
    cost: y(result.totals.interestAndFees),
  });

  const table = scheduleTable(t('sim.loan.table.caption'), costLabel, rows, t);

  const aprBand: AprBand =
    headline.value !== null && headline.value > FINANCIAL_LOAN_REDUCTION_LINE ? 'over-24' : 'up-to-24';
  const notices = loanNotices(result).map((notice) => noticeText(notice, result.term, locale, t));
  // The 36 % line of the illegal-lending opinions is left out: the project's sources have not confirmed its text.
  const against = (line: number) =>
    headline.value !== null && headline.value > line ? t('sim.loan.rate.above') : t('sim.loan.rate.notAbove');
  const rates: Figure[] = [
    {
      id: 'line-24',
      label: t('sim.loan.rate.line24', { line: percent(locale, FINANCIAL_LOAN_REDUCTION_LINE, 0) }),
      value: against(FINANCIAL_LOAN_REDUCTION_LINE),
      sub: t('sim.loan.rate.line24Note'),
    },
    {
      id: 'line-lpr',
      label: t('sim.loan.rate.lprLine', { line: percent(locale, FOUR_TIMES_LPR, 0) }),
      value: against(FOUR_TIMES_LPR),
      sub: t('sim.loan.rate.lprNote', { lpr: percent(locale, LPR_ONE_YEAR, 1), date: LPR_AS_OF }),
    },
  ];
  return { summary, aprBand, rates, notices, figures, chartSummary, chart, table };
}

/** Schedule rows as the month-by-month table (also the early-repayment section's new schedule). */
export function scheduleTable(
  caption: string,
  costLabel: string,
  rows: readonly ScheduleRow[],
  t: SimTranslate,
): TableModel {
  return tableOf(
    caption,
    [
      { key: 'period', label: t('sim.loan.col.period'), kind: 'integer', cell: (row) => row.period },
      { key: 'payment', label: t('sim.loan.col.payment'), kind: 'money', cell: (row) => fenToYuan(row.payment) },
      { key: 'principal', label: t('sim.loan.col.principal'), kind: 'money', cell: (row) => fenToYuan(row.principal) },
      { key: 'interest', label: costLabel, kind: 'money', cell: (row) => fenToYuan(row.interest) },
      { key: 'balance', label: t('sim.loan.col.balance'), kind: 'money', cell: (row) => fenToYuan(row.balance) },
    ],
    rows,
  );
}

/** One notice of the engine (loan-notices.ts) as a sentence. */
function noticeText(notice: LoanNotice, term: number, locale: Locale, t: SimTranslate): string {
  switch (notice.code) {
    case 'rounding':
      return t('sim.loan.notice.rounding', {
        shown: notice.shown === null ? t('sim.loan.noApr') : percent(locale, notice.shown),
        unrounded: percent(locale, notice.unrounded),
      });
    case 'zero-payments':
      return t('sim.loan.notice.zeroPayments', {
        count: number(locale, notice.count),
        months: number(locale, term),
        zero: yuan(locale, 0),
      });
    case 'long-bullet':
      return t('sim.loan.notice.longBullet', { max: number(locale, notice.maxMonths) });
  }
}
