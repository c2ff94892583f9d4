import { HAN } from './segment';

/**
 * What readers call a thing and what the pages call it. A reader's word adds the page's words to the query
 * (at a lower weight than the typed words); it never replaces what was typed. Only everyday words with one
 * clear meaning belong here, not page names.
 */
const SYNONYMS: Record<string, string[]> = {
  爆通讯录: ['通讯录', '联系人'],
  上征信: ['征信记录'],
  黑名单: ['失信被执行人', '失信'],
  老赖: ['失信被执行人', '失信'],
  坐牢: ['刑事', '拘留'],
  爸妈: ['父母'],
  爸爸: ['父母'],
  妈妈: ['父母'],
  我妈: ['父母'],
  我爸: ['父母'],
  母亲: ['父母'],
  父亲: ['父母'],
  家里人: ['家人', '父母'],
  老公: ['配偶'],
  老婆: ['配偶'],
  骗人: ['骗局'],
  消掉: ['消除'],
  死了: ['去世'],
  mom: ['parents'],
  mum: ['parents'],
  mother: ['parents'],
  dad: ['parents'],
  father: ['parents'],
  husband: ['spouse'],
  wife: ['spouse'],
  prison: ['jail'],
  blacklist: ['dishonest'],
  blacklisted: ['dishonest'],
  sued: ['lawsuit', 'court'],
  sue: ['lawsuit', 'court'],
};

/** How much a word found through SYNONYMS counts, against a word the reader typed. */
export const SYNONYM_WEIGHT = 0.7;

/**
 * The page's words for the reader's words in a query (see SYNONYMS), excluding words already in terms.
 * Chinese words are found anywhere in the query; other words must be whole words.
 * @param terms the query's own words (queryTerms)
 */
export function synonymTerms(query: string, terms: readonly string[]): string[] {
  const lower = query.toLowerCase();
  const words = new Set(lower.split(/[^\p{L}\p{N}]+/u));
  const found: string[] = [];
  for (const [word, others] of Object.entries(SYNONYMS))
    if (HAN.test(word) ? lower.includes(word) : words.has(word)) found.push(...others);
  return Array.from(new Set(found)).filter((word) => !terms.includes(word));
}

/** Whether `other` (a synonym found for the query) stands for the query word `word`. */
export function synonymOf(word: string, other: string): boolean {
  return Object.entries(SYNONYMS).some(
    ([key, others]) => others.includes(other) && (key === word || word.includes(key)),
  );
}
