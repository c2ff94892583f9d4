import type { Locale } from '../../i18n/locales';
import { formatNumber as number, formatPercent as percent, formatYuan as yuan } from '../../i18n/format';

/**
 * A data table as plain data: the same model renders the on-screen table (formatted for the reader's language)
 * and the CSV download (plain numbers a spreadsheet can sum), so the two can never disagree.
 */
export type CellKind = 'money' | 'percent' | 'integer' | 'text';

export interface TableColumn {
  key: string;
  label: string;
  kind: CellKind;
}

export type Cell = number | string;

export interface TableModel {
  /** Names the table for screen readers (`<caption>`) and the CSV file. */
  caption: string;
  columns: TableColumn[];
  /** One array per row, in column order. Money in yuan, percent as a decimal (0.15 = 15 %). */
  rows: Cell[][];
}

/**
 * One column of a table, whole: its heading, how its cells read, and where each row's cell comes from. A table is a
 * list of these, so a column's heading, kind and value can never drift apart (on screen or in the CSV).
 */
export interface ColumnSpec<Row> extends TableColumn {
  cell: (row: Row) => Cell;
}

/** The table model of `rows`, one cell per column spec, in the specs' order. */
export function tableOf<Row>(caption: string, columns: readonly ColumnSpec<Row>[], rows: readonly Row[]): TableModel {
  return {
    caption,
    columns: columns.map(({ key, label, kind }) => ({ key, label, kind })),
    rows: rows.map((row) => columns.map((column) => column.cell(row))),
  };
}

/** The cell as the reader sees it on screen. */
export function formatCell(locale: Locale, kind: CellKind, value: Cell): string {
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'money':
      return yuan(locale, value);
    case 'percent':
      return percent(locale, value);
    case 'integer':
      return number(locale, value);
    default:
      return String(value);
  }
}

/** The cell as the CSV carries it: no currency sign, no grouping, '.' decimals. */
export function rawCell(kind: CellKind, value: Cell): string {
  if (typeof value === 'string') return value;
  if (kind === 'money') return value.toFixed(2);
  if (kind === 'percent') return String(Number((value * 100).toFixed(4)));
  return String(value);
}
