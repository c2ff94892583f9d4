/**
 * The loan simulator's inputs, in URL order (the canonical query lists keys in this order; shared links rely on
 * the keys, so never rename one). The engine (src/engine/validate.ts) says what values are allowed; this says how
 * each is typed, named, shown and written in a URL.
 */
import { LOAN_METHODS, RATE_TYPES } from '../../engine/scenario';
import type { FieldDef, FormText } from '../shared/fields';
import { DEFAULT_LOAN, LOAN_PRESETS, type LoanPresetId } from '../../engine/presets-loan';
import type { LoanScenario } from '../../engine/scenario';
import { validateLoan } from '../../engine/validate-loan';
import type { UrlCodecSource } from '../shared/url-codec';

const isFee = (text: FormText) => text.m === 'fee-installment';

export const LOAN_FIELDS: readonly FieldDef[] = [
  { path: 'principal', key: 'p', input: 'decimal', label: 'sim.field.principal', unit: 'sim.unit.yuan' },
  {
    path: 'deduction',
    key: 'd',
    input: 'decimal',
    optional: true,
    label: 'sim.field.deduction',
    help: 'sim.field.deductionHelp',
    unit: 'sim.unit.yuan',
  },
  {
    path: 'rateType',
    key: 'rt',
    input: 'choice',
    options: RATE_TYPES,
    optionLabels: 'sim.field.rateType.',
    label: 'sim.field.rateType',
    when: (text) => !isFee(text),
  },
  {
    path: 'rate',
    key: 'r',
    input: 'decimal',
    label: 'sim.field.rate',
    help: 'sim.field.rateHelp',
    when: (text) => !isFee(text),
    words: (text) => ({ unit: text.rt === 'annual' ? 'sim.unit.pctYear' : 'sim.unit.pctDay' }),
  },
  { path: 'term', key: 'n', input: 'integer', label: 'sim.field.term', unit: 'sim.unit.months' },
  {
    path: 'method',
    key: 'm',
    input: 'choice',
    options: LOAN_METHODS,
    optionLabels: 'sim.field.method.',
    label: 'sim.field.method',
    help: 'sim.field.methodHelp',
  },
  {
    path: 'feeRate',
    key: 'f',
    input: 'decimal',
    label: 'sim.field.fee',
    help: 'sim.field.feeHelp',
    unit: 'sim.unit.pct',
    when: isFee,
  },
];

/** The form, top to bottom: what was borrowed (and what of it was kept back), how it is repaid, its price, its length. */
export const LOAN_FORM: readonly string[] = ['p', 'd', 'm', 'f', 'rt', 'r', 'n'];

/**
 * What the loan simulator's URL codec is made from: this field table and the engine's presets and validator.
 * The codec itself (shared/url-codec.ts) is loaded on first use, so it is not part of the page's initial JS.
 */
export const LOAN_URL_SOURCE: UrlCodecSource<LoanScenario, LoanPresetId> = {
  fields: LOAN_FIELDS,
  presets: LOAN_PRESETS,
  fallback: DEFAULT_LOAN,
  validate: validateLoan,
};
