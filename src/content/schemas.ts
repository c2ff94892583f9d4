import { z } from 'astro/zod';
import { SECTIONS } from '../i18n/locales';

/**
 * Frontmatter schemas, kept apart from content.config.ts so unit tests can check them without Astro.
 * One JSDoc line per field: these are the only fields an article or glossary entry may have.
 */

/** A date that may be partial: '2013', '2021-11' or '2025-12-22' (legal texts are often cited by year). */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceSchema = z.object({
  /** The document's title in its own language, optionally glossed ("征信业管理条例 (Regulation on …)"). */
  title: z.string().min(1),
  /** Who issued or published it: a regulator, a court, a news outlet. */
  publisher: z.string().min(1),
  /** When it was issued or published; readers judge staleness by it. */
  date: partialDate,
  /** Where to read it, when a stable public address exists. */
  url: z.url().optional(),
});

export const simulatorRefSchema = z.object({
  /** Which simulator fits the article. */
  kind: z.enum(['loan', 'overdue', 'score']),
  /** A preset id from the engine's preset table (src/engine/presets.ts). */
  preset: z.string().min(1),
});

export const articleSchema = z.object({
  /** The page title, also used in search results. */
  title: z.string().min(1).max(90),
  /** One sentence for the meta description and result excerpts. */
  description: z.string().min(1).max(200),
  /** The section the article belongs to; also a search filter. */
  section: z.enum(SECTIONS),
  /** Position within its section (prev/next follow it). */
  order: z.number().int().min(1),
  /** The day the article was last reviewed against its sources. */
  updated: z.coerce.date(),
  /** The short answer, shown first in a box before the body. */
  summary: z.string().min(1),
  /** Terms readers type into search; weighted above body text. */
  keywords: z.array(z.string().min(1)).default([]),
  /** The simulator preset that illustrates the article, if any. */
  simulator: simulatorRefSchema.optional(),
  /** Where every factual claim comes from: at least one, each with a date. */
  sources: z.array(sourceSchema).min(1),
});

export const glossarySchema = z.object({
  /** The Chinese term, identical in both language files. */
  term: z.string().min(1),
  /** Hanyu pinyin with tone marks. */
  pinyin: z.string().min(1),
  /** The English term, identical in both language files. */
  english: z.string().min(1),
  /** One or two sentences in the file's own language. */
  definition: z.string().min(1),
  /** An article path such as 'overdue/what-happens' that explains the term in depth. */
  related: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/).optional(),
  /** The day the entry was last reviewed. */
  updated: z.coerce.date(),
});

/**
 * What an answer is about; the answers index groups by it. Readers arrive with one question, so the topics follow
 * their situations (from "what does it cost" to "is this a scam"), not the article sections.
 */
export const ANSWER_TOPICS = ['products', 'missing-payment', 'credit', 'collection', 'courts', 'family', 'getting-out', 'scams'] as const;
export type AnswerTopic = (typeof ANSWER_TOPICS)[number];

/** Where an answer points for more: an article path ('overdue/court') or another answer ('answers/<slug>'). */
const relatedPath = z.string().regex(/^(answers\/[a-z0-9-]+|[a-z-]+\/[a-z0-9-]+)$/, "Use 'section/slug' or 'answers/slug'");

export const answerSchema = z.object({
  /** The question as a reader would type or say it ("借呗逾期一天会上征信吗？"); the page title. */
  question: z.string().min(1).max(90),
  /** The complete short answer, shown first: at most 80 Chinese characters or 50 English words (tested per language). */
  answer: z.string().min(1),
  /** The group on the answers index. */
  topic: z.enum(ANSWER_TOPICS),
  /** The day the answer was last reviewed against its sources. */
  updated: z.coerce.date(),
  /** Other ways readers phrase the question (colloquial words); weighted in search, never shown. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Articles and other answers to read next, in the order they help. */
  related: z.array(relatedPath).min(1).max(6),
  /** One concrete thing to do now; may hold a Markdown link. */
  next: z.string().min(1),
  /** The simulator preset that shows the numbers, if any. */
  simulator: simulatorRefSchema.optional(),
  /** A letter or script from the templates page that fits ('credit-objection'). */
  template: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Where the answer's facts come from: at least two, each dated. */
  sources: z.array(sourceSchema).min(2),
});

/** A site page written as prose (privacy, and the like): mirrored per language like articles. */
export const pageSchema = z.object({
  /** The page title. */
  title: z.string().min(1).max(90),
  /** One sentence for the meta description. */
  description: z.string().min(1).max(200),
  /** The day the page was last reviewed. */
  updated: z.coerce.date(),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type AnswerData = z.infer<typeof answerSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
