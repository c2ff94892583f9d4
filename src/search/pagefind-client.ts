/**
 * A typed client for the parts of Pagefind's browser API this site uses (Pagefind 1.6: `options`, `init`,
 * `search` and a result's `data()`). Pagefind's own script and index are files of the build (`/pagefind/`), not
 * a package we bundle: they are written after Astro has built the site, so they are loaded by URL at run time.
 */

/** Pagefind's ranking knobs (https://pagefind.app/docs/ranking/); every one optional, Pagefind's defaults otherwise. */
export interface PagefindRanking {
  /** 0–1: how much a page's length counts against it. */
  pageLength?: number;
  /** 0–2: how fast repeated words stop adding to a page's score. */
  termSaturation?: number;
  /** 0–1: how much the number of matches counts at all. */
  termFrequency?: number;
  /** 0–1: how much an exact word beats one that only starts with the query. */
  termSimilarity?: number;
  /** Extra weight for matches in a metadata field, e.g. `{ title: 5 }`. */
  metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
  /** Words around a match in Pagefind's own excerpt. */
  excerptLength?: number;
  ranking?: PagefindRanking;
}

/** Filter values to match: `{ section: 'Credit report and score' }`. */
export type PagefindFilters = Record<string, string | string[]>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
}

/** One page of a result, loaded with `data()` (a fragment file per page, fetched on demand). */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text (what `data-pagefind-body` holds, minus ignored parts). */
  content: string;
  /** Pagefind's excerpt, HTML with matches in `<mark>`. */
  excerpt: string;
  /** `data-pagefind-meta` fields: this site sets title, section and keywords. */
  meta: Record<string, string | undefined>;
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  /** Resolves to null when a newer search has superseded this one. */
  search: (term: string, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
}

/** What the module at `/pagefind/pagefind.js` must provide before we trust it as a Pagefind. */
function isPagefind(module: unknown): module is Pagefind {
  const candidate = module as Partial<Record<keyof Pagefind, unknown>> | null;
  return (
    typeof candidate?.options === 'function' &&
    typeof candidate.init === 'function' &&
    typeof candidate.search === 'function'
  );
}

/** Imports an ES module by URL: `(url) => import(url)`, written where the bundler does not see it (index.ts). */
export type ModuleImporter = (url: string) => Promise<unknown>;

/**
 * Loads Pagefind once, with `options`. A failed load (offline for a moment, a flaky connection) is forgotten, so
 * the next query tries again; the retry asks for a fresh URL in case the browser remembers the failed module.
 */
export function pagefindLoader(
  base: string,
  options: PagefindOptions,
  importModule: () => ModuleImporter,
): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  let failedLoads = 0;
  return () => {
    const retry = failedLoads > 0 ? `?retry=${failedLoads}` : '';
    loading ??= importModule()(`${base}pagefind/pagefind.js${retry}`)
      .then(async (module) => {
        if (!isPagefind(module)) throw new Error('pagefind.js is not the Pagefind API');
        await module.options(options);
        await module.init();
        return module;
      })
      .catch((error: unknown) => {
        failedLoads += 1;
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
