import type { ReportCode, ScoreResult, ScoreScenario } from '../../engine';
import { HTML_LANG, type Locale } from '../../i18n/locales';
import type { SimTranslate } from '../shared/i18n';
import type { ChartSpec } from '../shared/chart-spec';
import { tableOf, type TableModel } from '../shared/table';
import { formatNumber as number, formatYuan as yuan } from '../../i18n/format';
import type { Figure } from '../shared/figure';

/**
 * Display model of the illustrative score: sentences, figures, the band chart, the report track and the month
 * table. Display only — scores, codes and drop-off months come from the engine (simulateScore).
 */
export interface ScoreView {
  summary: string;
  figures: Figure[];
  events: string[];
  chart: ChartSpec;
  chartSummary: string;
  track: { label: string; code: ReportCode; visible: boolean }[];
  table: TableModel;
}

export function scoreView(result: ScoreResult, scenario: ScoreScenario, locale: Locale, t: SimTranslate): ScoreView {
  const n = (value: number) => number(locale, Math.round(value));
  const series = result.series;
  const start = series[0]?.score ?? scenario.start;
  const months = scenario.months;
  // The record is visible until the latest drop-off month of all events; null if an event is never settled.
  const dropOffs = result.events.map((e) => e.dropOffMonth);
  const unsettled = dropOffs.some((m) => m === null);
  const lastDropOff = dropOffs.reduce<number>((max, m) => Math.max(max, m ?? 0), 0);

  const record =
    result.events.length === 0
      ? t('sim.score.record.none')
      : unsettled
        ? t('sim.score.record.unsettled')
        : t('sim.score.record.until', { month: n(lastDropOff) });

  const summary =
    result.events.length === 0
      ? t('sim.score.summary.clean', { start: n(start), final: n(result.final), months: n(months) })
      : t('sim.score.summary', {
          start: n(start),
          lowest: n(result.lowest.score),
          lowestMonth: n(result.lowest.month),
          final: n(result.final),
          months: n(months),
        });

  const figures: Figure[] = [
    { id: 'start', label: t('sim.score.fig.start'), value: n(start) },
    {
      id: 'lowest',
      label: t('sim.score.fig.lowest'),
      value: n(result.lowest.score),
      sub: t('sim.axis.monthN', { n: n(result.lowest.month) }),
    },
    {
      id: 'final',
      label: t('sim.score.fig.final', { months: n(months) }),
      value: n(result.final),
      sub: t('sim.score.fig.band', {
        low: n(series[series.length - 1]?.low ?? result.final),
        high: n(series[series.length - 1]?.high ?? result.final),
      }),
    },
    {
      id: 'record',
      label: t('sim.score.fig.record'),
      value:
        result.events.length === 0
          ? '—'
          : unsettled
            ? t('sim.score.fig.recordOpen')
            : t('sim.axis.monthN', { n: n(lastDropOff) }),
    },
  ];

  const events = result.events.map((e, i) => {
    const typed = scenario.events[i];
    return t(e.settledMonth === null ? 'sim.score.event.open' : 'sim.score.event.closed', {
      index: n(i + 1),
      dpd: n(typed?.dpd ?? 0),
      amount: yuan(locale, typed?.amount ?? 0),
      month: n(e.month),
      settled: n(e.settledMonth ?? 0),
      drop: n(e.drop),
      until: n(e.dropOffMonth ?? 0),
    });
  });

  const chart: ChartSpec = {
    series: [
      {
        label: t('sim.score.chart.low'),
        points: series.map((p) => ({ x: p.month, y: p.low })),
        tone: 'c1',
        quiet: true,
      },
      {
        label: t('sim.score.chart.band'),
        points: series.map((p) => ({ x: p.month, y: p.high })),
        tone: 'c1',
        fill: '-1',
        quiet: true,
      },
      { label: t('sim.score.chart.score'), points: series.map((p) => ({ x: p.month, y: p.score })), tone: 'c3' },
    ],
    xTitle: t('sim.axis.month'),
    yTitle: t('sim.axis.score'),
    lang: HTML_LANG[locale],
    yKind: 'number',
    yFromZero: false,
    xMin: 0,
    xMax: months,
    xHeading: (x) => t('sim.axis.monthN', { n: n(x) }),
  };
  const chartSummary = t('sim.score.chart.summary', {
    start: n(start),
    lowest: n(result.lowest.score),
    final: n(result.final),
    record,
  });

  const track = series
    .slice(1)
    .map((p) => ({ label: t('sim.score.monthShort', { n: n(p.month) }), code: p.code, visible: p.negativeRecord }));

  const table = tableOf(
    t('sim.score.table.caption'),
    [
      { key: 'month', label: t('sim.score.col.month'), kind: 'integer', cell: (p) => p.month },
      { key: 'score', label: t('sim.score.col.score'), kind: 'integer', cell: (p) => Math.round(p.score) },
      { key: 'low', label: t('sim.score.col.low'), kind: 'integer', cell: (p) => Math.round(p.low) },
      { key: 'high', label: t('sim.score.col.high'), kind: 'integer', cell: (p) => Math.round(p.high) },
      { key: 'code', label: t('sim.score.col.code'), kind: 'text', cell: (p) => (p.month === 0 ? '' : p.code) },
      {
        key: 'record',
        label: t('sim.score.col.record'),
        kind: 'text',
        cell: (p) => (p.negativeRecord ? t('sim.score.yes') : t('sim.score.no')),
      },
    ],
    series,
  );

  return { summary, figures, events, chart, chartSummary, track, table };
}
