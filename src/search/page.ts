/** The full search page: reads ?q= and the section filter, keeps the URL in step so a search can be bookmarked. */
import { normaliseQuery } from './query';
import { connect } from './results-view';

/** The section the address asks for, if the page offers it; otherwise all sections. */
function chosenSection(select: HTMLSelectElement, wanted: string | null): string {
  return Array.from(select.options).some((option) => option.value === wanted) ? (wanted ?? '') : '';
}

/** Upgrades the search page's plain GET form (it works without JavaScript as a link to results). */
export function mountSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name=q]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;
  const select = form.querySelector<HTMLSelectElement>('select[name=section]');
  const params = new URLSearchParams(window.location.search);
  input.value = normaliseQuery(params.get('q')).query;
  if (select) select.value = chosenSection(select, params.get('section'));
  const run = connect(
    input,
    { list, status },
    () => select?.value ?? '',
    (query) => {
      const next = new URL(window.location.href);
      if (query) next.searchParams.set('q', query);
      else next.searchParams.delete('q');
      if (select?.value) next.searchParams.set('section', select.value);
      else next.searchParams.delete('section');
      window.history.replaceState(null, '', next);
    },
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  select?.addEventListener('change', () => void run());
  // The test suite and styles know the form is live once this attribute is gone.
  form.removeAttribute('data-search-idle');
  if (input.value) void run();
}
