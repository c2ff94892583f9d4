/**
 * The planner's rules: one row per step. A row says when the step applies (a pure predicate over the answers), how
 * urgent it is (lower priority = earlier in the plan), which steps it cannot appear with, and where the facts behind
 * it come from. The words of each step (why, by when, channel, template, what to read) are content, in
 * content/plan/<lang>.yaml, keyed by the same step id.
 *
 * Priority bands: 0–9 safety · 10–14 the court · 15–19 stop harm now · 20–29 pay or negotiate · 30–39 evidence and
 * complaints · 40–49 the credit report · 50+ longer-term rights.
 */
import { COURT_STAGES, LATE_STAGES, type Answers, type Stage } from './questions';

export interface Rule {
  readonly step: string;
  readonly when: (a: Answers) => boolean;
  readonly priority: number;
  /** Steps this one contradicts; the earlier (more urgent) of two conflicting steps wins. */
  readonly conflicts?: readonly string[];
  /** Where the facts behind the step are checked (the project's fact sheets, then the law). */
  readonly source: string;
}

const inCourt = (a: Answers) => COURT_STAGES.includes(a.stage);
const isLate = (a: Answers) => LATE_STAGES.includes(a.stage);
const before = (a: Answers) => a.stage === 'about-to-miss';
const stageIs =
  (...stages: Stage[]) =>
  (a: Answers) =>
    stages.includes(a.stage);
const contactHas =
  (...kinds: Answers['contact'][number][]) =>
  (a: Answers) =>
    kinds.some((k) => a.contact.includes(k));

/** Ids of the steps that answer a court situation: exactly one applies in each court stage. */
export const COURT_STEPS = [
  'check-mediation-is-real',
  'answer-the-court',
  'act-on-judgment',
  'cooperate-with-enforcement',
] as const;
/** Ids of the safety steps. */
export const SAFETY_STEPS = ['crisis-line', 'police-and-evidence'] as const;

export const RULES: readonly Rule[] = [
  // Safety first, always.
  {
    step: 'crisis-line',
    priority: 0,
    when: (a) => a.unsafe.includes('self-harm'),
    source: 'FACTS-2 §I (12356, 120, 110)',
  },
  {
    step: 'police-and-evidence',
    priority: 1,
    when: (a) => a.unsafe.includes('threatened') || a.contact.includes('threats'),
    source: 'FACTS §7; FACTS-2 §F (治安管理处罚法 2025 Art. 50, 47), §B.5 (刑法 Art. 238)',
  },
  // The court: one step per court stage.
  {
    step: 'check-mediation-is-real',
    priority: 10,
    when: stageIs('mediation'),
    source: 'FACTS-2 §M (特邀调解规定 Arts. 21, 22, 26–28; 12368)',
  },
  { step: 'answer-the-court', priority: 10, when: stageIs('lawsuit'), source: 'FACTS-2 §C, §I (12368, 12348)' },
  {
    step: 'act-on-judgment',
    priority: 10,
    when: stageIs('judgment'),
    source: 'FACTS §8; FACTS-2 §C.4, §D (限制消费, 失信名单)',
  },
  {
    step: 'cooperate-with-enforcement',
    priority: 10,
    when: stageIs('enforcement'),
    source: 'FACTS-2 §C.2–C.5 (民事诉讼法 Arts. 252–255, 265)',
  },
  { step: 'free-legal-advice', priority: 12, when: inCourt, source: 'FACTS-2 §I (12348; 法律援助法 Arts. 22–23, 31)' },
  // Stop harm now.
  {
    step: 'stop-family-contact',
    priority: 15,
    when: contactHas('family'),
    source: 'FACTS §7; FACTS-2 §G (GB/T 45251—2025; CBA 2026 guideline)',
  },
  { step: 'refuse-paid-agents', priority: 17, when: (a) => a.agent === 'yes', source: 'FACTS §5.7, §10' },
  // Pay or negotiate.
  {
    step: 'pay-by-due-date',
    priority: 20,
    when: (a) => before(a) && a.canPay === 'full',
    source: 'FACTS §2, §3 (no grace period reported)',
  },
  {
    step: 'pay-overdue-now',
    priority: 20,
    when: (a) => isLate(a) && a.canPay === 'full',
    source: 'FACTS §2, §3 (daily penalty)',
  },
  {
    step: 'ask-for-a-plan',
    priority: 21,
    when: (a) => (before(a) || isLate(a)) && a.canPay !== 'full',
    conflicts: ['pay-by-due-date', 'pay-overdue-now'],
    source: 'FACTS §8.3 (plans are at the lender’s discretion, except the card rule)',
  },
  {
    step: 'card-hardship-plan',
    priority: 22,
    when: (a) => (before(a) || isLate(a)) && a.canPay !== 'full' && a.products.includes('card'),
    source: 'FACTS §8.3 (信用卡业务监督管理办法 Art. 70)',
  },
  {
    step: 'propose-a-settlement',
    priority: 22,
    when: (a) => stageIs('lawsuit', 'judgment', 'enforcement')(a) && a.canPay !== 'nothing',
    source: 'FACTS-2 §C.4, §M.2 (settlements and mediation agreements are enforceable)',
  },
  {
    step: 'ask-statement-of-debt',
    priority: 24,
    when: stageIs('late-30-90', 'late-over-90', 'mediation', 'lawsuit'),
    source: 'FACTS-2 §A.7; FACTS §4.4',
  },
  {
    step: 'ask-penalty-waiver',
    priority: 25,
    when: (a) => isLate(a) && a.canPay !== 'nothing',
    source: 'FACTS §3, §4.4 (Civil Code Art. 585), §8.3',
  },
  {
    step: 'list-your-debts',
    priority: 27,
    when: (a) => a.canPay !== 'full',
    source: 'FACTS-2 §C.3 (living necessities are protected)',
  },
  // Evidence and complaints.
  {
    step: 'keep-evidence-log',
    priority: 30,
    when: (a) => a.contact.length > 0,
    source: 'FACTS §7; FACTS-2 §F (report within 6 months, Art. 25)',
  },
  {
    step: 'complain-to-lender',
    priority: 33,
    when: contactHas('family', 'visits', 'threats'),
    source: 'FACTS §7, §10',
  },
  {
    step: 'complain-to-regulator',
    priority: 34,
    when: contactHas('family', 'visits', 'threats'),
    source: 'FACTS §10; FACTS-2 §I (12378)',
  },
  // The credit report.
  {
    step: 'dispute-report-error',
    priority: 40,
    when: (a) => a.report === 'error',
    source: 'FACTS §5.4; FACTS-2 §H.1 (征信业管理条例 Arts. 25, 26)',
  },
  {
    step: 'check-credit-report',
    priority: 41,
    when: (a) => a.report === 'unchecked' && !before(a),
    source: 'FACTS §5.3 (two free reports a year; 400-810-8866)',
  },
  {
    step: 'settlement-certificate',
    priority: 45,
    when: (a) => a.canPay === 'full' && !before(a),
    source: 'FACTS §5.1 (the 5-year clock starts at settlement)',
  },
  {
    step: 'add-personal-statement',
    priority: 46,
    when: (a) => a.income !== 'steady' && !before(a),
    source: 'FACTS §5.1; FACTS-2 §H.1 (征信业管理条例 Art. 16 ¶2)',
  },
  // Longer-term rights.
  {
    step: 'request-your-data',
    priority: 50,
    when: contactHas('family'),
    source: 'FACTS-2 §K (个人信息保护法 Arts. 45–47, 50)',
  },
];

/** Every step id, in table order. */
export const STEP_IDS: readonly string[] = RULES.map((rule) => rule.step);

/** Things not to do, each with when it is worth saying (most apply to everyone). */
export interface Dont {
  readonly id: string;
  readonly when: (a: Answers) => boolean;
  readonly source: string;
}

export const DONTS: readonly Dont[] = [
  {
    id: 'no-borrowing-to-repay',
    when: () => true,
    source: 'FACTS §7 (collectors may not push new borrowing); FACTS-2 §G',
  },
  { id: 'no-paid-agents', when: () => true, source: 'FACTS §5.7, §10' },
  { id: 'no-ignoring-court-mail', when: () => true, source: 'FACTS-2 §C, §M' },
  { id: 'no-payments-to-strangers', when: () => true, source: 'FACTS-2 §M.4' },
  { id: 'no-signing-unread', when: stageIs('mediation', 'lawsuit', 'judgment', 'enforcement'), source: 'FACTS-2 §M.2' },
  { id: 'no-hiding-assets', when: stageIs('judgment', 'enforcement'), source: 'FACTS-2 §B.1–B.2 (刑法 Art. 313)' },
];

export const DONT_IDS: readonly string[] = DONTS.map((dont) => dont.id);
