import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, glossarySchema } from './content/schemas';

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

export const collections = { articles, glossary };
