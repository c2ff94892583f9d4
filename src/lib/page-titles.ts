/**
 * The title of any page a simulator can point a reader to, by its locale-free path: articles
 * ('overdue/collection'), answers ('answers/<slug>', titled by their question), letters
 * ('help/templates/<id>') and the action plan ('help/plan'). One lookup, so link lists name pages by path only.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { answerPath, answersIn, articlePath, articlesIn } from './content';
import { templateId, templatesIn } from './act';

export async function pageTitles(locale: Locale): Promise<Map<string, string>> {
  const [articles, answers, templates] = await Promise.all([
    articlesIn(locale),
    answersIn(locale),
    templatesIn(locale),
  ]);
  const t = useTranslations(locale);
  return new Map([
    ...articles.map((article) => [articlePath(article), article.data.title] as const),
    ...answers.map((answer) => [answerPath(answer), answer.data.question] as const),
    ...templates.map((template) => [`help/templates/${templateId(template)}`, template.data.title] as const),
    ['help/plan', t('plan.title')] as const,
  ]);
}
