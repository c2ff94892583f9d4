/**
 * The in-browser evidence log: entries in localStorage only (this device, this browser), rendered with textContent,
 * exported as CSV with exactly the table's cells. A stored value that cannot be read is set aside under another key
 * and the reader is told; the page never goes blank.
 */
import { printBlock } from './template-builder';
import { STORAGE } from '../lib/storage-keys';

export const STORAGE_KEY = STORAGE.evidenceLog.key;
const CORRUPT_KEY = STORAGE.evidenceLogUnreadable.key;

export interface LogEntry {
  date: string;
  time: string;
  number: string;
  who: string;
  said: string;
  recording: boolean;
}

interface Strings {
  columns: string[];
  yes: string;
  no: string;
  remove: string;
  clearConfirm: string;
  noStorage: string;
  recovered: string;
  required: string;
  added: string;
  fileName: string;
}

const isEntry = (x: unknown): x is LogEntry => {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    ['date', 'time', 'number', 'who', 'said'].every((k) => typeof e[k] === 'string') && typeof e.recording === 'boolean'
  );
};

/** Parses the stored log; null when it is not a valid log (then it is set aside, never silently dropped). */
export function parseStored(text: string): LogEntry[] | null {
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null) return null;
    const entries = (data as { entries?: unknown }).entries;
    return Array.isArray(entries) && entries.every(isEntry) ? entries : null;
  } catch {
    return null;
  }
}

/** The table's cells for one entry, in column order. */
export const cellsOf = (e: LogEntry, s: Pick<Strings, 'yes' | 'no'>): string[] => [
  e.date,
  e.time,
  e.number,
  e.who,
  e.said,
  e.recording ? s.yes : s.no,
];

/** RFC 4180 CSV (quotes doubled, CRLF line ends); a cell starting with = + - @ is prefixed with ' so spreadsheets don't run it. */
export function toCsv(rows: string[][]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The log's storage, or null where the browser refuses storage (reading it throws). Writing a probe key would
 *  put an undocumented key in the reader's storage; a failed write later is handled where the log saves. */
function storage(): Storage | null {
  try {
    localStorage.getItem(STORAGE_KEY);
    return localStorage;
  } catch {
    return null;
  }
}

export function startEvidenceLog(): void {
  const root = document.querySelector<HTMLElement>('#evidence-log');
  const stringsEl = root?.querySelector('[data-log-strings]');
  if (!root || !stringsEl) return;
  const s = JSON.parse(stringsEl.textContent ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-log-form]')!;
  const body = root.querySelector<HTMLElement>('[data-log-body]')!;
  const notice = root.querySelector<HTMLElement>('[data-log-notice]')!;
  const empty = root.querySelector<HTMLElement>('[data-log-empty]')!;
  const error = root.querySelector<HTMLElement>('[data-log-error]')!;
  const store = storage();
  let entries: LogEntry[] = [];

  if (!store) notice.textContent = s.noStorage;
  else {
    const raw = store.getItem(STORAGE_KEY);
    if (raw !== null) {
      const parsed = parseStored(raw);
      if (parsed) entries = parsed;
      else {
        store.setItem(CORRUPT_KEY, raw);
        store.removeItem(STORAGE_KEY);
        notice.textContent = s.recovered;
      }
    }
  }

  const save = () => {
    try {
      store?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, entries }));
    } catch {
      // Storage full or revoked mid-session: the entries stay on screen and in the exports; say they won't persist.
      notice.textContent = s.noStorage;
    }
  };

  const render = () => {
    body.replaceChildren(
      ...entries.map((entry, index) => {
        const tr = document.createElement('tr');
        for (const value of cellsOf(entry, s)) {
          const td = document.createElement('td');
          td.textContent = value;
          tr.append(td);
        }
        const td = document.createElement('td');
        td.className = 'log-actions';
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button secondary';
        remove.textContent = s.remove;
        remove.setAttribute('aria-label', `${s.remove}: ${entry.date} ${entry.time}`);
        remove.addEventListener('click', () => {
          entries.splice(index, 1);
          save();
          render();
          form.querySelector<HTMLElement>('input')?.focus();
        });
        td.append(remove);
        tr.append(td);
        return tr;
      }),
    );
    empty.hidden = entries.length > 0;
  };

  root.querySelectorAll<HTMLElement>('[data-log-js-only]').forEach((el) => (el.hidden = false));
  form.hidden = false;
  render();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    const entry: LogEntry = {
      date: text('date'),
      time: text('time'),
      number: text('number'),
      who: text('who'),
      said: text('said'),
      recording: data.get('recording') !== null,
    };
    if (!entry.date || !entry.said) {
      error.textContent = s.required;
      form.querySelector<HTMLElement>(entry.date ? 'textarea' : 'input[name="date"]')?.focus();
      return;
    }
    error.textContent = '';
    entries.push(entry);
    save();
    render();
    form.reset();
    notice.textContent = s.added.replace('{n}', String(entries.length));
  });

  root.querySelector('[data-log-export]')?.addEventListener('click', () => {
    const csv = toCsv([s.columns, ...entries.map((e) => cellsOf(e, s))]);
    // The BOM lets spreadsheet programs read the Chinese text as UTF-8.
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = s.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  root.querySelector('[data-log-clear]')?.addEventListener('click', () => {
    if (!window.confirm(s.clearConfirm)) return;
    entries = [];
    store?.removeItem(STORAGE_KEY);
    render();
  });

  root.querySelector('[data-log-print]')?.addEventListener('click', () => printBlock(root));
}
