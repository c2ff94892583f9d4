import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COURT_STAGES,
  COURT_STEPS,
  DONT_IDS,
  QUESTIONS,
  RULES,
  SAFETY_STEPS,
  STEP_IDS,
  buildPlan,
  parseAnswers,
  parseShareString,
  shareString,
  type Answers,
} from '../../../src/engine/plan/index';

/** A quiet baseline: about to miss a payment, can pay part, nobody has called, report unchecked. */
const base: Answers = {
  stage: 'about-to-miss',
  products: ['ant'],
  contact: [],
  canPay: 'part',
  income: 'steady',
  unsafe: [],
  report: 'unchecked',
  agent: 'no',
};
const with_ = (changes: Partial<Answers>): Answers => ({ ...base, ...changes });
const stepsOf = (a: Answers) => buildPlan(a).steps;

/** Every answer combination the form can produce. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    QUESTIONS.map((q) => [
      q.id,
      q.kind === 'one'
        ? fc.constantFrom(...q.options)
        : fc.subarray([...q.options]).map((list) => q.options.filter((o) => list.includes(o))),
    ]),
  ),
) as unknown as fc.Arbitrary<Answers>;

/**
 * One example per rule where it applies and one where it does not, written by hand from the rule's intent, so a
 * changed condition shows up here.
 */
const EXAMPLES: Record<string, { fires: Partial<Answers>; quiet: Partial<Answers> }> = {
  'crisis-line': { fires: { unsafe: ['self-harm'] }, quiet: { unsafe: ['threatened'] } },
  'police-and-evidence': { fires: { contact: ['threats'] }, quiet: { contact: ['calls-me', 'family'] } },
  'check-mediation-is-real': { fires: { stage: 'mediation' }, quiet: { stage: 'lawsuit' } },
  'answer-the-court': { fires: { stage: 'lawsuit' }, quiet: { stage: 'judgment' } },
  'act-on-judgment': { fires: { stage: 'judgment' }, quiet: { stage: 'enforcement' } },
  'cooperate-with-enforcement': { fires: { stage: 'enforcement' }, quiet: { stage: 'late-over-90' } },
  'free-legal-advice': { fires: { stage: 'mediation' }, quiet: { stage: 'late-over-90' } },
  'stop-family-contact': { fires: { contact: ['family'] }, quiet: { contact: ['calls-me', 'visits'] } },
  'refuse-paid-agents': { fires: { agent: 'yes' }, quiet: { agent: 'no' } },
  'pay-by-due-date': { fires: { canPay: 'full' }, quiet: { stage: 'late-under-30', canPay: 'full' } },
  'pay-overdue-now': { fires: { stage: 'late-under-30', canPay: 'full' }, quiet: { stage: 'lawsuit', canPay: 'full' } },
  'ask-for-a-plan': {
    fires: { stage: 'late-30-90', canPay: 'nothing' },
    quiet: { stage: 'late-30-90', canPay: 'full' },
  },
  'card-hardship-plan': { fires: { products: ['card'] }, quiet: { products: ['ant', 'online'] } },
  'propose-a-settlement': {
    fires: { stage: 'judgment', canPay: 'part' },
    quiet: { stage: 'judgment', canPay: 'nothing' },
  },
  'ask-statement-of-debt': { fires: { stage: 'late-30-90' }, quiet: { stage: 'late-under-30' } },
  'ask-penalty-waiver': { fires: { stage: 'late-under-30' }, quiet: { stage: 'late-under-30', canPay: 'nothing' } },
  'list-your-debts': { fires: { canPay: 'nothing' }, quiet: { canPay: 'full' } },
  'keep-evidence-log': { fires: { contact: ['calls-me'] }, quiet: { contact: [] } },
  'complain-to-lender': { fires: { contact: ['visits'] }, quiet: { contact: ['calls-me'] } },
  'complain-to-regulator': { fires: { contact: ['family'] }, quiet: { contact: ['calls-me'] } },
  'dispute-report-error': { fires: { report: 'error' }, quiet: { report: 'fine' } },
  'check-credit-report': { fires: { stage: 'late-under-30' }, quiet: { stage: 'late-under-30', report: 'fine' } },
  'settlement-certificate': { fires: { stage: 'late-over-90', canPay: 'full' }, quiet: { canPay: 'full' } },
  'add-personal-statement': {
    fires: { stage: 'late-30-90', income: 'lost' },
    quiet: { stage: 'late-30-90', income: 'steady' },
  },
  'request-your-data': { fires: { contact: ['family'] }, quiet: { contact: ['threats'] } },
};

describe('planner rules', () => {
  it('has an example for every rule and no example for a rule that does not exist', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...STEP_IDS].sort());
  });

  it('has unique step ids, each with a source', () => {
    expect(new Set(STEP_IDS).size).toBe(STEP_IDS.length);
    for (const rule of RULES) expect(rule.source.length, rule.step).toBeGreaterThan(5);
  });

  for (const [step, { fires, quiet }] of Object.entries(EXAMPLES)) {
    it(`includes "${step}" when its condition holds and leaves it out otherwise`, () => {
      expect(stepsOf(with_(fires))).toContain(step);
      expect(stepsOf(with_(quiet))).not.toContain(step);
    });
  }

  it('never offers to pay in full and to negotiate a plan at the same time', () => {
    expect(stepsOf(with_({ canPay: 'full' }))).not.toContain('ask-for-a-plan');
    expect(stepsOf(with_({ canPay: 'part' }))).not.toContain('pay-by-due-date');
  });
});

describe('the five situations readers arrive with', () => {
  it('about to miss a payment: talk to the lender before the due date', () => {
    expect(stepsOf(base)[0]).toBe('ask-for-a-plan');
  });
  it('ten days late and able to pay: pay now, then ask for the penalty to be waived', () => {
    const steps = stepsOf(with_({ stage: 'late-under-30', canPay: 'full' }));
    expect(steps.slice(0, 2)).toEqual(['pay-overdue-now', 'ask-penalty-waiver']);
  });
  it('a collector called the family: stop that first, then keep a log and complain', () => {
    const steps = stepsOf(with_({ stage: 'late-30-90', contact: ['calls-me', 'family'] }));
    expect(steps[0]).toBe('stop-family-contact');
    expect(steps).toContain('keep-evidence-log');
    expect(steps).toContain('complain-to-regulator');
  });
  it('a text about mediation: check it is real before anything else', () => {
    expect(stepsOf(with_({ stage: 'mediation' })).slice(0, 2)).toEqual([
      'check-mediation-is-real',
      'free-legal-advice',
    ]);
  });
  it('a judgment: act on it, with free legal advice next', () => {
    expect(stepsOf(with_({ stage: 'judgment' })).slice(0, 2)).toEqual(['act-on-judgment', 'free-legal-advice']);
  });
});

describe('planner properties', () => {
  it('every combination of answers gives a non-empty plan with no duplicate or contradictory steps', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { steps, donts } = buildPlan(answers);
        expect(steps.length).toBeGreaterThan(0);
        expect(new Set(steps).size).toBe(steps.length);
        for (const rule of RULES) {
          if (!steps.includes(rule.step)) continue;
          for (const other of rule.conflicts ?? []) expect(steps, `${rule.step} with ${other}`).not.toContain(other);
        }
        for (const s of steps) expect(STEP_IDS).toContain(s);
        for (const d of donts) expect(DONT_IDS).toContain(d);
        expect(donts).toContain('no-borrowing-to-repay');
      }),
      { numRuns: 2000 },
    );
  });

  it('in a court or enforcement stage the court step comes first, after any safety step', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const steps = buildPlan(answers).steps.filter((s) => !(SAFETY_STEPS as readonly string[]).includes(s));
        const isCourtStep = (COURT_STEPS as readonly string[]).includes(steps[0] ?? '');
        expect(isCourtStep).toBe(COURT_STAGES.includes(answers.stage));
        expect(steps.filter((s) => (COURT_STEPS as readonly string[]).includes(s)).length).toBe(isCourtStep ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a reader who feels unsafe always gets safety first; self-harm before anything else', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const steps = buildPlan(answers).steps;
        if (answers.unsafe.includes('self-harm')) expect(steps[0]).toBe('crisis-line');
        else if (answers.unsafe.includes('threatened') || answers.contact.includes('threats'))
          expect(steps[0]).toBe('police-and-evidence');
        else for (const s of SAFETY_STEPS) expect(steps).not.toContain(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('a share link round-trips every answer except the safety answer, which it never carries', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const text = shareString(answers);
        expect(text).not.toMatch(/unsafe|self-harm|threatened/);
        const back = parseShareString(text);
        expect(back).toEqual({ ok: true, answers: { ...answers, unsafe: [] } });
      }),
    );
  });
});

describe('reading untrusted answers', () => {
  it('requires the stage and fills the other one-choice answers with their fallback', () => {
    expect(parseAnswers({})).toEqual({ ok: false, problems: [{ question: 'stage', code: 'required' }] });
    const parsed = parseAnswers({ stage: 'lawsuit' });
    expect(parsed.ok && parsed.answers).toEqual({ ...base, stage: 'lawsuit', products: [] });
  });

  it('reports unknown options instead of guessing, and drops duplicates', () => {
    expect(parseAnswers({ stage: 'lawsuit', contact: 'family,aliens' })).toEqual({
      ok: false,
      problems: [{ question: 'contact', code: 'invalid' }],
    });
    const parsed = parseAnswers({ stage: 'lawsuit', contact: ['family', 'family', 'calls-me'] });
    expect(parsed.ok && parsed.answers.contact).toEqual(['calls-me', 'family']);
  });

  it('ignores a safety answer smuggled into a share link and survives garbage', () => {
    const parsed = parseShareString('#stage=judgment&unsafe=self-harm');
    expect(parsed.ok && parsed.answers.unsafe).toEqual([]);
    expect(parseShareString('%%%&&&=').ok).toBe(false);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseShareString(s)).not.toThrow();
      }),
    );
  });
});
