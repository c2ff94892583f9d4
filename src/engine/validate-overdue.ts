/** Validation of an overdue scenario; the rules are listed in validate.ts. */
import { INVALID_DATE, OUT_OF_RANGE, REQUIRED, fail, ok, type FieldError, type Result, safely } from './errors';
import { LIMITS } from './constants';
import { dayNumber, parseIsoDate } from './dates';
import { yuanToFen } from './money';
import type { OverdueInput } from './overdue';
import { OVERDUE_MODES, PENALTY_RULES, type OverdueScenario } from './scenario';
import { checkBoolean, checkNumber, checkOption, checkRecord } from './validate-common';
import { loanFields } from './validate-loan';

/** Checks an ISO date 'YYYY-MM-DD' in 2000–2099; returns its day number (days since 1970-01-01). */
function checkDate(value: unknown, field: string, errors: FieldError[]): number | undefined {
  if (value === undefined || value === null || value === '') {
    errors.push({ field, code: REQUIRED });
    return undefined;
  }
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date || date.y < LIMITS.year.min || date.y > LIMITS.year.max) {
    errors.push({ field, code: INVALID_DATE });
    return undefined;
  }
  return dayNumber(date);
}

/**
 * Validates an overdue scenario and converts it to engine units: amounts → fen, the penalty rate percent →
 * decimal, the start date → a day number, a missing `payOnDay` or `accelerationDays` → null. The nested loan is checked as in
 * {@link validateLoan}, with errors under 'loan.' (e.g. 'loan.term'). `amountDue` is always checked, although
 * only `mode: 'amount'` uses it; `missedPeriod` must not exceed the loan's term in `mode: 'loan'`;
 * `payOnDay`, when present, must not exceed `dpd`.
 *
 * @example
 * validateOverdue({ ...OVERDUE_PRESETS['huabei-30'], dpd: 2000 })
 * // → { ok: false, errors: [{ field: 'dpd', code: 'out-of-range', min: 0, max: 1825 }] }
 */
export function validateOverdue(s: unknown): Result<OverdueInput> {
  return safely(s, (s) => {
    const errors: FieldError[] = [];
    const record = checkRecord(s, 'scenario', errors);
    if (!record) return fail(errors);
    const mode = checkOption(record.mode, 'mode', errors, OVERDUE_MODES);
    const loanRecord = checkRecord(record.loan, 'loan', errors);
    const loan = loanRecord ? loanFields(loanRecord, 'loan', errors) : undefined;
    const amountDue = checkNumber(record.amountDue, 'amountDue', errors, LIMITS.principal, 'money');
    const missedPeriod = checkNumber(record.missedPeriod, 'missedPeriod', errors, LIMITS.term, 'integer');
    const dpd = checkNumber(record.dpd, 'dpd', errors, LIMITS.dpd, 'integer');
    const preset = checkOption(record.preset, 'preset', errors, PENALTY_RULES);
    const penaltyMultiplier = checkNumber(
      record.penaltyMultiplier,
      'penaltyMultiplier',
      errors,
      LIMITS.penaltyMultiplier,
    );
    const penaltyDailyRate = checkNumber(record.penaltyDailyRate, 'penaltyDailyRate', errors, LIMITS.penaltyDailyRate);
    const graceDays = checkNumber(record.graceDays, 'graceDays', errors, LIMITS.graceDays, 'integer');
    const compound = checkBoolean(record.compound, 'compound', errors);
    // Optional whole days (0–1,825); absent or null means "none" (no clause, not paid).
    const optionalDay = (field: 'accelerationDays' | 'payOnDay') =>
      record[field] === undefined || record[field] === null
        ? undefined
        : checkNumber(record[field], field, errors, LIMITS.dpd, 'integer');
    const accelerationDays = optionalDay('accelerationDays');
    const payOnDay = optionalDay('payOnDay');
    if (payOnDay !== undefined && dpd !== undefined && payOnDay > dpd) {
      errors.push({ field: 'payOnDay', code: OUT_OF_RANGE, min: 0, max: dpd });
    }
    const startDay = checkDate(record.startDate, 'startDate', errors);
    if (mode === 'loan' && loan && missedPeriod !== undefined && missedPeriod > loan.term) {
      errors.push({ field: 'missedPeriod', code: OUT_OF_RANGE, min: 1, max: loan.term });
    }
    if (
      errors.length > 0 ||
      mode === undefined ||
      loan === undefined ||
      amountDue === undefined ||
      missedPeriod === undefined ||
      dpd === undefined ||
      preset === undefined ||
      penaltyMultiplier === undefined ||
      penaltyDailyRate === undefined ||
      graceDays === undefined ||
      compound === undefined ||
      startDay === undefined
    ) {
      return fail(errors);
    }
    const scenario: OverdueScenario = {
      mode,
      loan: loan.scenario,
      amountDue,
      missedPeriod,
      dpd,
      preset,
      penaltyMultiplier,
      penaltyDailyRate,
      graceDays,
      compound,
      startDate: record.startDate as string,
    };
    if (accelerationDays !== undefined) scenario.accelerationDays = accelerationDays;
    if (payOnDay !== undefined) scenario.payOnDay = payOnDay;
    return ok({
      scenario,
      mode,
      loan,
      amountDue: yuanToFen(amountDue),
      missedPeriod,
      dpd,
      preset,
      penaltyMultiplier,
      penaltyDailyRate: penaltyDailyRate / 100,
      graceDays,
      compound,
      accelerationDays: accelerationDays ?? null,
      payOnDay: payOnDay ?? null,
      startDay,
    });
  });
}
