import { z } from 'astro/zod';
import { SECTIONS } from '../i18n/locales';
import { SIMULATOR_KINDS } from '../engine/scenario';

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
  kind: z.enum(SIMULATOR_KINDS),
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

export type ArticleData = z.infer<typeof articleSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
