import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizSchema, type QuizData } from '../../../src/content/schemas';
import { CONTENT, filesUnder } from './helpers';

/**
 * Every article is followed by a self-check quiz in both languages. The schema (exactly one right answer, feedback
 * on every option) is checked here on the real files, and the two languages must ask the same questions: same ids,
 * same number of options, the right answer in the same place. Whether each anchor names a real heading is checked
 * where the headings exist, at build time (src/components/Quiz.astro) and in the browser (tests/e2e/quiz.test.ts).
 */
const articlePaths = filesUnder(join(CONTENT, 'articles', 'zh-cn')).map((path) => path.replace(/\.mdx$/, ''));

function readQuiz(locale: 'zh-cn' | 'en', path: string): unknown {
  return parse(readFileSync(join(CONTENT, 'quizzes', locale, `${path}.yaml`), 'utf8'));
}

const parsed = (locale: 'zh-cn' | 'en', path: string): QuizData => quizSchema.parse(readQuiz(locale, path));

describe('quizzes', () => {
  it('exist for every article and for nothing else, mirrored in both languages', () => {
    const expected = articlePaths.map((path) => `${path}.yaml`);
    expect(filesUnder(join(CONTENT, 'quizzes', 'zh-cn'))).toEqual(expected);
    expect(filesUnder(join(CONTENT, 'quizzes', 'en'))).toEqual(expected);
  });

  for (const path of articlePaths) {
    it(`${path}: 3–5 questions, one right answer each, feedback on every option, in both languages`, () => {
      for (const locale of ['zh-cn', 'en'] as const) {
        const result = quizSchema.safeParse(readQuiz(locale, path));
        expect(result.success ? [] : result.error.issues.map((issue) => `${locale} ${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
        for (const question of parsed(locale, path).questions) {
          expect(question.options.filter((option) => option.correct), `${locale} ${question.id}`).toHaveLength(1);
          for (const option of question.options) expect(option.feedback.trim(), `${locale} ${question.id}`).not.toBe('');
        }
      }
    });

    it(`${path}: both languages ask the same questions with the right answer in the same place`, () => {
      const shape = (quiz: QuizData) =>
        quiz.questions.map((question) => ({ id: question.id, options: question.options.length, right: question.options.findIndex((option) => option.correct) }));
      expect(shape(parsed('en', path))).toEqual(shape(parsed('zh-cn', path)));
    });

    it(`${path}: each language is written in its own language`, () => {
      const text = (quiz: QuizData) => quiz.questions.map((question) => question.prompt + question.explanation).join(' ');
      expect(text(parsed('zh-cn', path))).toMatch(/[\u4e00-\u9fff]{10}/);
      expect(text(parsed('en', path)).match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeLessThan(20);
    });
  }
});

describe('quiz schema', () => {
  const question = (correct: boolean[]) => ({
    id: 'q',
    prompt: 'p',
    explanation: 'e',
    anchor: 'a',
    options: correct.map((flag, i) => ({ text: `o${i}`, correct: flag, feedback: 'f' })),
  });
  const quiz = (questions: unknown[]) => ({ updated: '2026-12-02', questions });

  it('rejects a question with no right answer or with two', () => {
    const ok = question([true, false]);
    expect(quizSchema.safeParse(quiz([ok, ok, question([false, false])])).success).toBe(false);
    expect(quizSchema.safeParse(quiz([ok, ok, question([true, true, false])])).success).toBe(false);
    expect(quizSchema.safeParse(quiz([ok, ok, ok])).success).toBe(true);
  });

  it('rejects an option without feedback, and fewer than three questions', () => {
    const ok = question([true, false]);
    const silent = { ...ok, options: [{ text: 'a', correct: true }, { text: 'b', feedback: 'f' }] };
    expect(quizSchema.safeParse(quiz([ok, ok, silent])).success).toBe(false);
    expect(quizSchema.safeParse(quiz([ok, ok])).success).toBe(false);
  });
});
