/**
 * Turns a reader's answers into an ordered plan. Pure: no DOM, no storage, no network.
 *
 * buildPlan: every rule whose condition holds, sorted by priority (table order breaks ties); a step that conflicts
 * with an earlier one is left out. Safety steps have the lowest priorities and court steps the next, so "unsafe"
 * always comes first and, in a court stage, the court step comes right after any safety step.
 */
import { QUESTIONS, type Answers, type QuestionId } from './questions';
import { DONTS, RULES } from './rules';

export interface Plan {
  /** Step ids, most urgent first. */
  readonly steps: readonly string[];
  /** Ids of the things not to do that apply. */
  readonly donts: readonly string[];
}

export function buildPlan(answers: Answers): Plan {
  const applicable = RULES.map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.when(answers))
    .sort((x, y) => x.rule.priority - y.rule.priority || x.index - y.index);
  const steps: string[] = [];
  for (const { rule } of applicable) {
    if (steps.includes(rule.step)) continue;
    const clash = steps.some(
      (s) => rule.conflicts?.includes(s) || RULES.find((r) => r.step === s)?.conflicts?.includes(rule.step),
    );
    if (!clash) steps.push(rule.step);
  }
  return { steps, donts: DONTS.filter((d) => d.when(answers)).map((d) => d.id) };
}

/** Raw answers as a form or a link gives them: a value or a list of values per question id. */
export type RawAnswers = Partial<Record<string, string | readonly string[] | null | undefined>>;

/** What was wrong with raw answers: the question id and why ('required' or 'invalid'). */
export interface AnswerProblem {
  readonly question: QuestionId;
  readonly code: 'required' | 'invalid';
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] };

const asList = (value: string | readonly string[] | null | undefined): string[] =>
  value == null ? [] : typeof value === 'string' ? (value === '' ? [] : value.split(',')) : [...value];

/**
 * Validates untrusted answers (a form, a share link). One-choice questions: a known option, or the question's
 * fallback when missing; a missing required answer or an unknown option is a problem. Multi-choice: unknown options
 * are problems, duplicates are dropped, the list is sorted in table order.
 *
 * @example parseAnswers({ stage: 'mediation' }).ok // true (everything else takes its fallback)
 * @example parseAnswers({ stage: 'nope' }) // { ok: false, problems: [{ question: 'stage', code: 'invalid' }] }
 */
export function parseAnswers(raw: RawAnswers): ParsedAnswers {
  const problems: AnswerProblem[] = [];
  const out: Record<string, string | string[]> = {};
  for (const q of QUESTIONS) {
    const value = Object.prototype.hasOwnProperty.call(raw ?? {}, q.id) ? raw[q.id] : undefined;
    const options: readonly string[] = q.options;
    if (q.kind === 'many') {
      const list = asList(value);
      if (list.some((v) => !options.includes(v))) problems.push({ question: q.id, code: 'invalid' });
      out[q.id] = options.filter((o) => list.includes(o));
    } else {
      const given = typeof value === 'string' && value !== '' ? value : null;
      if (given === null && q.fallback === null) problems.push({ question: q.id, code: 'required' });
      else if (given !== null && !options.includes(given)) problems.push({ question: q.id, code: 'invalid' });
      else out[q.id] = given ?? (q.fallback as string);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: out as unknown as Answers };
}

/**
 * The answers a share link carries, as a query string for the URL's fragment (the part after '#', which browsers do
 * not send to the server). The safety answer is never included.
 *
 * @example shareString(answers) // 'stage=late-under-30&products=ant&contact=family&canPay=part&income=steady&report=unchecked&agent=no'
 */
export function shareString(answers: Answers): string {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    if (!q.shareable) continue;
    const value = answers[q.id];
    params.set(q.id, Array.isArray(value) ? value.join(',') : (value as string));
  }
  return params.toString();
}

/** Reads a share string back (untrusted); the safety answer is ignored even if present. */
export function parseShareString(text: string): ParsedAnswers {
  const params = new URLSearchParams(text.replace(/^#/, ''));
  const raw: Record<string, string> = {};
  for (const q of QUESTIONS) {
    const value = params.get(q.id);
    if (q.shareable && value !== null) raw[q.id] = value;
  }
  return parseAnswers(raw);
}
