import type { APIRoute } from 'astro';
import { HTML_LANG, LOCALES, SECTIONS } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import { answerPath, answersIn, articlesIn, articlePath } from '../lib/content';
import { TEMPLATE_IDS } from '../content/templates';
import { simulatorPaths } from '../lib/preset-paths';
import { lessonId, lessonsIn } from '../lib/lessons';

/**
 * sitemap.xml with hreflang alternates for every page. Every page exists in both languages with the same
 * locale-free path, so one list of paths describes the whole site.
 */
const PAGE_PATHS = [
  '',
  'learn',
  'glossary',
  'answers',
  'privacy',
  'search',
  'simulators',
  ...simulatorPaths('simulators'),
  'help/plan',
  'help/templates',
  ...TEMPLATE_IDS.map((id) => `help/templates/${id}`),
  'credit/sample-report',
  'teach',
];

export const GET: APIRoute = async ({ site }) => {
  const [articles, answers, lessons] = await Promise.all([articlesIn('zh-cn'), answersIn('zh-cn'), lessonsIn('zh-cn')]);
  const lessonPages = lessons.map(lessonId).flatMap((id) => [`teach/${id}`, `teach/${id}/handout`]);
  const paths = [...PAGE_PATHS, ...SECTIONS, ...articles.map(articlePath), ...answers.map(answerPath), ...lessonPages];
  const absolute = (href: string) => new URL(href, site).toString();
  const urls = paths.flatMap((path) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map(
        (alt) =>
          `    <xhtml:link rel="alternate" hreflang="${HTML_LANG[alt]}" href="${absolute(localePath(alt, path))}"/>`,
      ).join('\n');
      return `  <url>\n    <loc>${absolute(localePath(locale, path))}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
