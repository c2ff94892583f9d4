import type { CompareResult, OfferResult } from '../../engine/compare';
import { fen, fenToYuan } from '../../engine/money';
import type { OfferId } from '../../engine/scenario';
import type { Locale } from '../../i18n/locales';
import { formatNumber as number, formatPercent as percent, formatYuan as yuan } from '../../i18n/format';
import type { ChartSeries, ChartSpec, ChartTone } from '../shared/chart-spec';
import { monthlyMoneyChart } from '../shared/month-chart';
import type { Figure } from '../shared/figure';
import type { SimKey, SimTranslate } from '../shared/i18n';
import { tableOf, type TableModel } from '../shared/table';

/**
 * Display model of an offer comparison: the sentence, the winners, the offers side by side (one column each, so
 * three offers still fit a phone), and what each has cost by each month. Display only: every amount and rate comes
 * from the engine (compare.ts).
 */
export interface CompareView {
  summary: string;
  figures: Figure[];
  comparison: ComparisonTable;
  chartSummary: string;
  chart: ChartSpec;
  table: TableModel;
}

/** The offers side by side: one row per measure, one column per offer. */
export interface ComparisonTable {
  caption: string;
  /** The offers' names, in column order. */
  offers: string[];
  rows: { id: string; label: string; cells: string[]; best: boolean[] }[];
}

const TONES: Record<OfferId, ChartTone> = { a: 'c1', b: 'c2', c: 'c3' };

export function compareView(result: CompareResult, locale: Locale, t: SimTranslate): CompareView {
  const y = (amount: number) => yuan(locale, fenToYuan(fen(amount)));
  const name = (id: OfferId) => t(`sim.compare.offer.${id}` as SimKey);
  const names = (ids: readonly OfferId[]) => ids.map(name).join(t('sim.compare.listSeparator'));
  const rate = (offer: OfferResult) =>
    offer.rate.value === null ? t('sim.compare.noRate') : percent(locale, offer.rate.value);
  const { offers } = result;
  const byId = (id: OfferId | undefined) => offers.find((offer) => offer.id === id);
  const cheapest = byId(result.cheapest[0]);
  const lowest = byId(result.lowestRate[0]);
  const dearest = offers.reduce((a, b) => (b.cost > a.cost ? b : a));
  const gap = cheapest ? dearest.cost - cheapest.cost : 0;

  const vars = {
    count: number(locale, offers.length),
    cheapest: names(result.cheapest),
    cost: cheapest ? y(cheapest.cost) : '',
    lowest: names(result.lowestRate),
    rate: lowest ? rate(lowest) : t('sim.compare.noRate'),
    dearest: name(dearest.id),
    gap: y(gap),
  };
  const sameRate = result.lowestRate.length === offers.length;
  const summary = t(
    !result.like
      ? 'sim.compare.summary.unlike'
      : gap === 0
        ? 'sim.compare.summary.same'
        : sameRate
          ? 'sim.compare.summary.sameRate'
          : result.cheapest.some((id) => result.lowestRate.includes(id))
            ? 'sim.compare.summary.like'
            : 'sim.compare.summary.split',
    vars,
  );

  const figures: Figure[] = [
    {
      id: 'cheapest',
      label: t('sim.compare.fig.cheapest'),
      value: vars.cheapest,
      sub: t('sim.compare.fig.cheapestNote', { cost: vars.cost }),
    },
    {
      id: 'lowest-rate',
      label: t('sim.compare.fig.lowestRate'),
      value: sameRate && offers.length > 1 ? t('sim.compare.fig.allSame') : vars.lowest,
      sub: vars.rate,
    },
    {
      id: 'gap',
      label: t('sim.compare.fig.gap'),
      value: vars.gap,
      sub:
        gap === 0
          ? t('sim.compare.fig.gapNone')
          : t('sim.compare.fig.gapNote', { dearest: vars.dearest, cheapest: name(cheapest?.id ?? 'a') }),
    },
  ];

  const row = (id: string, cell: (offer: OfferResult) => string, best: readonly OfferId[] = []) => ({
    id,
    label: t(`sim.compare.row.${id}` as SimKey),
    cells: offers.map(cell),
    best: offers.map((offer) => offers.length > 1 && best.length < offers.length && best.includes(offer.id)),
  });
  const firstPayment = (offer: OfferResult) => offer.loan.rows.find((r) => r.payment > 0)?.payment ?? 0;
  const comparison: ComparisonTable = {
    caption: t('sim.compare.table.caption'),
    offers: offers.map((offer) => name(offer.id)),
    rows: [
      row('method', (offer) => t(`sim.field.method.${offer.loan.method}` as SimKey)),
      row('received', (offer) => y(offer.loan.received)),
      row('months', (offer) => number(locale, offer.loan.term)),
      row('payment', (offer) => y(firstPayment(offer))),
      row('last', (offer) => y(offer.loan.rows[offer.loan.rows.length - 1]?.payment ?? 0)),
      row('paid', (offer) => y(offer.loan.totals.paid)),
      row('cost', (offer) => y(offer.cost), result.cheapest),
      row(
        'rate',
        (offer) => (offer.rate.kind === 'simple' ? t('sim.compare.simpleRate', { rate: rate(offer) }) : rate(offer)),
        result.lowestRate,
      ),
    ],
  };

  // What each offer has cost by the end of each month: money kept back counts from month 0, when it is kept.
  const longest = Math.max(...offers.map((offer) => offer.loan.term));
  const costSoFar = offers.map((offer) => {
    const points = [offer.loan.principal - offer.loan.received];
    for (let month = 1; month <= longest; month++) {
      points.push((points[month - 1] ?? 0) + (offer.loan.rows[month - 1]?.interest ?? 0));
    }
    return points;
  });
  const series: ChartSeries[] = offers.map((offer, i) => ({
    label: name(offer.id),
    points: (costSoFar[i] ?? []).map((cost, month) => ({ x: month, y: fenToYuan(fen(cost)) })),
    tone: TONES[offer.id],
    stepped: true,
    dashed: i === 1,
  }));
  const chart = monthlyMoneyChart(series, longest, locale, t);
  const chartSummary = t('sim.compare.chart.summary', {
    list: offers
      .map((offer) =>
        t('sim.compare.chart.item', {
          offer: name(offer.id),
          cost: y(offer.cost),
          months: number(locale, offer.loan.term),
        }),
      )
      .join(t('sim.compare.listSeparator')),
  });
  const months = Array.from({ length: longest + 1 }, (_, month) => month);
  const table = tableOf(
    t('sim.compare.chart.tableCaption'),
    [
      { key: 'month', label: t('sim.axis.month'), kind: 'integer', cell: (month: number) => month },
      ...offers.map((offer, i) => ({
        key: offer.id,
        label: name(offer.id),
        kind: 'money' as const,
        cell: (month: number) => fenToYuan(fen(costSoFar[i]?.[month] ?? 0)),
      })),
    ],
    months,
  );
  return { summary, figures, comparison, chartSummary, chart, table };
}
