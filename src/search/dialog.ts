/** The header's search dialog (/ or Ctrl/⌘-K, or the search link), built on first use. */
import { MAX_QUERY_LENGTH } from './query';
import { connect } from './results-view';
import { loadLexicon, loadPagefind } from './search-site';
import { links, t } from './strings';

let dialog: HTMLDialogElement | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<Pick<HTMLElementTagNameMap[K], 'className' | 'id' | 'textContent'>> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}

function createDialog(): HTMLDialogElement {
  const box = element('dialog', { className: 'search-dialog' });
  box.setAttribute('aria-labelledby', 'search-dialog-title');
  const header = element('div', { className: 'search-dialog-header' });
  const title = element('h2', { id: 'search-dialog-title', textContent: t('search.dialogTitle') });
  const close = element('button', { className: 'search-close', textContent: '×' });
  close.type = 'button';
  close.setAttribute('aria-label', t('search.close'));
  close.addEventListener('click', () => box.close());
  header.append(title, close);

  // Without the dialog's script the same form still works: it submits to the search page.
  const form = element('form');
  form.setAttribute('role', 'search');
  form.action = links.searchPage;
  const label = element('label', { className: 'visually-hidden', textContent: t('search.label') });
  label.htmlFor = 'search-dialog-input';
  const input = element('input', { id: 'search-dialog-input' });
  input.type = 'search';
  input.name = 'q';
  input.autocomplete = 'off';
  input.placeholder = t('search.placeholder');
  input.maxLength = MAX_QUERY_LENGTH * 2;
  form.append(label, input);

  const status = element('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const list = element('ol', { className: 'search-results' });
  list.setAttribute('aria-labelledby', 'search-dialog-title');
  box.append(header, form, status, list);
  document.body.append(box);

  const run = connect(input, { list, status });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Clicking the backdrop (outside the dialog box) closes it, as readers expect of a modal.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  // Start fetching the index while the reader types; if it cannot load, say so before they finish.
  Promise.all([loadPagefind(), loadLexicon()]).catch(() => {
    status.textContent = t('search.error');
  });
  return box;
}

/** Opens the header search dialog, creating it on first use. Esc closes it and focus returns to the trigger. */
export function openSearchDialog(): void {
  dialog ??= createDialog();
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
}
