/**
 * Where the overdue simulator sends a reader next, by the collection stage their scenario reaches: the answers,
 * letters, planner and articles that fit that moment. Paths are locale-free site paths (see lib/page-titles);
 * a unit test checks that each one exists in both languages.
 */
import type { StageId } from '../../engine';

export const NEXT_BY_STAGE: Readonly<Record<StageId, readonly string[]>> = {
  due: ['answers/cant-pay-before-due-date', 'answers/auto-deduction-yuebao', 'help/plan'],
  early: [
    'answers/jiebei-one-day-late-credit-report',
    'answers/notice-before-credit-report',
    'help/templates/penalty-waiver',
  ],
  calls: [
    'answers/can-collectors-call-my-parents',
    'answers/collection-calls-at-night',
    'help/templates/report-illegal-collection',
  ],
  escalation: [
    'help/negotiating',
    'answers/can-i-negotiate-installments-with-jiebei',
    'help/templates/installment-plan',
  ],
  late: [
    'answers/collector-says-will-sue',
    'answers/do-i-have-to-attend-pre-litigation-mediation',
    'help/templates/mediation-reply',
  ],
  'write-off': [
    'answers/got-sued-what-to-do',
    'answers/will-i-go-to-jail-for-not-paying',
    'answers/how-to-get-a-settlement-certificate',
  ],
};

/** The articles that explain this simulator, linked from its page. */
export const EXPLAINED_IN = [
  'overdue/what-happens',
  'overdue/collection',
  'overdue/lawsuits-and-enforcement',
  'help/if-you-cant-pay',
] as const;
