/**
 * Filter-as-you-type for a page that lists entries (the glossary, the answers). Without JavaScript the page is a
 * plain list and the filter form stays hidden; this script reveals it and hides the entries that do not match,
 * with their links in an index (`data-filter-index`) and any group left empty (`data-filter-group`). An entry is
 * found by the text of its `data-filter-text` parts. Messages come from data attributes on the form, so the
 * script holds no language of its own.
 */
import { MAX_QUERY_LENGTH, haystack, matches, prepareQuery } from './list-match';

const form = document.querySelector<HTMLFormElement>('[data-list-filter]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = form?.querySelector<HTMLElement>('[data-filter-status]');
const notice = form?.querySelector<HTMLElement>('[data-filter-notice]');

if (form && input && status && notice) {
  const entries = Array.from(document.querySelectorAll<HTMLElement>('[data-filter-entry]')).map((entry) => ({
    entry,
    link: entry.id ? document.querySelector<HTMLElement>(`[data-filter-index="${CSS.escape(entry.id)}"]`) : null,
    hay: haystack(Array.from(entry.querySelectorAll('[data-filter-text]'), (node) => node.textContent ?? '')),
  }));
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-filter-group]'));
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

  const apply = () => {
    const query = prepareQuery(input.value);
    let shown = 0;
    for (const { entry, link, hay } of entries) {
      const visible = matches(hay, query);
      entry.hidden = !visible;
      if (link) link.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-filter-entry]:not([hidden])');
    // textContent only: whatever was typed is shown as text, never parsed as markup.
    const cut = Array.from(input.value).slice(0, MAX_QUERY_LENGTH).join('').trim();
    status.textContent =
      shown === 0
        ? fill(form.dataset.none ?? '', { query: cut })
        : query.needle
          ? fill(form.dataset.count ?? '', { shown, total: entries.length })
          : '';
    notice.hidden = !query.truncated;
    notice.textContent = query.truncated ? fill(form.dataset.tooLong ?? '', { max: MAX_QUERY_LENGTH }) : '';
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('input', apply);
  form.hidden = false;
  if (input.value) apply();
}
