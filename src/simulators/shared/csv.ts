import { rawCell, type TableModel } from './table';

/**
 * RFC 4180 CSV of a table model. A UTF-8 byte-order mark is added on download so that Excel opens the Chinese
 * column names correctly; cells that could start a formula in a spreadsheet are prefixed with ' (CSV injection).
 */
export function tableToCsv(table: TableModel): string {
  const lines = [table.columns.map((column) => quote(column.label))];
  for (const row of table.rows)
    lines.push(row.map((value, i) => quote(rawCell(table.columns[i]?.kind ?? 'text', value))));
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function quote(text: string): string {
  const safe = /^[=+@\t\r]/.test(text) || /^-[^\d]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Saves text as a file through a short-lived Blob URL (no server round trip, nothing leaves the device). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
