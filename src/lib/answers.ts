import type { Answer } from './content';

/**
 * Up to `count` other questions to offer after an answer: the ones it names in `related` first, in that order,
 * then others from the same topic, so every answer page leads somewhere even when it names few.
 */
export function relatedQuestions(answer: Answer, all: readonly Answer[], count = 3): Answer[] {
  const slug = (entry: Answer) => entry.id.slice(entry.id.indexOf('/') + 1);
  const named = answer.data.related
    .filter((path) => path.startsWith('answers/'))
    .map((path) => all.find((entry) => `answers/${slug(entry)}` === path))
    .filter((entry): entry is Answer => entry !== undefined);
  const sameTopic = all.filter((entry) => entry.data.topic === answer.data.topic);
  const picked: Answer[] = [];
  for (const entry of [...named, ...sameTopic]) {
    if (picked.length === count) break;
    if (entry.id !== answer.id && !picked.includes(entry)) picked.push(entry);
  }
  return picked;
}

/**
 * schema.org FAQPage for one question and its answer, as JSON safe to put inside a <script> element
 * ("<" is escaped so no text can close the element). The answer text is plain: Markdown links keep their words.
 */
export function faqJsonLd(question: string, answerText: string): string {
  const text = answerText
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [{ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text } }],
  };
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
