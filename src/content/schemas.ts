import { z } from 'astro/zod';
import { SECTIONS } from '../i18n/locales';
import { DONT_IDS, QUESTIONS, STEP_IDS } from '../engine/plan/index';
import { FIELD_IDS, TEMPLATE_IDS } from './templates';
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

/** A site path the planner and templates may point readers to: an article 'section/slug' or a fixed page. */
const sitePath = z.string().regex(/^[a-z-]+(\/[a-z0-9-]+)*$/, 'A path like overdue/collection, without language or slashes');

/** An object with exactly the given keys, each holding `value` (no key missing, none extra). */
const exactly = <T extends z.ZodType>(keys: readonly string[], value: T) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<string, T>);

const planStepSchema = z.strictObject({
  /** The step as an instruction, short enough for one printed line. */
  title: z.string().min(1).max(90),
  /** Why it matters, in one or two sentences. */
  why: z.string().min(1).max(260),
  /** By when. */
  when: z.string().min(1).max(120),
  /** The phone number, office or channel to use. */
  channel: z.string().min(1).max(120),
  /** The letter or script to use, if one fits. */
  template: z.enum(TEMPLATE_IDS).optional(),
  /** An article to read next: 'section/slug'. */
  read: sitePath.optional(),
});

/** The planner's words in one language: questions and option labels, step texts, things not to do. */
export const planSchema = z.strictObject({
  /** The day the texts were last checked against their sources. */
  updated: z.coerce.date(),
  /** One entry per question of the engine's table, with a label for every option. */
  questions: z.strictObject(
    Object.fromEntries(
      QUESTIONS.map((q) => [
        q.id,
        z.strictObject({ label: z.string().min(1), hint: z.string().min(1).optional(), options: exactly(q.options, z.string().min(1)) }),
      ]),
    ),
  ),
  /** One text per step id of the engine's rule table. */
  steps: exactly(STEP_IDS, planStepSchema),
  /** One text per "don't" of the engine's table. */
  donts: exactly(DONT_IDS, z.strictObject({ title: z.string().min(1).max(90), why: z.string().min(1).max(200) })),
  /** Where the step texts' facts come from. */
  sources: z.array(sourceSchema).min(1),
});

/** One letter or script inside a template. */
const templateTextSchema = z.strictObject({
  /** 'script' is said on the phone; 'letter' is written and sent. */
  kind: z.enum(['script', 'letter']),
  /** Its heading on the page. */
  heading: z.string().min(1).max(80),
  /** The text, with fields written {{fieldId}}. */
  body: z.string().min(1),
});

export const templateSchema = z.strictObject({
  /** The page title. */
  title: z.string().min(1).max(90),
  /** One sentence: what this letter or script gets you. */
  description: z.string().min(1).max(200),
  /** Position on the templates page. */
  order: z.number().int().min(1),
  /** The day it was last reviewed. */
  updated: z.coerce.date(),
  /** When to use it: short points. */
  when: z.array(z.string().min(1)).min(1),
  /** What to attach or have ready. */
  attach: z.array(z.string().min(1)).min(1),
  /** What happens next, and what to do if nothing does. */
  next: z.array(z.string().min(1)).min(1),
  /** The fields the builder offers, in the order it offers them; every {{field}} of the texts must be listed. */
  fields: z.array(z.enum(FIELD_IDS)).min(1),
  /** The letters and scripts. */
  texts: z.array(templateTextSchema).min(1),
  /** Articles to read alongside: 'section/slug'. */
  related: z.array(sitePath).default([]),
  /** Where its facts come from. */
  sources: z.array(sourceSchema).min(1),
});

const REPORT_NOTES = ['header', 'identity', 'summary', 'accounts', 'grid', 'public', 'statement', 'objection', 'enquiries'] as const;
/** Every grid code the sample report's legend explains. */
export const REPORT_LEGEND_CODES = ['N', '1', '2', '3', '4', '5', '6', '7', 'C', 'G', 'B', 'D', 'Z', '#', '*', '/'] as const;

/** The annotated sample credit report's words in one language (its grids are computed, not written). */
export const sampleReportSchema = z.strictObject({
  /** The day the texts were last checked. */
  updated: z.coerce.date(),
  /** The fictional person's story, in a few sentences. */
  story: z.string().min(1),
  /** How the grid relates to the score simulator's preset, and where it cannot match. */
  simulatorNote: z.string().min(1),
  /** Why the 2025 one-off repair does not apply. */
  repairNote: z.string().min(1),
  /** Field labels and fixed values of the report. */
  labels: z.record(z.string(), z.string().min(1)),
  /** The accounts, each with the kind of grid the page computes for it. */
  accounts: z.array(z.strictObject({
    lender: z.string().min(1), kind: z.string().min(1), opened: z.string().min(1), limit: z.string().min(1),
    balance: z.string().min(1), state: z.string().min(1), grid: z.enum(['preset', 'card', 'closed']),
  })).length(3),
  /** Enquiry records. */
  enquiries: z.array(z.strictObject({ date: z.string().min(1), by: z.string().min(1), why: z.string().min(1) })).min(1),
  /** One numbered note per part of the report. */
  notes: exactly(REPORT_NOTES, z.string().min(1)),
  /** What every grid code means. */
  legend: exactly(REPORT_LEGEND_CODES, z.string().min(1)),
  /** Where the legend comes from. */
  legendNote: z.string().min(1),
  /** "连三累六", explained without presenting it as a rule. */
  threeSix: z.strictObject({ title: z.string().min(1), body: z.string().min(1) }),
  /** Sources. */
  sources: z.array(sourceSchema).min(1),
});

export type SampleReportData = z.infer<typeof sampleReportSchema>;
export type PlanData = z.infer<typeof planSchema>;
export type TemplateData = z.infer<typeof templateSchema>;
/**
 * A self-check quiz: one file per article, at the article's path under `content/quizzes/<lang>/`, kept apart from
 * the article so editors can revise either without touching the other. Both languages ask the same questions (same
 * ids, same number of options, the right answer in the same place), worded for their readers.
 */
export const quizOptionSchema = z.object({
  /** The answer as the reader sees it ("对" / "True" for a true-or-false question). */
  text: z.string().min(1),
  /** Marks the one right answer of the question. */
  correct: z.boolean().default(false),
  /** Shown when the reader picks this option: why it is right, or what it gets wrong. */
  feedback: z.string().min(1),
});

export const quizQuestionSchema = z.object({
  /** Stable within the quiz ('apr-from-daily'): a reader's stored answer is keyed by it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The question, answerable from the article it follows. */
  prompt: z.string().min(1),
  /** Two (true or false) to five choices, exactly one of them correct. */
  options: z
    .array(quizOptionSchema)
    .min(2)
    .max(5)
    .refine((options) => options.filter((option) => option.correct).length === 1, 'Mark exactly one option correct'),
  /** Why the right answer is right, shown after any choice and in the "show answer" disclosure. */
  explanation: z.string().min(1),
  /** The id of the article heading that teaches the answer (the build fails when the article has no such heading). */
  anchor: z.string().min(1),
});

export const quizSchema = z.object({
  /** The day the questions were last checked against the article. */
  updated: z.coerce.date(),
  /** Three to five questions, in the order the article teaches them. */
  questions: z.array(quizQuestionSchema).min(3).max(5),
});

/**
 * A 45-minute lesson plan for a teacher, mirrored per language: `content/lessons/zh-cn/<id>.mdx` ⇄ `…/en/<id>.mdx`.
 * The frontmatter is the plan; the body is the learners' handout, printed on one or two A4 pages.
 */
export const lessonSchema = z.object({
  /** The lesson's title, also the handout's heading. */
  title: z.string().min(1).max(90),
  /** One sentence: what the class is about, for the teacher's page and the meta description. */
  description: z.string().min(1).max(200),
  /** Position on the teacher's page. */
  order: z.number().int().min(1),
  /** The day the plan was last reviewed against the articles it uses. */
  updated: z.coerce.date(),
  /** What learners can do by the end, each a short phrase that completes "learners can…". */
  objectives: z.array(z.string().min(1)).min(2).max(5),
  /** What the teacher gets ready beforehand. */
  prepare: z.array(z.string().min(1)).min(1),
  /** The class in order; the minutes add up to the lesson's length (tested). */
  steps: z
    .array(
      z.object({
        /** How long the step takes. */
        minutes: z.number().int().min(1),
        /** What the step is, in a few words. */
        title: z.string().min(1),
        /** What the teacher does and asks, in one or two sentences. */
        detail: z.string().min(1),
      }),
    )
    .min(3),
  /** Simulator scenarios to open in class, each with what it shows. */
  presets: z.array(simulatorRefSchema.extend({ /** What the scenario shows, in a few words. */ label: z.string().min(1) })).min(1),
  /** Questions that start a discussion, without a single right answer. */
  discussion: z.array(z.string().min(1)).min(2),
  /** The article paths ('overdue/court') the lesson uses; their quizzes form the answer key. */
  articles: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/)).min(1),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type LessonData = z.infer<typeof lessonSchema>;
export type QuizData = z.infer<typeof quizSchema>;
export type AnswerData = z.infer<typeof answerSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;

/**
 * A simulator's "how to read it" and methodology, one file per language and simulator:
 * `content/simulators/zh-cn/loan.mdx` ⇄ `…/en/loan.mdx`. Figures the model uses are written as
 * `<Constant name="…" />` (src/components/sim/Constant.astro), never retyped.
 */
export const simulatorDocSchema = z.object({
  /** The day the text was last checked against the engine and its sources. */
  updated: z.coerce.date(),
});
