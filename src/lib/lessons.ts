import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from '../i18n/locales';
import { splitId } from './content';
import { localePath } from '../i18n/paths';
import type { SimulatorKind } from '../engine/scenario';
import { hasPresetPath, simulatorPath } from './preset-paths';

/** Lesson plans for teachers: `content/lessons/<lang>/<id>.mdx`; the id is the same in both languages. */
export type Lesson = CollectionEntry<'lessons'>;

/** Every lesson is planned for one class period. */
export const LESSON_MINUTES = 45;

export function lessonId(lesson: Lesson): string {
  return splitId(lesson.id).path;
}

export async function lessonsIn(locale: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons', (entry) => splitId(entry.id).locale === locale);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Static paths for the per-lesson pages (the plan and its handout): every lesson in every language. */
export async function lessonPaths() {
  const pages = [];
  for (const locale of LOCALES) {
    for (const lesson of await lessonsIn(locale))
      pages.push({ params: { lang: locale, lesson: lessonId(lesson) }, props: { locale, lesson } });
  }
  return pages;
}

/**
 * The simulator page opened on a preset: its own page when it has one ('/en/simulators/loan/huabei-12/', right
 * figures even without JavaScript), else the main page with `?preset=` (with the deployment base).
 */
export function presetHref(locale: Locale, kind: SimulatorKind, preset: string): string {
  return hasPresetPath(kind, preset)
    ? localePath(locale, simulatorPath('simulators', kind, preset))
    : `${localePath(locale, `simulators/${kind}`)}?preset=${encodeURIComponent(preset)}`;
}

/**
 * The HTML a course page pastes to embed a simulator: the iframe and the resize script (see README, "Embedding a
 * simulator"). Same shape as the simulator page's "Embed this" dialog writes; attribute values are escaped.
 */
export function embedSnippet(src: string, title: string, kind: string, scriptUrl: string): string {
  const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" data-loanlens-embed="${attr(kind)}" loading="lazy" style="width:100%;height:900px;border:0"></iframe>\n` +
    `<script src="${attr(scriptUrl)}" async></` +
    `script>`
  );
}
