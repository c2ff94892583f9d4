/**
 * Results on the page, and an input wired to them. Nothing the reader types and nothing from the index is ever
 * inserted as HTML: results are built from DOM text nodes.
 */
import type { ExcerptPart } from './excerpt';
import { MAX_QUERY_LENGTH, normaliseQuery } from './query';
import { searchSite, type Hit } from './search-site';
import { links, t } from './strings';

/** Where results go: a list, and a live status line that screen readers announce. */
export interface ResultsView {
  list: HTMLElement;
  status: HTMLElement;
}

/** Waits this long after the last keystroke before searching, so typing a word is one search, not five. */
const TYPING_PAUSE_MS = 180;

/** The excerpt as DOM text nodes, matches in <mark>. */
function excerptNode(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-excerpt';
  for (const part of parts) {
    const text = document.createTextNode(part.text);
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.append(text);
      paragraph.append(mark);
    } else paragraph.append(text);
  }
  return paragraph;
}

/** A single result: its title as a link, its section, its excerpt. */
function hitItem(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit-title';
  link.textContent = hit.title;
  item.append(link);
  if (hit.section) {
    const section = document.createElement('span');
    section.className = 'search-hit-section';
    section.textContent = hit.section;
    item.append(section);
  }
  item.append(excerptNode(hit.parts));
  return item;
}

/** Nothing found in this language: offers the same query on the other language's search page. */
function emptyItem(query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-empty';
  const link = document.createElement('a');
  link.href = `${links.otherSearchPage}?q=${encodeURIComponent(query)}`;
  link.hreflang = links.otherLang;
  link.textContent = t('search.tryOther', { query });
  item.append(link);
  return item;
}

/** Renders hits (or the empty state) into the list and says what was found in the status line. */
function render(view: ResultsView, query: string, hits: readonly Hit[], truncated: boolean): void {
  view.list.replaceChildren();
  const notes = truncated ? [t('search.tooLong', { max: MAX_QUERY_LENGTH })] : [];
  if (!query) {
    view.status.textContent = notes.join(' ');
    return;
  }
  if (hits.length === 0) {
    view.status.textContent = [t('search.noResults', { query }), ...notes].join(' ');
    view.list.append(emptyItem(query));
    return;
  }
  const found =
    hits.length === 1 ? t('search.resultOne', { query }) : t('search.resultCount', { count: hits.length, query });
  view.status.textContent = [found, ...notes].join(' ');
  view.list.append(...hits.map(hitItem));
}

/**
 * Wires an input to results: searches after a pause in typing, and the last query wins (answers to older ones
 * are dropped). Returns the function that searches now (for a submitted form).
 * @param sectionOf the section filter's current value ('' for all)
 * @param onQuery told each query as it is searched (the search page keeps its address in step)
 */
export function connect(
  input: HTMLInputElement,
  view: ResultsView,
  sectionOf: () => string = () => '',
  onQuery: (query: string) => void = () => {},
): () => Promise<void> {
  let latest = 0;
  let timer = 0;
  async function run(): Promise<void> {
    const ticket = ++latest;
    const { query, truncated } = normaliseQuery(input.value);
    onQuery(query);
    if (query) view.status.textContent = t('search.loading');
    try {
      const hits = await searchSite(query, sectionOf());
      if (ticket === latest) render(view, query, hits, truncated);
    } catch {
      if (ticket === latest) view.status.textContent = t('search.error');
    }
  }
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, TYPING_PAUSE_MS);
  });
  return run;
}
