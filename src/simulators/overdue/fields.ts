/**
 * The overdue simulator's inputs, in URL order (the canonical query lists keys in this order; shared links rely
 * on the keys, so never rename one). The loan keys are the loan simulator's own, under 'loan.' in the scenario.
 * The engine (src/engine/validate.ts) says what values are allowed; this says how each is typed, named and shown.
 */
import { OVERDUE_MODES, PENALTY_RULES } from '../../engine/scenario';
import { PENALTY_PRESETS } from '../../engine/overdue';
import { nested, type FieldDef, type FormText } from '../shared/fields';
import { LOAN_FIELDS } from '../loan/fields';
import type { SimKey } from '../shared/i18n';
import { DEFAULT_OVERDUE, OVERDUE_PRESETS, type OverduePresetId } from '../../engine/presets-overdue';
import type { OverdueScenario } from '../../engine/scenario';
import { validateOverdue } from '../../engine/validate-overdue';
import type { UrlCodecSource } from '../shared/url-codec';

const loanMode = (text: FormText) => text.mode === 'loan';
const isFee = (text: FormText) => text.m === 'fee-installment';

/** The loan's fields as the overdue form shows them: the schedule's fields only when it starts from a loan. */
const LOAN_PART: FieldDef[] = nested('loan', LOAN_FIELDS).map((field) => {
  switch (field.key) {
    case 'p':
    case 'n':
      return { ...field, when: loanMode };
    case 'm':
      return { ...field, help: undefined, when: loanMode };
    case 'f':
      return { ...field, help: undefined, when: (text) => loanMode(text) && isFee(text) };
    case 'r':
      return {
        ...field,
        // In amount mode only the contract rate matters (the penalty is a multiple of it).
        words: (text) => ({
          ...field.words?.(text),
          label: loanMode(text) ? 'sim.field.rate' : 'sim.overdue.contractRate',
          help: loanMode(text) ? undefined : 'sim.overdue.contractRateHelp',
        }),
      };
    default:
      return field;
  }
});

export const OVERDUE_FIELDS: readonly FieldDef[] = [
  {
    path: 'mode',
    key: 'mode',
    input: 'choice',
    options: OVERDUE_MODES,
    optionLabels: 'sim.overdue.mode.',
    label: 'sim.overdue.mode',
  },
  {
    path: 'amountDue',
    key: 'a',
    input: 'decimal',
    label: 'sim.overdue.amountDue',
    help: 'sim.overdue.amountHelp',
    unit: 'sim.unit.yuan',
    when: (text) => !loanMode(text),
  },
  {
    path: 'missedPeriod',
    key: 'miss',
    input: 'integer',
    label: 'sim.overdue.missedPeriod',
    help: 'sim.overdue.missedHelp',
    when: loanMode,
  },
  { path: 'dpd', key: 'dpd', input: 'integer', label: 'sim.overdue.dpd', unit: 'sim.unit.days' },
  {
    path: 'preset',
    key: 'rule',
    input: 'choice',
    options: PENALTY_RULES,
    optionLabels: 'sim.overdue.rule.',
    label: 'sim.overdue.rule',
    help: 'sim.overdue.ruleHelp',
    // A product's rule means its penalty figures; "custom" brings nothing and keeps what is there.
    brings: PENALTY_PRESETS,
  },
  {
    path: 'penaltyMultiplier',
    key: 'x',
    input: 'decimal',
    label: 'sim.overdue.multiplier',
    help: 'sim.overdue.multiplierHelp',
    unit: '×',
  },
  {
    path: 'penaltyDailyRate',
    key: 'pd',
    input: 'decimal',
    label: 'sim.overdue.penaltyDaily',
    help: 'sim.overdue.penaltyDailyHelp',
    unit: 'sim.unit.pctDay',
  },
  { path: 'graceDays', key: 'g', input: 'integer', label: 'sim.overdue.grace', unit: 'sim.unit.days' },
  { path: 'compound', key: 'c', input: 'check', label: 'sim.overdue.compound', help: 'sim.overdue.compoundHelp' },
  {
    path: 'accelerationDays',
    key: 'acc',
    input: 'integer',
    optional: true,
    label: 'sim.overdue.acceleration',
    help: 'sim.overdue.accelerationHelp',
    unit: 'sim.unit.days',
    // A single amount has nothing left to fall due early.
    when: loanMode,
  },
  {
    path: 'payOnDay',
    key: 'pay',
    input: 'integer',
    optional: true,
    label: 'sim.overdue.payOnDay',
    help: 'sim.overdue.payHelp',
    unit: 'sim.unit.days',
  },
  { path: 'startDate', key: 'date', input: 'date', label: 'sim.overdue.startDate', help: 'sim.overdue.startDateHelp' },
  ...LOAN_PART,
];

/** The form in three groups, top to bottom: what is owed, since when, under which rule. */
export const OVERDUE_FORM: readonly { legend: SimKey; keys: readonly string[] }[] = [
  { legend: 'sim.overdue.group.what', keys: ['mode', 'a', 'p', 'm', 'f', 'n', 'miss', 'rt', 'r'] },
  { legend: 'sim.overdue.group.when', keys: ['dpd', 'date', 'pay'] },
  { legend: 'sim.overdue.group.rule', keys: ['rule', 'x', 'pd', 'g', 'c', 'acc'] },
];

/**
 * What the overdue simulator's URL codec is made from: this field table and the engine's presets and validator.
 * The codec itself (shared/url-codec.ts) is loaded on first use, so it is not part of the page's initial JS.
 */
export const OVERDUE_URL_SOURCE: UrlCodecSource<OverdueScenario, OverduePresetId> = {
  fields: OVERDUE_FIELDS,
  presets: OVERDUE_PRESETS,
  fallback: DEFAULT_OVERDUE,
  validate: validateOverdue,
};
