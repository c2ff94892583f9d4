/**
 * Matching for the filters on the glossary and answers pages, kept free of the DOM so it can be unit-tested. A
 * reader may type the Chinese term, pinyin with or without tone marks and spaces ("fa xi", "faxi", "fá xī"), the English term, or a word from
 * the definition; case and width do not matter.
 */

/** Longer queries are cut to this many characters (a term, or a few words of a definition, is far shorter). */
export const MAX_QUERY_LENGTH = 40;

/** Lower case, full-width folded to half-width (NFKC), tone marks and other accents removed, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What one entry can be found by: its texts normalised, once with spaces and once without (for pinyin). */
export function haystack(parts: readonly string[]): string {
  const joined = normalise(parts.join(' \n '));
  return `${joined}\n${joined.replace(/ /g, '')}`;
}

export interface PreparedQuery {
  /** The normalised query; empty means "show everything". */
  needle: string;
  /** True when the reader's input was longer than {@link MAX_QUERY_LENGTH} and was cut. */
  truncated: boolean;
}

/** Cuts and normalises what the reader typed. Input is untrusted: it is only ever compared, never inserted as markup. */
export function prepareQuery(raw: string): PreparedQuery {
  const chars = Array.from(raw);
  const truncated = chars.length > MAX_QUERY_LENGTH;
  return { needle: normalise(chars.slice(0, MAX_QUERY_LENGTH).join('')), truncated };
}

/** Whether an entry's haystack contains the query (every entry matches an empty query). */
export function matches(hay: string, query: PreparedQuery): boolean {
  return query.needle === '' || hay.includes(query.needle) || hay.includes(query.needle.replace(/ /g, ''));
}
