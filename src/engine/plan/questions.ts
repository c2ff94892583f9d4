/**
 * The planner's questions as one declarative table: every other part (the answer parser, the share-link codec,
 * the form on the page, the content schema's labels) is derived from it. Option ids are stable: they appear in
 * share links and in the content files that hold the labels.
 */

/** A question the reader answers with one option, or with any number of options (none = "none of these"). */
export interface Question {
  readonly id: string;
  readonly kind: 'one' | 'many';
  readonly options: readonly string[];
  /** Used when a one-choice answer is missing; null = the answer is required. */
  readonly fallback: string | null;
  /** Whether the answer may go into a share link (the safety answer never does). */
  readonly shareable: boolean;
}

export const QUESTIONS = [
  {
    id: 'stage',
    kind: 'one',
    options: [
      'about-to-miss',
      'late-under-30',
      'late-30-90',
      'late-over-90',
      'mediation',
      'lawsuit',
      'judgment',
      'enforcement',
    ],
    fallback: null,
    shareable: true,
  },
  { id: 'products', kind: 'many', options: ['ant', 'card', 'online', 'secured'], fallback: null, shareable: true },
  {
    id: 'contact',
    kind: 'many',
    options: ['calls-me', 'family', 'visits', 'threats'],
    fallback: null,
    shareable: true,
  },
  { id: 'canPay', kind: 'one', options: ['full', 'part', 'nothing'], fallback: 'part', shareable: true },
  { id: 'income', kind: 'one', options: ['steady', 'reduced', 'lost'], fallback: 'steady', shareable: true },
  { id: 'unsafe', kind: 'many', options: ['threatened', 'self-harm'], fallback: null, shareable: false },
  { id: 'report', kind: 'one', options: ['unchecked', 'fine', 'error'], fallback: 'unchecked', shareable: true },
  { id: 'agent', kind: 'one', options: ['no', 'yes'], fallback: 'no', shareable: true },
] as const satisfies readonly Question[];

type Q = (typeof QUESTIONS)[number];
/** Question ids, in the order the form asks them. */
export type QuestionId = Q['id'];
/** The option ids of one question. */
export type OptionOf<Id extends QuestionId> = Extract<Q, { id: Id }>['options'][number];

/** A complete, valid set of answers. Multi-choice answers are sorted, duplicate-free lists. */
export type Answers = {
  [K in Q as K['id']]: K['kind'] extends 'many' ? readonly K['options'][number][] : K['options'][number];
};

export type Stage = OptionOf<'stage'>;

/** Stages in which a court is involved: the court step always comes first (after safety). */
export const COURT_STAGES: readonly Stage[] = ['mediation', 'lawsuit', 'judgment', 'enforcement'];
/** Stages in which a payment is already late but no court is involved. */
export const LATE_STAGES: readonly Stage[] = ['late-under-30', 'late-30-90', 'late-over-90'];

export const STAGES = QUESTIONS[0].options;

/** The question with an id. */
export function questionById(id: QuestionId): Question {
  const q = QUESTIONS.find((question) => question.id === id);
  if (!q) throw new Error(`Unknown question ${id}`);
  return q;
}
