import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { answerSchema, articleSchema, glossarySchema, pageSchema } from './content/schemas';

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

export const collections = { articles, glossary, answers, pages };
