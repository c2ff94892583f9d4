import type { TableModel } from './table';

/**
 * What a chart shows, as plain data. Islands build a ChartSpec from engine results (no chart.js import), and
 * chart-setup.ts — loaded only when the chart scrolls into view — turns it into a chart.js configuration.
 */

/** Colour roles; the actual colours come from CSS custom properties, so they follow the theme (see chart-theme.ts). */
export type ChartTone = 'c1' | 'c2' | 'c3' | 'c4' | 'c5';

export interface ChartPoint {
  x: number;
  y: number;
  /** The value the hover readout shows, when it differs from y (stacked areas draw running totals). */
  v?: number;
}

export interface ChartSeries {
  label: string;
  points: ChartPoint[];
  tone: ChartTone;
  /** Fill the area under the line down to the previous series (stacked areas) or the x axis. */
  fill?: 'origin' | '-1' | false;
  dashed?: boolean;
  /** Draw as steps (values that change on a given day and stay). */
  stepped?: boolean;
  /** Drawn thin and left out of the hover readout (the edges of an uncertainty band). */
  quiet?: boolean;
}

/** A shaded x-range behind the lines: the collection stages on the overdue chart. */
export interface ChartBand {
  from: number;
  to: number;
  label: string;
  /** The band's x range in words ("Days 31–90"), for the list of bands under the chart. */
  range: string;
}

export interface ChartSpec {
  series: ChartSeries[];
  bands?: ChartBand[];
  xTitle: string;
  yTitle: string;
  /** BCP 47 tag for tick and tooltip numbers. */
  lang: string;
  /** How the y values read: money in yuan, or a plain number (a score). */
  yKind: 'money' | 'number';
  /** The y axis starts at 0 (amounts), or fits the data (scores). */
  yFromZero: boolean;
  xMin?: number;
  xMax?: number;
  /** Heading of the hover readout for an x value, e.g. 'Day 30'. */
  xHeading: (x: number) => string;
}

/** What a simulator's view gives its chart panel: the sentence, the chart, and the same data as a table. */
export interface ChartView {
  chartSummary: string;
  chart: ChartSpec;
  table: TableModel;
}

/** Colours read from the theme. */
export interface ChartPalette {
  tones: Record<ChartTone, string>;
  text: string;
  grid: string;
  band: [string, string];
  surface: string;
}
