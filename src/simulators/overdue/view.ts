import { STAGES } from '../../engine/stages';
import { addDaysIso } from '../../engine/dates';
import { fen, fenToYuan } from '../../engine/money';
import type { OverdueDay, OverdueResult, StageId } from '../../engine';
import { HTML_LANG, type Locale } from '../../i18n/locales';
import type { SimTranslate } from '../shared/i18n';
import type { ChartBand, ChartPoint, ChartSpec } from '../shared/chart-spec';
import { tableOf, type TableModel } from '../shared/table';
import { formatNumber as number, formatPercent as percent, formatYuan as yuan } from '../../i18n/format';
import { everyNth } from '../shared/sample';
import { stageRange } from './stage-range';
import type { Figure } from '../shared/figure';

/**
 * Display model of an overdue result: sentences, figures, the stacked chart with stage bands, the day table and
 * the comparison text. Display only — every amount, stage and code comes from the engine.
 */
export interface OverdueView {
  summary: string;
  figures: Figure[];
  /** The penalty rate beside the loan's APR and the 4 × LPR reference (labelled: private lending only). */
  rates: Figure[];
  chart: ChartSpec;
  chartSummary: string;
  table: TableModel;
  /** Stage on the last day shown (null: nothing owed). */
  stage: StageId | null;
  lastDay: number;
}

/** The chart draws at most this many points; the engine's daily series can be 1,826 days long. */
const MAX_CHART_POINTS = 400;
/** The table lists every day up to this length, then every n-th day (always with each stage's first day and the last day). */
const MAX_TABLE_ROWS = 90;

export function overdueView(result: OverdueResult, locale: Locale, t: SimTranslate): OverdueView {
  // Every amount here is engine fen or a sum of them.
  const y = (amount: number) => yuan(locale, fenToYuan(fen(amount)));
  const days = result.days;
  const last = result.final;
  const lastDay = days.length - 1;
  const shownDay = result.settledDay ?? lastDay;
  const shown = days[shownDay] ?? last;
  const stageName = (id: StageId | null) => (id ? t(`sim.overdue.stage.${id}`) : t('sim.overdue.noStage'));

  const summary =
    result.settledDay === null
      ? t('sim.overdue.summary', {
          days: number(locale, lastDay),
          total: y(last.total),
          principal: y(last.overduePrincipal),
          interest: y(last.unpaidInterest + last.fees),
          penalty: y(last.penalty),
          stage: stageName(last.stage),
        })
      : t('sim.overdue.summaryPaid', {
          day: number(locale, result.settledDay),
          paid: y(result.paid ?? 0),
          penalty: y(shown.penalty),
          stage: stageName(shown.stage),
        });

  // Engine totals with acceleration off and compound interest flipped (null: no difference), shown beside the result.
  const { withoutAcceleration, compoundFlipped } = result.compare;
  const figures: Figure[] = [
    {
      id: 'total',
      label:
        result.settledDay === null
          ? t('sim.overdue.fig.total', { day: number(locale, lastDay) })
          : t('sim.overdue.fig.paid', { day: number(locale, shownDay) }),
      value: y(shown.total),
      sub:
        withoutAcceleration === null
          ? undefined
          : t('sim.overdue.fig.withoutAcceleration', { total: y(withoutAcceleration) }),
    },
    {
      id: 'penalty',
      label: t('sim.overdue.fig.penalty'),
      value: y(shown.penalty),
      // The total with compound interest the other way: on when the result has it off, off when on.
      sub:
        compoundFlipped === null
          ? undefined
          : t(result.penaltyOnInterestAndFees ? 'sim.overdue.fig.withoutCompound' : 'sim.overdue.fig.withCompound', {
              total: y(compoundFlipped),
            }),
    },
    { id: 'principal', label: t('sim.overdue.fig.principal'), value: y(shown.overduePrincipal) },
    { id: 'interest', label: t('sim.overdue.fig.interest'), value: y(shown.unpaidInterest + shown.fees) },
    { id: 'stage', label: t('sim.overdue.fig.stage'), value: stageName(shown.stage) },
  ];

  const rates: Figure[] = [
    {
      id: 'penalty-rate',
      label: t('sim.overdue.rate.penalty'),
      value: `${percent(locale, result.penaltyDailyRate, 4)} · ${percent(locale, result.penaltyAnnualRate360)}`,
      sub: t(
        result.penaltyOnInterestAndFees ? 'sim.overdue.rate.penaltyBaseAll' : 'sim.overdue.rate.penaltyBasePrincipal',
      ),
    },
    {
      id: 'loan-apr',
      label: t('sim.overdue.rate.apr'),
      value: result.reference.apr === null ? t('sim.overdue.rate.none') : percent(locale, result.reference.apr),
    },
    {
      id: 'four-lpr',
      label: t('sim.overdue.rate.lpr'),
      value: percent(locale, result.reference.fourTimesLpr, 0),
      sub: t('sim.overdue.rate.lprNote', { date: result.reference.lprAsOf }),
    },
  ];

  // Stacked areas: each line is a running total, the readout shows each part on its own.
  const sampled = everyNth(days, Math.ceil(days.length / MAX_CHART_POINTS));
  const stack = (part: (d: OverdueDay) => number, below: (d: OverdueDay) => number): ChartPoint[] =>
    sampled.map((d) => ({ x: d.day, y: fenToYuan(fen(below(d) + part(d))), v: fenToYuan(fen(part(d))) }));
  const principalOf = (d: OverdueDay) => d.overduePrincipal;
  const interestOf = (d: OverdueDay) => fen(d.unpaidInterest + d.fees);
  const chart: ChartSpec = {
    series: [
      { label: t('sim.overdue.chart.principal'), points: stack(principalOf, () => 0), tone: 'c1', fill: 'origin' },
      { label: t('sim.overdue.chart.interest'), points: stack(interestOf, principalOf), tone: 'c3', fill: '-1' },
      {
        label: t('sim.overdue.chart.penalty'),
        points: stack(
          (d) => d.penalty,
          (d) => principalOf(d) + interestOf(d),
        ),
        tone: 'c4',
        fill: '-1',
      },
    ],
    bands: stageBands(lastDay, locale, t),
    xTitle: t('sim.axis.day'),
    // The axis starts near the amount due, not at 0: otherwise a month of penalty interest on a loan is a
    // hairline on top of the principal. The axis title says so.
    yTitle: t('sim.axis.yuanNotZero'),
    lang: HTML_LANG[locale],
    yKind: 'money',
    yFromZero: false,
    xMin: 0,
    xMax: Math.max(1, lastDay),
    xHeading: (x) => t('sim.axis.dayN', { n: number(locale, x) }),
  };
  const reached = STAGES.filter((stage) => stage.minDpd <= last.dpd || stage.minDpd <= shown.dpd).length;
  const chartSummary = t('sim.overdue.chart.summary', {
    start: y(days[0]?.total ?? 0),
    end: y(shown.total),
    day: number(locale, shownDay),
    stages: number(locale, Math.max(1, reached)),
  });

  const table = tableOf(
    t('sim.overdue.table.caption'),
    [
      { key: 'day', label: t('sim.overdue.col.day'), kind: 'integer', cell: (d) => d.day },
      {
        key: 'date',
        label: t('sim.overdue.col.date'),
        kind: 'text',
        cell: (d) => addDaysIso(result.dueDate, d.day) ?? '',
      },
      { key: 'stage', label: t('sim.overdue.col.stage'), kind: 'text', cell: (d) => stageName(d.stage) },
      {
        key: 'principal',
        label: t('sim.overdue.col.principal'),
        kind: 'money',
        cell: (d) => fenToYuan(d.overduePrincipal),
      },
      { key: 'interest', label: t('sim.overdue.col.interest'), kind: 'money', cell: (d) => fenToYuan(interestOf(d)) },
      { key: 'penalty', label: t('sim.overdue.col.penalty'), kind: 'money', cell: (d) => fenToYuan(d.penalty) },
      { key: 'total', label: t('sim.overdue.col.total'), kind: 'money', cell: (d) => fenToYuan(d.total) },
    ],
    tableDays(days),
  );

  return { summary, figures, rates, chart, chartSummary, table, stage: shown.stage, lastDay };
}

/** Collection stages as shaded x-ranges, clipped to the days simulated. */
function stageBands(lastDay: number, locale: Locale, t: SimTranslate): ChartBand[] {
  return STAGES.filter((stage) => stage.minDpd <= lastDay).map((stage) => ({
    from: stage.minDpd,
    to: stage.maxDpd === null ? lastDay : Math.min(stage.maxDpd + 1, lastDay),
    label: t(`sim.overdue.stage.${stage.id}`),
    range: stageRange(stage, locale, t),
  }));
}

/** Every day of a short series; for a long one every n-th day plus the first day of each stage and the last day. */
function tableDays(days: readonly OverdueDay[]): OverdueDay[] {
  if (days.length <= MAX_TABLE_ROWS) return [...days];
  const step = Math.ceil(days.length / MAX_TABLE_ROWS);
  const starts = new Set(STAGES.map((stage) => stage.minDpd));
  return days.filter((d, i) => i % step === 0 || starts.has(d.day) || i === days.length - 1);
}
