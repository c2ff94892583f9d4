/**
 * One reader's query against the site: Pagefind for the whole query and for each of its words, pooled and
 * re-ranked (rank.ts), with excerpts built from the pages' text (excerpt.ts).
 */
import { buildExcerpt, type ExcerptPart } from './excerpt';
import { pagefindLoader, type ModuleImporter, type PagefindResult } from './pagefind-client';
import { rerank } from './rank';
import { queryTerms } from './segment';
import { synonymTerms } from './synonyms';

const root = document.documentElement;
/** The site's base path (`/` or a sub-path such as `/loanlens/`), from the page: the index lives under it. */
const base = root.getAttribute('data-base') || '/';
const lang = root.getAttribute('lang') || 'en';

/** What imports Pagefind's module: handed in by the page's inline script (see index.ts). */
let importModule: ModuleImporter = () => Promise.reject(new Error('No module importer was given.'));
export function setModuleImporter(importer: ModuleImporter): void {
  importModule = importer;
}

/** Pagefind's own excerpt is only a fallback for ours (see excerpt.ts), so a short one is enough. */
export const loadPagefind = pagefindLoader(base, { excerptLength: 28 }, () => importModule);

let lexiconPromise: Promise<string[]> | undefined;
/** Domain words to keep whole when splitting Chinese queries; search still works (less precisely) without it. */
export function loadLexicon(): Promise<string[]> {
  lexiconPromise ??= fetch(`${base}search-lexicon.json`)
    .then((response) => (response.ok ? response.json() : []))
    .then((words: unknown) => (Array.isArray(words) ? words.filter((word) => typeof word === 'string') : []))
    .catch(() => []);
  return lexiconPromise;
}

/** Candidates taken from each Pagefind answer, and results shown. */
const POOL_PER_QUERY = 12;
const SHOWN = 10;
/** Pagefind searches per reader's query at most: the whole query and its first words. */
const MAX_SEARCHES = 8;

export interface Hit {
  url: string;
  title: string;
  section: string;
  excerpt: string;
  keywords: string;
  content: string;
  /** Position in Pagefind's answer for the whole query; Infinity when found only through one of its words. */
  pagefindRank: number;
  parts: ExcerptPart[];
}

/**
 * Runs a query: Pagefind for the whole query and for each multi-character word, pooled and re-ranked.
 * @param query already normalised (normaliseQuery)
 * @param section a section filter value, or '' for all
 */
export async function searchSite(query: string, section = ''): Promise<Hit[]> {
  if (!query) return [];
  const [pagefind, lexicon] = await Promise.all([loadPagefind(), loadLexicon()]);
  const options = section ? { filters: { section } } : {};
  const terms = queryTerms(query, lang, lexicon);
  const words = [...terms, ...synonymTerms(query, terms)];
  const queries = [query, ...words.filter((term) => term !== query.toLowerCase())].slice(0, MAX_SEARCHES);
  const answers = await Promise.all(queries.map((q) => pagefind.search(q, options)));
  const pool = new Map<string, { result: PagefindResult; rank: number }>();
  answers.forEach((answer, queryIndex) => {
    (answer?.results ?? []).slice(0, POOL_PER_QUERY).forEach((result, index) => {
      const rank = queryIndex === 0 ? index : Infinity;
      const known = pool.get(result.id);
      if (!known || rank < known.rank) pool.set(result.id, { result, rank });
    });
  });
  const candidates = await Promise.all(
    Array.from(pool.values(), async ({ result, rank }) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        section: data.meta.section ?? '',
        excerpt: data.excerpt ?? '',
        keywords: data.meta.keywords ?? '',
        content: data.content ?? '',
        pagefindRank: rank,
      };
    }),
  );
  return rerank(candidates, query, lang, lexicon)
    .slice(0, SHOWN)
    .map((hit) => ({ ...hit, parts: buildExcerpt(hit, words, lang) }));
}
