import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { simulatorPaths } from '../../../src/lib/preset-paths';

/** Reads the content trees the same way the site does: one folder per language, same relative paths. */
export const CONTENT = 'content';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Paths of every file below `dir`, relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return walk(dir)
    .map((path) => relative(dir, path))
    .sort();
}

export interface ContentFile {
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export function readContent(collection: 'articles' | 'glossary' | 'answers', locale: 'zh-cn' | 'en'): ContentFile[] {
  if (!existsSync(join(CONTENT, collection, locale))) return [];
  const dir = join(CONTENT, collection, locale);
  return filesUnder(dir).map((path) => {
    const text = readFileSync(join(dir, path), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${collection}/${locale}/${path} has no frontmatter`);
    return { path, data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
  });
}

/** Body text without MDX components, tables' pipes, links' targets and code. */
export function proseOf(body: string): string {
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[#*_|>[\]-]/g, ' ');
}

export const cjkCount = (text: string) => text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
export const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

/**
 * Site paths (without language prefix or slashes) that content may link to besides articles and sections:
 * the fixed pages, and one page per file of the collections that have their own routes (answers, templates).
 */
export function linkablePages(): Set<string> {
  // Each simulator's page and its presets' own pages (`simulators/compare/repayment-methods`).
  const simulatorPages = simulatorPaths('simulators');
  const fixed = ['', 'learn', 'glossary', 'search', 'simulators', ...simulatorPages];
  const pages = ['answers', 'help/plan', 'help/templates', 'credit/sample-report', 'teach', 'privacy'];
  const routed = (['answers', 'help/templates'] as const).flatMap((route) => {
    const dir = join(CONTENT, route === 'answers' ? 'answers' : 'templates', 'zh-cn');
    return existsSync(dir) ? filesUnder(dir).map((path) => `${route}/${path.replace(/\.mdx?$/, '')}`) : [];
  });
  return new Set([...fixed, ...pages, ...routed]);
}

/** Article paths ('overdue/court') and their sections, from the zh-cn tree (the parity test keeps en the same). */
export function articleTargets(): Set<string> {
  const paths = filesUnder(join(CONTENT, 'articles', 'zh-cn')).map((path) => path.replace(/\.mdx$/, ''));
  return new Set([...paths, ...paths.map((path) => path.split('/')[0] ?? '')]);
}

/**
 * The site links in `text` (Markdown links and href attributes starting with "/") that do not resolve to a page
 * in `locale`: another language's page, or a path no page has. Empty when every link is good.
 */
export function brokenLinks(locale: 'zh-cn' | 'en', text: string): string[] {
  const targets = new Set([...articleTargets(), ...linkablePages()]);
  const broken: string[] = [];
  for (const match of text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
    const href = (match[1] ?? match[2] ?? '').split(/[?#]/)[0] ?? '';
    const hit = /^\/(zh-cn|en)\/(.*?)\/?$/.exec(href);
    if (!hit || hit[1] !== locale || !targets.has(hit[2] ?? '')) broken.push(href);
  }
  return broken;
}
