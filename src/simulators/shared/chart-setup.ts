/**
 * The only module that imports chart.js. It is loaded with a dynamic import() when a chart is about to scroll into
 * view (ChartPanel.svelte), so the page's initial JavaScript carries no chart code. Only the pieces the
 * simulators draw are registered — line charts on linear axes and area fills. There is no chart.js tooltip
 * (5 KB gzip): a hover/touch readout under the chart (ChartPanel) shows the values instead, and the data table
 * is the accessible equivalent of every chart.
 */
import {
  Chart,
  Filler,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import type { ChartBand, ChartPalette, ChartSpec } from './chart-spec';
import { onThemeChange, readPalette } from './chart-theme';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler);

type LineChart = Chart<'line', { x: number; y: number }[]>;

export interface ChartHandle {
  update(spec: ChartSpec): void;
  destroy(): void;
}

interface Decorations {
  bands: ChartBand[];
  palette: ChartPalette;
  /** The x value under the pointer, marked with a thin vertical line; null when the pointer is away. */
  hoverX: number | null;
}

/** Called with the values under the pointer as one line of text ('Day 30 · Overdue principal ¥900.00 · …'), or '' when it leaves. */
export type ReadoutListener = (text: string) => void;

/** Shaded stage bands behind the data and a hover line; a few lines instead of a plugin package. */
function decorationsPlugin(state: Decorations): Plugin<'line'> {
  return {
    id: 'loanlensDecorations',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales } = chart;
      const x = scales.x;
      if (!x) return;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      state.bands.forEach((band, i) => {
        const left = Math.max(area.left, x.getPixelForValue(band.from));
        const right = Math.min(area.right, x.getPixelForValue(band.to));
        if (right <= left) return;
        ctx.fillStyle = i % 2 === 0 ? state.palette.band[0] : state.palette.band[1];
        ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
        // Label only bands wide enough to hold it; the stage list under the chart names every stage anyway.
        const width = ctx.measureText(band.label).width;
        if (right - left > width + 8) {
          ctx.fillStyle = state.palette.text;
          ctx.fillText(band.label, left + 4, area.top + 4);
        }
      });
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      if (state.hoverX === null || !x) return;
      const { ctx, chartArea: area } = chart;
      const px = x.getPixelForValue(state.hoverX);
      ctx.save();
      ctx.strokeStyle = state.palette.text;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(px, area.top);
      ctx.lineTo(px, area.bottom);
      ctx.stroke();
      ctx.restore();
    },
  };
}

function datasets(spec: ChartSpec, palette: ChartPalette): ChartDataset<'line', { x: number; y: number }[]>[] {
  return spec.series.map((series) => {
    const colour = palette.tones[series.tone];
    return {
      label: series.label,
      data: series.points,
      borderColor: colour,
      backgroundColor: series.fill ? withAlpha(colour, 0.22) : colour,
      fill: series.fill ?? false,
      borderDash: series.dashed ? [6, 4] : [],
      borderWidth: series.quiet ? 1 : 2.5,
      stepped: series.stepped ? 'before' : false,
      pointRadius: 0,
      pointHoverRadius: 0,
      tension: 0,
    };
  });
}

/** The values of every named series at `x`, formatted for the chart's language (same Intl options as numbers.ts). */
function readoutAt(spec: ChartSpec, x: number): string {
  const format =
    spec.yKind === 'money'
      ? new Intl.NumberFormat(spec.lang, {
          style: 'currency',
          currency: 'CNY',
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        })
      : new Intl.NumberFormat(spec.lang, { maximumFractionDigits: 0 });
  const parts = spec.series
    .filter((series) => !series.quiet)
    .flatMap((series) => {
      const point = series.points.find((p) => p.x === x);
      if (!point) return [];
      const value = point.v ?? point.y;
      return [`${series.label} ${format.format(value)}`];
    });
  return [spec.xHeading(x), ...parts].join(' · ');
}

/** The x of the first series' point closest to `x` (the series share their x values). */
function nearestX(spec: ChartSpec, x: number): number | null {
  const points = spec.series[0]?.points ?? [];
  let best: number | null = null;
  for (const point of points) if (best === null || Math.abs(point.x - x) < Math.abs(best - x)) best = point.x;
  return best;
}

/** '#0a6660' or 'rgb(…)' → the same colour at `alpha`; chart areas are tinted, lines stay solid. */
function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex?.[1]) {
    const n = Number.parseInt(hex[1], 16);
    return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
  }
  return colour;
}

function configure(
  spec: ChartSpec,
  palette: ChartPalette,
  decorations: Decorations,
  onHover: (x: number | null) => void,
): ChartConfiguration<'line', { x: number; y: number }[]> {
  const money = moneyTickLabels(spec.lang);
  const plain = new Intl.NumberFormat(spec.lang, { maximumFractionDigits: 0 });
  return {
    type: 'line',
    data: { datasets: datasets(spec, palette) },
    plugins: [decorationsPlugin(decorations)],
    options: {
      // Figures must follow an input within a frame; animation would only delay them.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      events: ['mousemove', 'mouseout', 'touchstart', 'touchmove'],
      onHover: (event, _elements, chart) => {
        const x = chart.scales.x;
        const inside =
          event.type !== 'mouseout' &&
          event.x !== null &&
          x &&
          event.x >= chart.chartArea.left &&
          event.x <= chart.chartArea.right;
        onHover(inside && x ? (x.getValueForPixel(event.x ?? 0) ?? null) : null);
      },
      layout: { padding: { top: 4, right: 8 } },
      scales: {
        x: {
          type: 'linear',
          min: spec.xMin,
          max: spec.xMax,
          title: { display: true, text: spec.xTitle, color: palette.text },
          ticks: {
            color: palette.text,
            maxTicksLimit: 8,
            precision: 0,
            includeBounds: false,
            callback: (value) => plain.format(Number(value)),
          },
          grid: { color: palette.grid },
          border: { color: palette.grid },
        },
        y: {
          type: 'linear',
          beginAtZero: spec.yFromZero,
          title: { display: true, text: spec.yTitle, color: palette.text },
          ticks: {
            color: palette.text,
            maxTicksLimit: 6,
            callback: (value, _index, ticks) =>
              spec.yKind === 'money'
                ? money(
                    Number(value),
                    ticks.map((tick) => tick.value),
                  )
                : plain.format(Number(value)),
          },
          grid: { color: palette.grid },
          border: { color: palette.grid },
        },
      },
    },
  };
}

/**
 * Money ticks in compact form ("3.1K", "1.2万") with just enough decimals that no two ticks of the axis read the
 * same: with one decimal, 3,050 and 3,100 are both "3.1K". Past three decimals the full number is clearer.
 */
export function moneyTickLabels(lang: string): (value: number, all: readonly number[]) => string {
  const compact = [1, 2, 3].map(
    (digits) => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: digits }),
  );
  const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return (value, all) => {
    const distinct = compact.find((format) => new Set(all.map((tick) => format.format(tick))).size === all.length);
    return (distinct ?? plain).format(value);
  };
}

/**
 * Draws `spec` on `canvas`, in the colours the theme gives `themed` (an ancestor carrying the --sim-* colours),
 * and re-colours it when the theme changes. The handle swaps data in place without re-creating the chart.
 */
export function createChart(
  canvas: HTMLCanvasElement,
  themed: Element,
  spec: ChartSpec,
  onReadout: ReadoutListener,
): ChartHandle {
  const palette = readPalette(themed);
  const decorations: Decorations = { bands: spec.bands ?? [], palette, hoverX: null };
  let current = spec;
  const hover = (x: number | null) => {
    const snapped = x === null ? null : nearestX(current, x);
    if (snapped === decorations.hoverX) return;
    decorations.hoverX = snapped;
    chart.draw();
    onReadout(snapped === null ? '' : readoutAt(current, snapped));
  };
  let chart: LineChart = new Chart(canvas, configure(spec, palette, decorations, hover));
  const rebuild = () => {
    chart.destroy();
    chart = new Chart(canvas, configure(current, decorations.palette, decorations, hover));
  };
  const stopTheme = onThemeChange(() => {
    decorations.palette = readPalette(themed);
    rebuild();
  });
  return {
    update(next) {
      const sameShape =
        next.series.length === current.series.length && next.yKind === current.yKind && next.lang === current.lang;
      current = next;
      decorations.bands = next.bands ?? [];
      if (!sameShape) return rebuild();
      const x = chart.options.scales?.x;
      if (x) {
        x.min = next.xMin;
        x.max = next.xMax;
      }
      next.series.forEach((series, i) => {
        const dataset = chart.data.datasets[i];
        if (!dataset) return;
        dataset.data = series.points;
        dataset.label = series.label;
      });
      chart.update('none');
    },
    destroy() {
      stopTheme();
      chart.destroy();
    },
  };
}
