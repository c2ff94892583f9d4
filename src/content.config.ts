import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  answerSchema,
  articleSchema,
  glossarySchema,
  lessonSchema,
  pageSchema,
  planSchema,
  quizSchema,
  sampleReportSchema,
  simulatorDocSchema,
  templateSchema,
} from './content/schemas';

/**
 * Content lives at the top level (`content/`), mirrored per language:
 * `content/articles/zh-cn/overdue/collection.mdx` ⇄ `content/articles/en/overdue/collection.mdx`.
 * An entry's id is its path without extension ('zh-cn/overdue/collection'): the first segment is the
 * language, the rest is shared by both translations.
 */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

/** One reader's question per file, mirrored like articles: `content/answers/zh-cn/<slug>.mdx` ⇄ `…/en/<slug>.mdx`. */
const answers = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/answers' }),
  schema: answerSchema,
});

/** Site pages written as prose, one file per language: `content/pages/zh-cn/privacy.mdx` ⇄ `…/en/privacy.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** The planner's words: one file per language (content/plan/en.yaml → entry id 'en'). */
const plan = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/plan' }),
  schema: planSchema,
});

/** Letters and scripts: content/templates/<lang>/<id>.mdx, the same ids in both languages. */
const templates = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/templates' }),
  schema: templateSchema,
});

/** The annotated sample credit report's words: content/sample-report/<lang>.yaml. */
const sampleReport = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sample-report' }),
  schema: sampleReportSchema,
});

/** An article's self-check questions, at the article's path: `content/quizzes/zh-cn/overdue/court.yaml` ⇄ `…/en/…`. */
const quizzes = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

/** Lesson plans for teachers, mirrored per language: `content/lessons/zh-cn/<id>.mdx` ⇄ `…/en/<id>.mdx`. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

/** How to read each simulator and its methodology: `content/simulators/zh-cn/loan.mdx` ⇄ `…/en/loan.mdx`. */
const simulators = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/simulators' }),
  schema: simulatorDocSchema,
});

export const collections = {
  articles,
  glossary,
  answers,
  pages,
  plan,
  templates,
  sampleReport,
  quizzes,
  lessons,
  simulators,
};
