import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CURATED_WORDS } from '../lib/search-lexicon';

/**
 * Chinese words the search script keeps whole when it splits a query (see src/search/segment.ts):
 * the curated list plus every article and answer keyword and glossary term. Loaded with the search index on first use.
 */
export const GET: APIRoute = async () => {
  const [articles, glossary, answers] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('answers'),
  ]);
  const words = new Set<string>(CURATED_WORDS);
  for (const entry of [...articles, ...answers])
    for (const keyword of entry.data.keywords) words.add(keyword.toLowerCase());
  for (const entry of glossary) words.add(entry.data.term);
  const chinese = [...words].filter((word) => /\p{Script=Han}/u.test(word) && [...word].length >= 2).sort();
  return new Response(JSON.stringify(chinese), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
