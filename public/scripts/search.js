// @ts-check
/**
 * Site search: the header dialog (/ or Ctrl/⌘-K) and the full search page. Loaded on first use only;
 * Pagefind's own script and index load after it, from this site (no third-party requests).
 * Nothing the reader types is ever inserted as HTML: results are built with DOM text nodes.
 */
import { buildExcerpt, normaliseQuery, queryTerms, rerank, synonymTerms, MAX_QUERY_LENGTH } from './search-rank.js';

const root = document.documentElement;
const base = root.getAttribute('data-base') || '/';
const lang = root.getAttribute('lang') || 'en';
/** @type {Record<string, string>} */
const strings = JSON.parse(document.getElementById('search-i18n')?.textContent || '{}');

/** @param {string} key @param {Record<string, string | number>} [vars] */
function t(key, vars) {
  return (strings[key] || key).replace(/\{(\w+)\}/g, (whole, name) =>
    vars && name in vars ? String(vars[name]) : whole,
  );
}

/** @type {Promise<any> | undefined} */
let pagefindPromise;
let failedLoads = 0;
/**
 * Pagefind, loaded on first use. A failed load (offline for a moment, a flaky connection) is forgotten, so the
 * next query tries again; the retry asks for a fresh URL in case the browser remembers the failed module.
 */
function loadPagefind() {
  const retry = failedLoads > 0 ? `?retry=${failedLoads}` : '';
  pagefindPromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`)
    .then(async (pagefind) => {
      await pagefind.options({ excerptLength: 28 });
      await pagefind.init();
      return pagefind;
    })
    .catch((error) => {
      failedLoads += 1;
      pagefindPromise = undefined;
      throw error;
    });
  return pagefindPromise;
}

/** @type {Promise<string[]> | undefined} */
let lexiconPromise;
/** Domain words to keep whole when splitting Chinese queries; search still works (less precisely) without it. */
function loadLexicon() {
  lexiconPromise ??= fetch(`${base}search-lexicon.json`)
    .then((response) => (response.ok ? response.json() : []))
    .then((words) => (Array.isArray(words) ? words.filter((word) => typeof word === 'string') : []))
    .catch(() => []);
  return lexiconPromise;
}

const POOL_PER_QUERY = 12;
const SHOWN = 10;

/**
 * @typedef {{ text: string, marked: boolean }} ExcerptPart
 * @typedef {{ url: string, title: string, section: string, excerpt: string, keywords: string, content: string, pagefindRank: number, parts?: ExcerptPart[] }} Hit
 */

/**
 * Runs a query: Pagefind for the whole query and for each multi-character word, pooled and re-ranked.
 * @param {string} query already normalised
 * @param {string} [section] a section filter value, or '' for all
 * @returns {Promise<Hit[]>}
 */
export async function searchSite(query, section = '') {
  if (!query) return [];
  const [pagefind, lexicon] = await Promise.all([loadPagefind(), loadLexicon()]);
  const options = section ? { filters: { section } } : {};
  const terms = queryTerms(query, lang, lexicon);
  const words = [...terms, ...synonymTerms(query, terms)];
  const queries = [query, ...words.filter((term) => term !== query.toLowerCase())].slice(0, 8);
  const answers = await Promise.all(queries.map((q) => pagefind.search(q, options)));
  /** @type {Map<string, { result: any, rank: number }>} */
  const pool = new Map();
  answers.forEach((answer, queryIndex) => {
    (answer?.results ?? [])
      .slice(0, POOL_PER_QUERY)
      .forEach((/** @type {any} */ result, /** @type {number} */ index) => {
        const rank = queryIndex === 0 ? index : Infinity;
        const known = pool.get(result.id);
        if (!known || rank < known.rank) pool.set(result.id, { result, rank });
      });
  });
  const hits = await Promise.all(
    Array.from(pool.values(), async ({ result, rank }) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta?.title ?? data.url,
        section: data.meta?.section ?? '',
        excerpt: data.excerpt ?? '',
        keywords: data.meta?.keywords ?? '',
        content: data.content ?? '',
        pagefindRank: rank,
      };
    }),
  );
  return rerank(hits, query, lang, lexicon)
    .slice(0, SHOWN)
    .map((hit) => ({ ...hit, parts: buildExcerpt(hit, words, lang) }));
}

/**
 * The excerpt as DOM text nodes, matches in <mark>: no markup from the index or the query can reach the page.
 * @param {ExcerptPart[]} parts
 */
function excerptNode(parts) {
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

/**
 * Renders hits (or the empty state) into a list and a live status line.
 * @param {{ list: HTMLElement, status: HTMLElement }} view
 * @param {string} query
 * @param {Hit[]} hits
 * @param {boolean} truncated
 */
function render(view, query, hits, truncated) {
  view.list.replaceChildren();
  const parts = [];
  if (truncated) parts.push(t('search.tooLong', { max: MAX_QUERY_LENGTH }));
  if (!query) {
    view.status.textContent = parts.join(' ');
    return;
  }
  if (hits.length === 0) {
    view.status.textContent = [t('search.noResults', { query }), ...parts].join(' ');
    const item = document.createElement('li');
    item.className = 'search-empty';
    const link = document.createElement('a');
    link.href = `${strings.otherSearchUrl}?q=${encodeURIComponent(query)}`;
    link.hreflang = strings.otherLang || '';
    link.textContent = t('search.tryOther', { query });
    item.append(link);
    view.list.append(item);
    return;
  }
  view.status.textContent = [
    hits.length === 1 ? t('search.resultOne', { query }) : t('search.resultCount', { count: hits.length, query }),
    ...parts,
  ].join(' ');
  for (const hit of hits) {
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
    item.append(excerptNode(hit.parts ?? []));
    view.list.append(item);
  }
}

/**
 * Wires an input to results: debounced while typing, last query wins (older answers are dropped).
 * @param {HTMLInputElement} input
 * @param {{ list: HTMLElement, status: HTMLElement }} view
 * @param {() => string} [sectionOf]
 * @param {(query: string) => void} [onQuery]
 */
function connect(input, view, sectionOf = () => '', onQuery = () => {}) {
  let latest = 0;
  let timer = 0;
  async function run() {
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
    timer = window.setTimeout(run, 180);
  });
  return run;
}

/** @type {HTMLDialogElement | undefined} */
let dialog;

/** Opens the header search dialog, creating it on first use. Esc closes it and focus returns to the trigger. */
export function openSearchDialog() {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    const header = document.createElement('div');
    header.className = 'search-dialog-header';
    const title = document.createElement('h2');
    title.id = 'search-dialog-title';
    title.textContent = t('search.dialogTitle');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-close';
    close.textContent = '×';
    close.setAttribute('aria-label', t('search.close'));
    close.addEventListener('click', () => dialog?.close());
    header.append(title, close);

    const form = document.createElement('form');
    form.setAttribute('role', 'search');
    form.action = strings.searchPageUrl || '';
    const label = document.createElement('label');
    label.className = 'visually-hidden';
    label.htmlFor = 'search-dialog-input';
    label.textContent = t('search.label');
    const input = document.createElement('input');
    input.id = 'search-dialog-input';
    input.type = 'search';
    input.name = 'q';
    input.autocomplete = 'off';
    input.placeholder = t('search.placeholder');
    input.maxLength = MAX_QUERY_LENGTH * 2;
    form.append(label, input);

    const status = document.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    const list = document.createElement('ol');
    list.className = 'search-results';
    list.setAttribute('aria-labelledby', 'search-dialog-title');
    dialog.append(header, form, status, list);
    document.body.append(dialog);

    const run = connect(input, { list, status });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
    // Clicking the backdrop (outside the dialog box) closes it, as readers expect of a modal.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog?.close();
    });
    Promise.all([loadPagefind(), loadLexicon()]).catch(() => {
      status.textContent = t('search.error');
    });
  }
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
}

/** The full search page: reads ?q= and the section filter, keeps the URL in step so a search can be bookmarked. */
export function mountSearchPage() {
  const form = /** @type {HTMLFormElement | null} */ (document.querySelector('[data-search-page]'));
  if (!form) return;
  const input = /** @type {HTMLInputElement} */ (form.querySelector('input[name=q]'));
  const select = /** @type {HTMLSelectElement | null} */ (form.querySelector('select[name=section]'));
  const list = /** @type {HTMLElement} */ (document.querySelector('[data-search-results]'));
  const status = /** @type {HTMLElement} */ (document.querySelector('[data-search-status]'));
  const params = new URLSearchParams(window.location.search);
  input.value = normaliseQuery(params.get('q')).query;
  if (select)
    select.value = Array.from(select.options).some((o) => o.value === params.get('section'))
      ? params.get('section') || ''
      : '';
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
    run();
  });
  select?.addEventListener('change', run);
  form.removeAttribute('data-search-idle');
  if (input.value) run();
}
