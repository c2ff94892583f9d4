/** What a reader typed, made safe and bounded before anything else sees it. */

/** Longest query we pass on: longer input is cut (and the reader told) rather than sent whole. */
export const MAX_QUERY_LENGTH = 200;

// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * Trims, collapses white space and removes characters that carry no meaning for search (control characters).
 * Anything that is not a string (a missing ?q=) is the empty query. The cut counts characters, not UTF-16 units,
 * so an emoji is never split in half.
 */
export function normaliseQuery(raw: unknown): { query: string; truncated: boolean } {
  const text = typeof raw === 'string' ? raw : '';
  const clean = text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return { query: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH };
}

/**
 * A reader who types a question ("会被起诉吗", "can they call my mum") wants the page that answers exactly that;
 * one who types a topic ("征信", "Sesame score") wants the article that explains it. Chinese questions show
 * themselves by their particles and question words; English ones by a question word first or a question mark.
 */
const ZH_QUESTION =
  /[吗呢么嘛？?]|怎么|怎样|如何|会不会|能不能|可不可以|可以|要不要|是不是|有没有|多久|多少|几年|几天|哪|什么|为什么|谁|咋/;
const EN_QUESTION =
  /\?\s*$|^(can|could|will|would|do|does|did|is|are|am|should|shall|may|must|how|what|when|where|who|whom|why|which)\s/i;

/** Whether the query is phrased as a question. */
export function isQuestion(query: string): boolean {
  const text = query.trim();
  return ZH_QUESTION.test(text) || EN_QUESTION.test(text);
}
