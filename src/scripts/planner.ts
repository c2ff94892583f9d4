/**
 * The planner in the browser: shows one question at a time, validates, builds the plan with the engine and renders
 * it by cloning the step blocks the page pre-rendered (never by inserting text as HTML). Answers stay in memory; a
 * link is made only when the reader asks, with the answers after '#' (never sent to a server) and never the safety
 * answer.
 */
import { QUESTIONS, buildPlan, parseAnswers, parseShareString, shareString, type Answers } from '../engine/plan/index';

interface Strings {
  question: string;
  required: string;
  generatedFor: string;
  sharedNotice: string;
  badLink: string;
  stages: Record<string, string>;
}

export function startPlanner(): void {
  const form = document.querySelector<HTMLFormElement>('[data-planner]');
  const result = document.querySelector<HTMLElement>('[data-plan-result]');
  const stringsEl = document.querySelector('[data-plan-strings]');
  if (!form || !result || !stringsEl) return;
  const strings = JSON.parse(stringsEl.textContent ?? '{}') as Strings;
  const notice = document.querySelector<HTMLElement>('[data-plan-notice]');
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
  let current = 0;

  form.hidden = false;
  form.classList.add('js-stepper');

  const show = (index: number, focus = true) => {
    current = Math.max(0, Math.min(fieldsets.length - 1, index));
    fieldsets.forEach((fs, i) => fs.classList.toggle('current', i === current));
    if (focus) fieldsets[current]?.querySelector<HTMLInputElement>('input')?.focus();
  };

  const raw = () => {
    const data = new FormData(form);
    return Object.fromEntries(
      QUESTIONS.map((q) => [q.id, data.getAll(q.id).map(String)]).map(([id, values]) => {
        const q = QUESTIONS.find((x) => x.id === id)!;
        return [id, q.kind === 'one' ? ((values as string[])[0] ?? '') : values];
      }),
    );
  };

  const setError = (fs: HTMLFieldSetElement | undefined, message: string) => {
    const el = fs?.querySelector<HTMLElement>('[data-error]');
    if (el) el.textContent = message;
  };

  /** The current question may be left blank unless the engine says its answer is required. */
  const currentIsValid = (): boolean => {
    const fs = fieldsets[current];
    const id = fs?.dataset.question;
    const parsed = parseAnswers(raw());
    const problem = parsed.ok ? undefined : parsed.problems.find((p) => p.question === id);
    setError(fs, problem ? strings.required : '');
    if (problem) fs?.querySelector<HTMLInputElement>('input')?.focus();
    return !problem;
  };

  const fill = (answers: Answers) => {
    for (const q of QUESTIONS) {
      const value = answers[q.id];
      const chosen: readonly string[] = Array.isArray(value) ? value : [value as string];
      form.querySelectorAll<HTMLInputElement>(`input[name="${q.id}"]`).forEach((input) => {
        input.checked = chosen.includes(input.value);
      });
    }
  };

  const render = (answers: Answers) => {
    const plan = buildPlan(answers);
    const list = result.querySelector('[data-plan-steps]')!;
    const donts = result.querySelector('[data-plan-donts]')!;
    list.replaceChildren(
      ...plan.steps.map((id) =>
        document.querySelector<HTMLTemplateElement>(`template[data-step-template="${id}"]`)!.content.cloneNode(true),
      ),
    );
    donts.replaceChildren(
      ...plan.donts.map((id) =>
        document.querySelector<HTMLTemplateElement>(`template[data-dont-template="${id}"]`)!.content.cloneNode(true),
      ),
    );
    result.querySelector('[data-plan-for]')!.textContent = strings.generatedFor.replace(
      '{stage}',
      strings.stages[answers.stage] ?? '',
    );
    result.dataset.answers = shareString(answers);
    result.querySelector<HTMLElement>('[data-share-box]')!.hidden = true;
    result.hidden = false;
    form.hidden = true;
    result.querySelector<HTMLElement>('h2')?.focus();
  };

  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-next]')) {
      if (currentIsValid()) show(current + 1);
    } else if (target.closest('[data-back]')) show(current - 1);
  });
  form.addEventListener('change', () => setError(fieldsets[current], ''));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = parseAnswers(raw());
    if (!parsed.ok) {
      const first = fieldsets.findIndex((fs) => parsed.problems.some((p) => p.question === fs.dataset.question));
      show(first);
      setError(fieldsets[first], strings.required);
      return;
    }
    if (notice) notice.hidden = true;
    render(parsed.answers);
  });

  result.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  result.querySelector('[data-edit]')?.addEventListener('click', () => {
    result.hidden = true;
    form.hidden = false;
    show(0);
  });
  result.querySelector('[data-share]')?.addEventListener('click', () => {
    const box = result.querySelector<HTMLElement>('[data-share-box]')!;
    const input = box.querySelector<HTMLInputElement>('[data-share-url]')!;
    input.value = `${location.origin}${location.pathname}#${result.dataset.answers ?? ''}`;
    box.hidden = false;
    input.focus();
    input.select();
  });

  show(0, false);
  // A link the reader (or someone they trust) made earlier: untrusted until the engine has parsed it.
  if (location.hash.length > 1) {
    const parsed = parseShareString(location.hash);
    if (notice) {
      notice.textContent = parsed.ok ? strings.sharedNotice : strings.badLink;
      notice.hidden = false;
    }
    if (parsed.ok) {
      fill(parsed.answers);
      render(parsed.answers);
    }
  }
}
