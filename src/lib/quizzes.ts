import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitId } from './content';

/**
 * The quizzes collection: one file per article at the article's path ('zh-cn/overdue/court'). Lesson plans and
 * articles both read quizzes through here, so an answer key is derived from the same file the reader answers.
 */
export type Quiz = CollectionEntry<'quizzes'>;

/** Options are labelled A, B, C… in both languages (Chinese tests use Latin letters too). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The quiz that follows the article at `path` ('overdue/court') in `locale`, if one exists. */
export async function quizFor(locale: Locale, path: string): Promise<Quiz | undefined> {
  const all = await getCollection('quizzes', (entry) => splitId(entry.id).locale === locale);
  return all.find((entry) => splitId(entry.id).path === path);
}

export interface AnswerKeyLine {
  prompt: string;
  letter: string;
  answer: string;
}

/** An answer key, question by question: what a teacher reads out after the class has answered. */
export function answerKey(quiz: Quiz): AnswerKeyLine[] {
  return quiz.data.questions.map((question) => {
    const right = question.options.findIndex((option) => option.correct);
    return { prompt: question.prompt, letter: optionLetter(right), answer: question.options[right]?.text ?? '' };
  });
}
