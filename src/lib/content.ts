import { getCollection, type CollectionEntry } from 'astro:content';
import { ANSWER_TOPICS } from '../content/schemas';
import { SECTIONS, isLocale, type Locale, type Section } from '../i18n/locales';

/**
 * Queries over the content collections. Ids look like 'zh-cn/overdue/collection': the language,
 * then the path both translations share ('overdue/collection'), which is also the page's URL path.
 */
export type Article = CollectionEntry<'articles'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type Answer = CollectionEntry<'answers'>;

export function splitId(id: string): { locale: Locale; path: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first)) throw new Error(`Content id "${id}" does not start with a locale folder`);
  return { locale: first, path: rest.join('/') };
}

export function articlePath(article: Article): string {
  return splitId(article.id).path;
}

function bySectionThenOrder(a: Article, b: Article): number {
  return (
    SECTIONS.indexOf(a.data.section) - SECTIONS.indexOf(b.data.section) ||
    a.data.order - b.data.order ||
    a.id.localeCompare(b.id)
  );
}

export async function articlesIn(locale: Locale, section?: Section): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => splitId(entry.id).locale === locale);
  return all.filter((entry) => !section || entry.data.section === section).sort(bySectionThenOrder);
}

/** Glossary entries in the reader's alphabetical order: pinyin order for Chinese (ICU's zh collation), A–Z for English. */
export async function glossaryIn(locale: Locale): Promise<GlossaryEntry[]> {
  const all = await getCollection('glossary', (entry) => splitId(entry.id).locale === locale);
  const collator = new Intl.Collator(locale === 'zh-cn' ? 'zh-CN' : 'en');
  const label = (entry: GlossaryEntry) => (locale === 'zh-cn' ? entry.data.term : entry.data.english);
  return all.sort((a, b) => collator.compare(label(a), label(b)));
}

/** An answer's page path, 'answers/<slug>': the same in both languages. */
export function answerPath(answer: Answer): string {
  return `answers/${splitId(answer.id).path}`;
}

/** Answers in a language, grouped order: by topic as listed in the schema, then by question. */
export async function answersIn(locale: Locale): Promise<Answer[]> {
  const all = await getCollection('answers', (entry) => splitId(entry.id).locale === locale);
  const collator = new Intl.Collator(locale === 'zh-cn' ? 'zh-CN' : 'en');
  return all.sort(
    (a, b) =>
      ANSWER_TOPICS.indexOf(a.data.topic) - ANSWER_TOPICS.indexOf(b.data.topic) ||
      collator.compare(a.data.question, b.data.question),
  );
}

/** The answers that name `articlePath` among their related pages: an article lists them as "Questions readers ask". */
export function answersAbout(articlePath: string, answers: readonly Answer[]): Answer[] {
  return answers.filter((answer) => answer.data.related.includes(articlePath));
}

/** The previous and next articles within the same section, by `order`. */
export function neighbours(article: Article, sectionArticles: Article[]): { prev?: Article; next?: Article } {
  const index = sectionArticles.findIndex((entry) => entry.id === article.id);
  return { prev: sectionArticles[index - 1], next: sectionArticles[index + 1] };
}

/**
 * Reading time from the raw body: Chinese is read at about 400 characters a minute, English at about
 * 220 words a minute (common figures for adult readers of non-fiction); never less than one minute.
 */
export function readingMinutes(body: string, locale: Locale): number {
  const text = body.replace(/<[^>]+>/g, ' ').replace(/[#*_>`|[\]()-]/g, ' ');
  const units =
    locale === 'zh-cn' ? (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) : text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(units / (locale === 'zh-cn' ? 400 : 220)));
}

/** The newest `updated` date across all content: the footer's "content reviewed up to". */
export async function latestReview(): Promise<Date> {
  const [articles, terms, answers] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('answers'),
  ]);
  const times = [...articles, ...terms, ...answers].map((entry) => entry.data.updated.getTime());
  return new Date(Math.max(0, ...times));
}
