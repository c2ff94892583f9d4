import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitId } from './content';

/** The planner's words and the letters and scripts, per language (see content.config.ts). */
export type TemplateEntry = CollectionEntry<'templates'>;

export async function planTexts(locale: Locale) {
  const entry = await getEntry('plan', locale);
  if (!entry) throw new Error(`content/plan/${locale}.yaml is missing`);
  return entry.data;
}

export async function templatesIn(locale: Locale): Promise<TemplateEntry[]> {
  const all = await getCollection('templates', (entry) => splitId(entry.id).locale === locale);
  return all.sort((a, b) => a.data.order - b.data.order);
}

export const templateId = (entry: TemplateEntry) => splitId(entry.id).path;
