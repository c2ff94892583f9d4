import { fen, fenToYuan } from '../../engine/money';
import type { EarlyRepaymentResult } from '../../engine/early-repayment';
import type { LoanMethod } from '../../engine/scenario';
import type { Locale } from '../../i18n/locales';
import { formatNumber as number, formatYuan as yuan } from '../../i18n/format';
import type { SimTranslate } from '../shared/i18n';
import type { Figure } from '../shared/figure';
import type { TableModel } from '../shared/table';
import { scheduleTable } from './view';

/**
 * Display model of an early-repayment answer (engine/early-repayment.ts): the sentence, the figures and the new
 * schedule. Display only: every amount comes from the engine.
 */
export interface EarlyView {
  summary: string;
  figures: Figure[];
  /** The new rows after month k; null when nothing is left to pay. */
  table: TableModel | null;
  noRows: string;
}

export function earlyView(r: EarlyRepaymentResult, method: LoanMethod, locale: Locale, t: SimTranslate): EarlyView {
  const y = (amount: number) => yuan(locale, fenToYuan(fen(amount)));
  const month = number(locale, r.month);
  const isFee = method === 'fee-installment';
  const loss = r.netSaving < 0;
  // Repaying a little with a lower payment can cost more: the new payment is rounded to the fen, and a payment a few
  // fen lower repays the rest more slowly, which compounds over the months left (at high rates, noticeably).
  const costsMore = r.costSaved < 0;
  const summary = t(
    costsMore
      ? 'sim.loan.early.summaryCostsMore'
      : r.fee === 0
        ? 'sim.loan.early.summaryNoFee'
        : loss
          ? 'sim.loan.early.summaryLoss'
          : 'sim.loan.early.summary',
    {
      month,
      repaid: y(r.repaid),
      saved: y(r.costSaved),
      extra: y(-r.costSaved),
      fee: y(r.fee),
      net: y(Math.abs(r.netSaving)),
    },
  );
  const figures: Figure[] = [
    {
      id: 'early-net',
      label: t(loss ? 'sim.loan.early.fig.netLoss' : 'sim.loan.early.fig.net'),
      value: y(Math.abs(r.netSaving)),
    },
    {
      id: 'early-saved',
      label: t(
        costsMore
          ? 'sim.loan.early.fig.extraInterest'
          : isFee
            ? 'sim.loan.early.fig.savedFee'
            : 'sim.loan.early.fig.savedInterest',
      ),
      value: y(Math.abs(r.costSaved)),
      sub: t('sim.loan.early.fig.savedNote', { before: y(r.originalCost), after: y(r.cost) }),
    },
    { id: 'early-fee', label: t('sim.loan.early.fig.fee'), value: y(r.fee) },
    {
      id: 'early-payment',
      label: t('sim.loan.early.fig.payment'),
      value: r.newPayment === null ? t('sim.loan.early.fig.nothingLeft') : y(r.newPayment),
      ...(r.newPayment === null || r.originalPayment === null
        ? {}
        : { sub: t('sim.loan.early.fig.paymentNote', { before: y(r.originalPayment) }) }),
    },
    {
      id: 'early-last',
      label: t('sim.loan.early.fig.last'),
      value: t('sim.loan.early.fig.lastValue', { month: number(locale, r.lastMonth) }),
      sub: t('sim.loan.early.fig.lastNote', { before: number(locale, r.originalLastMonth) }),
    },
    {
      id: 'early-paid',
      label: t('sim.loan.early.fig.paid'),
      value: y(r.paid),
      sub: t('sim.loan.early.fig.paidNote', { repaid: y(r.repaid), before: y(r.originalPaid) }),
    },
  ];
  const costLabel = isFee ? t('sim.loan.col.fee') : t('sim.loan.col.interest');
  const caption = t('sim.loan.early.table', { month });
  return {
    summary,
    figures,
    table: r.rows.length > 0 ? scheduleTable(caption, costLabel, r.rows, t) : null,
    noRows: t('sim.loan.early.noRows', { month }),
  };
}
