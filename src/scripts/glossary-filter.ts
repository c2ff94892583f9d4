/**
 * Filter-as-you-type on the glossary page. Without JavaScript the page is a plain list and the filter stays
 * hidden; this script reveals it and hides the entries (and their links in the index) that do not match.
 * Messages come from data attributes on the form, so the script holds no language of its own.
 */
import { MAX_QUERY_LENGTH, haystack, matches, prepareQuery } from './glossary-match';

const form = document.querySelector<HTMLFormElement>('[data-glossary-filter]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = form?.querySelector<HTMLElement>('[data-filter-status]');
const notice = form?.querySelector<HTMLElement>('[data-filter-notice]');

if (form && input && status && notice) {
  const entries = Array.from(document.querySelectorAll<HTMLElement>('[data-glossary-entry]')).map((section) => ({
    section,
    link: document.querySelector<HTMLElement>(`[data-glossary-index="${CSS.escape(section.id)}"]`),
    // The heading holds the term in both languages; pinyin and the one-line definition are marked searchable.
    hay: haystack(
      [section.querySelector('h2'), ...section.querySelectorAll('[data-glossary-searchable]')].map(
        (node) => node?.textContent ?? '',
      ),
    ),
  }));
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

  const apply = () => {
    const query = prepareQuery(input.value);
    let shown = 0;
    for (const entry of entries) {
      const visible = matches(entry.hay, query);
      entry.section.hidden = !visible;
      if (entry.link) entry.link.hidden = !visible;
      if (visible) shown += 1;
    }
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
