/** Validation of a loan scenario (also the loan inside an overdue scenario); the rules are listed in validate.ts. */
import { OUT_OF_RANGE, fail, ok, type FieldError, type Result, safely } from './errors';
import { LIMITS } from './constants';
import { yuanToFen } from './money';
import type { LoanInput } from './schedule';
import { LOAN_METHODS, RATE_TYPES, type LoanScenario } from './scenario';
import { checkNumber, checkOption, checkRecord } from './validate-common';

function path(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** Loan fields, collecting errors under `prefix` ('' or 'loan'). */
export function loanFields(s: Record<string, unknown>, prefix: string, errors: FieldError[]): LoanInput | undefined {
  const before = errors.length;
  const principal = checkNumber(s.principal, path(prefix, 'principal'), errors, LIMITS.principal, 'money');
  const rateType = checkOption(s.rateType, path(prefix, 'rateType'), errors, RATE_TYPES);
  const rateRange = rateType === 'daily' ? LIMITS.dailyRate : LIMITS.annualRate;
  const rate = checkNumber(s.rate, path(prefix, 'rate'), errors, rateRange);
  const term = checkNumber(s.term, path(prefix, 'term'), errors, LIMITS.term, 'integer');
  const method = checkOption(s.method, path(prefix, 'method'), errors, LOAN_METHODS);
  const feeRate = checkNumber(s.feeRate, path(prefix, 'feeRate'), errors, LIMITS.feeRate);
  const deduction = deductionOf(s.deduction, principal, path(prefix, 'deduction'), errors);
  if (
    errors.length > before ||
    principal === undefined ||
    rateType === undefined ||
    rate === undefined ||
    term === undefined ||
    method === undefined ||
    feeRate === undefined
  ) {
    return undefined;
  }
  const scenario: LoanScenario = { principal, rateType, rate, term, method, feeRate };
  if (deduction !== undefined) scenario.deduction = deduction;
  return {
    scenario,
    principal: yuanToFen(principal),
    rateType,
    rate: rate / 100,
    term,
    method,
    feeRate: feeRate / 100,
    deduction: yuanToFen(deduction ?? 0),
  };
}

/** The optional upfront deduction: absent means none; present, it must leave something to receive. */
function deductionOf(value: unknown, principal: number | undefined, field: string, errors: FieldError[]) {
  if (value === undefined || value === null) return undefined;
  const deduction = checkNumber(value, field, errors, LIMITS.deduction, 'money');
  if (deduction === undefined || principal === undefined || deduction < principal) return deduction;
  errors.push({ field, code: OUT_OF_RANGE, min: LIMITS.deduction.min, max: (Math.round(principal * 100) - 1) / 100 });
  return undefined;
}

/**
 * Validates a loan scenario and converts it to engine units: principal yuan → fen, rate and fee percent →
 * decimals.
 *
 * @example
 * validateLoan({ principal: 10000, rateType: 'daily', rate: 0.04, term: 12, method: 'equal-installment', feeRate: 0 })
 * // → { ok: true, value: { principal: 1000000, rate: 0.0004, feeRate: 0, term: 12, … } }
 * @example
 * validateLoan({ principal: '10000', rateType: 'weekly', term: 12.5 })
 * // → { ok: false, errors: [ {field:'principal',code:'not-a-number'}, {field:'rateType',code:'unknown-option'},
 * //      {field:'rate',code:'required'}, {field:'term',code:'not-an-integer'}, {field:'method',code:'required'},
 * //      {field:'feeRate',code:'required'} ] }
 */
export function validateLoan(s: unknown): Result<LoanInput> {
  return safely(s, (s) => {
    const errors: FieldError[] = [];
    const record = checkRecord(s, 'scenario', errors);
    if (!record) return fail(errors);
    const input = loanFields(record, '', errors);
    return input ? ok(input) : fail(errors);
  });
}
