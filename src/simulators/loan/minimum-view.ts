import { fen, fenToYuan } from '../../engine/money';
import type { MinimumMonth, MinimumRepaymentResult } from '../../engine/minimum-repayment';
import type { Locale } from '../../i18n/locales';
import { formatNumber as number, formatYuan as yuan } from '../../i18n/format';
import type { SimTranslate } from '../shared/i18n';
import type { Figure } from '../shared/figure';
import { tableOf, type TableModel } from '../shared/table';

/**
 * Display model of a "pay only the minimum" answer (engine/minimum-repayment.ts): the sentence, the figures, the
 * installment plans to compare and the month-by-month table. Display only: every amount comes from the engine.
 */
export interface MinimumView {
  summary: string;
  figures: Figure[];
  installments: Figure[];
  table: TableModel;
}

export function minimumView(r: MinimumRepaymentResult, locale: Locale, t: SimTranslate): MinimumView {
  const y = (amount: number) => yuan(locale, fenToYuan(fen(amount)));
  const months = number(locale, r.months);
  const longest = r.installments.at(-1);
  const vars = {
    bill: y(r.bill),
    months,
    interest: y(r.totalInterest),
    paid: y(r.totalPaid),
    left: y(r.balanceLeft),
    term: number(locale, longest?.term ?? 0),
    fee: y(longest?.fee ?? 0),
  };
  const summary = t(r.cleared ? 'sim.loan.minimum.summary' : 'sim.loan.minimum.summaryNotCleared', vars);
  const figures: Figure[] = [
    {
      id: 'minimum-months',
      label: t('sim.loan.minimum.fig.months'),
      value: t(r.cleared ? 'sim.loan.minimum.fig.monthsValue' : 'sim.loan.minimum.fig.notCleared', { months }),
      ...(r.cleared ? {} : { sub: t('sim.loan.minimum.fig.leftNote', { left: vars.left }) }),
    },
    { id: 'minimum-interest', label: t('sim.loan.minimum.fig.interest'), value: vars.interest },
    {
      id: 'minimum-paid',
      label: t('sim.loan.minimum.fig.paid'),
      value: vars.paid,
      sub: t('sim.loan.minimum.fig.paidNote', { full: y(r.fullPaid) }),
    },
  ];
  const installments: Figure[] = r.installments.map((plan) => ({
    id: `minimum-plan-${plan.term}`,
    label: t('sim.loan.minimum.plan', { term: number(locale, plan.term) }),
    value: t('sim.loan.minimum.planFee', { fee: y(plan.fee) }),
    sub: t('sim.loan.minimum.planNote', { payment: y(plan.payment), paid: y(plan.paid) }),
  }));
  const table = tableOf<MinimumMonth>(
    t('sim.loan.minimum.table'),
    [
      { key: 'month', label: t('sim.loan.col.period'), kind: 'integer', cell: (row) => row.month },
      { key: 'interest', label: t('sim.loan.col.interest'), kind: 'money', cell: (row) => fenToYuan(row.interest) },
      { key: 'payment', label: t('sim.loan.col.payment'), kind: 'money', cell: (row) => fenToYuan(row.payment) },
      {
        key: 'balance',
        label: t('sim.loan.minimum.col.balance'),
        kind: 'money',
        cell: (row) => fenToYuan(row.balance),
      },
    ],
    r.rows,
  );
  return { summary, figures, installments, table };
}
