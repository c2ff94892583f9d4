/**
 * A result's excerpt, built from the page's indexed text rather than taken from Pagefind: the hidden keyword
 * line (indexed so that pages are found by the words readers use) is left out, and Chinese matches are marked as
 * whole words (Pagefind marks 催 and 收 apart). Parts are plain text: the caller makes DOM text nodes of them.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** How much text an excerpt shows, in characters: about two lines of Chinese, or of English words. */
const EXCERPT_CHARS = { han: 72, other: 180 } as const;

/**
 * Character ranges of every occurrence of the words in text, merged where they touch or only white space
 * separates them, so 催收 is one highlight (not 催 and 收) and "credit report" reads as one phrase.
 */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters; then positions would not line up, so mark nothing.
  if (lower.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const word of new Set(words.map((w) => w.toLowerCase()).filter(Boolean))) {
    for (let at = lower.indexOf(word); at !== -1 && ranges.length < 200; at = lower.indexOf(word, at + word.length))
      ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && (range[0] <= last[1] || /^\s+$/.test(text.slice(last[1], range[0]))))
      last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * The page's text without the keyword line and the empty sentences hidden elements leave behind: Pagefind ends
 * each block with a full stop, so a question title reads "report? . Short answer" and an empty block ". .".
 */
function readableText(page: { content: string; keywords?: string }): string {
  let text = page.content ?? '';
  const keywordLine = (page.keywords ?? '').trim();
  if (keywordLine) text = text.split(keywordLine).join(' ');
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\s*\.){2,}/g, '.')
    .replace(/([?!。？！])(\s*\.)+/g, '$1')
    .trim();
}

/** The words Pagefind marked in its excerpt, runs of single Chinese characters joined into the words they spell. */
function pagefindMarkedWords(excerpt: string): string[] {
  const joined = excerpt.replace(/<\/mark>\s*<mark>/g, '').match(/<mark>[\s\S]*?<\/mark>/g) ?? [];
  return joined.map((m) => m.replace(/<\/?mark>/g, '').trim()).filter((w) => w.length > 1);
}

/** Where the excerpt window of `size` starts: where the most different marked words are found together. */
function bestWindowStart(text: string, ranges: readonly [number, number][], size: number): number {
  let start = 0;
  let best = -1;
  for (const [from] of ranges.slice(0, 100)) {
    const windowStart = Math.max(0, from - Math.floor(size / 5));
    const inWindow = new Set(
      ranges
        .filter(([a, b]) => a >= windowStart && b <= windowStart + size)
        .map(([a, b]) => text.slice(a, b).toLowerCase()),
    ).size;
    if (inWindow > best) {
      best = inWindow;
      start = windowStart;
    }
  }
  return start;
}

/**
 * The excerpt of one result. The window is placed where the most different query words are found together; when
 * none is found verbatim, the words Pagefind itself marked are used, and failing that the page's opening text.
 * @param terms the query's words (queryTerms)
 * @param lang BCP 47 tag of the page ('zh-CN' or 'en')
 */
export function buildExcerpt(
  page: { content: string; keywords?: string; excerpt?: string },
  terms: readonly string[],
  lang: string,
): ExcerptPart[] {
  const text = readableText(page);
  const chinese = /^zh/i.test(lang);
  const size = chinese ? EXCERPT_CHARS.han : EXCERPT_CHARS.other;
  let ranges = markRanges(text, terms);
  if (ranges.length === 0) ranges = markRanges(text, pagefindMarkedWords(page.excerpt ?? ''));
  let start = ranges.length > 0 ? bestWindowStart(text, ranges, size) : 0;
  let end = Math.min(text.length, start + size);
  if (!chinese) {
    // Whole English words only: move the ends out of the middle of a word.
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    const space = text.lastIndexOf(' ', end);
    if (end < text.length && space > start) end = space;
  }
  // Never cut a match in two at either end (催 | 收).
  for (const [from, to] of ranges) {
    if (from < start && to > start) start = from;
    if (from < end && to > end) end = to;
  }
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', marked: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) parts.push({ text: text.slice(at, a), marked: false });
    parts.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (end > at) parts.push({ text: text.slice(at, end), marked: false });
  if (end < text.length) parts.push({ text: ' …', marked: false });
  return parts;
}
