/**
 * Validation at the edge: user-facing scenarios (yuan, percent, whole months and days) in, engine units (fen,
 * decimals, day numbers) out, exactly once.
 *
 * Every `validate*` takes `unknown` (form state, a decoded URL, an embed attribute) and returns a
 * {@link Result}: the converted input, or every problem found, each as `{ field, code, min?, max? }` with `min`
 * and `max` in the field's user units. It never throws on any input: NaN, ±Infinity, strings, arrays, `null`,
 * missing and extra fields (extras are ignored) all become typed errors.
 *
 * Rules (MODEL §Validation, limits in constants.ts `LIMITS`):
 * - money in yuan: 1–10,000,000, at most 2 decimals (a finer amount is `too-many-decimals`, not silently rounded);
 * - daily rate 0–1 %, annual rate 0–365 %, fee rate 0–100 %, penalty multiplier 0–10, penalty rate 0–1 %/day;
 * - term 1–360 months, DPD 0–1,825 days, grace 0–90 days, score 350–950, months 1–120: whole numbers;
 * - dates 'YYYY-MM-DD', real calendar days in 2000–2099;
 * - cross-field: the missed period is within the term (loan mode), the payment day within the days simulated,
 *   an event's month within the months simulated and its settlement month not before it.
 * A value of −0 is read as 0.
 */
import {
  INVALID_DATE,
  NOT_A_BOOLEAN,
  NOT_A_LIST,
  NOT_A_NUMBER,
  NOT_AN_INTEGER,
  NOT_AN_OBJECT,
  OUT_OF_RANGE,
  REQUIRED,
  TOO_MANY_DECIMALS,
  UNKNOWN_OPTION,
  fail,
  ok,
  type FieldError,
  type Result,
} from './errors';
import { LIMITS } from './constants';
import { dayNumber, parseIsoDate } from './dates';
import { yuanToFen, type Fen } from './money';
import type { LoanInput } from './schedule';
import type { OverdueInput } from './overdue';
import type { ScoreEventInput, ScoreInput } from './score';
import {
  LOAN_METHODS,
  OVERDUE_MODES,
  PENALTY_RULES,
  RATE_TYPES,
  type LoanScenario,
  type OverdueScenario,
  type ScoreScenario,
} from './scenario';

/** Range of a numeric field in user units. */
interface Range {
  min: number;
  max: number;
}

/** True for a plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function path(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** True when a finite number has at most 2 decimals (is a whole number of fen). */
export function hasAtMostTwoDecimals(v: number): boolean {
  return Number(v.toFixed(2)) === v;
}

/**
 * Checks one number; pushes at most one error. Returns the number (−0 normalised to 0) or undefined.
 * Order: required → not-a-number → out-of-range (also ±Infinity) → not-an-integer → too-many-decimals.
 */
export function checkNumber(
  value: unknown,
  field: string,
  errors: FieldError[],
  range: Range,
  kind: 'real' | 'integer' | 'money' = 'real',
): number | undefined {
  if (value === undefined || value === null) {
    errors.push({ field, code: REQUIRED });
    return undefined;
  }
  if (typeof value !== 'number' || Number.isNaN(value)) {
    errors.push({ field, code: NOT_A_NUMBER });
    return undefined;
  }
  if (!(value >= range.min && value <= range.max)) {
    errors.push({ field, code: OUT_OF_RANGE, min: range.min, max: range.max });
    return undefined;
  }
  if (kind === 'integer' && !Number.isInteger(value)) {
    errors.push({ field, code: NOT_AN_INTEGER });
    return undefined;
  }
  if (kind === 'money' && !hasAtMostTwoDecimals(value)) {
    errors.push({ field, code: TOO_MANY_DECIMALS, max: 2 });
    return undefined;
  }
  return value + 0;
}

/** Checks that a value is one of `options`; pushes at most one error. */
export function checkOption<T extends string>(
  value: unknown,
  field: string,
  errors: FieldError[],
  options: readonly T[],
): T | undefined {
  if (value === undefined || value === null || value === '') {
    errors.push({ field, code: REQUIRED });
    return undefined;
  }
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    errors.push({ field, code: UNKNOWN_OPTION });
    return undefined;
  }
  return value as T;
}

function checkBoolean(value: unknown, field: string, errors: FieldError[]): boolean | undefined {
  if (value === undefined || value === null) {
    errors.push({ field, code: REQUIRED });
    return undefined;
  }
  if (typeof value !== 'boolean') {
    errors.push({ field, code: NOT_A_BOOLEAN });
    return undefined;
  }
  return value;
}

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

function checkRecord(value: unknown, field: string, errors: FieldError[]): Record<string, unknown> | undefined {
  if (value === undefined || value === null) {
    errors.push({ field, code: REQUIRED });
    return undefined;
  }
  if (!isRecord(value)) {
    errors.push({ field, code: NOT_AN_OBJECT });
    return undefined;
  }
  return value;
}

/** Loan fields, collecting errors under `prefix` ('' or 'loan'). */
function loanFields(s: Record<string, unknown>, prefix: string, errors: FieldError[]): LoanInput | undefined {
  const before = errors.length;
  const principal = checkNumber(s.principal, path(prefix, 'principal'), errors, LIMITS.principal, 'money');
  const rateType = checkOption(s.rateType, path(prefix, 'rateType'), errors, RATE_TYPES);
  const rateRange = rateType === 'daily' ? LIMITS.dailyRate : LIMITS.annualRate;
  const rate = checkNumber(s.rate, path(prefix, 'rate'), errors, rateRange);
  const term = checkNumber(s.term, path(prefix, 'term'), errors, LIMITS.term, 'integer');
  const method = checkOption(s.method, path(prefix, 'method'), errors, LOAN_METHODS);
  const feeRate = checkNumber(s.feeRate, path(prefix, 'feeRate'), errors, LIMITS.feeRate);
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
  return {
    scenario,
    principal: yuanToFen(principal),
    rateType,
    rate: rate / 100,
    term,
    method,
    feeRate: feeRate / 100,
  };
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
  const errors: FieldError[] = [];
  const record = checkRecord(s, 'scenario', errors);
  if (!record) return fail(errors);
  const input = loanFields(record, '', errors);
  return input ? ok(input) : fail(errors);
}

/**
 * Validates an overdue scenario and converts it to engine units: amounts → fen, the penalty rate percent →
 * decimal, the start date → a day number, a missing `payOnDay` → null. The nested loan is checked as in
 * {@link validateLoan}, with errors under 'loan.' (e.g. 'loan.term'). `amountDue` is always checked, although
 * only `mode: 'amount'` uses it; `missedPeriod` must not exceed the loan's term in `mode: 'loan'`;
 * `payOnDay`, when present, must not exceed `dpd`.
 *
 * @example
 * validateOverdue({ ...OVERDUE_PRESETS['huabei-30'], dpd: 2000 })
 * // → { ok: false, errors: [{ field: 'dpd', code: 'out-of-range', min: 0, max: 1825 }] }
 */
export function validateOverdue(s: unknown): Result<OverdueInput> {
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
  let payOnDay: number | undefined;
  if (record.payOnDay !== undefined && record.payOnDay !== null) {
    payOnDay = checkNumber(record.payOnDay, 'payOnDay', errors, LIMITS.dpd, 'integer');
    if (payOnDay !== undefined && dpd !== undefined && payOnDay > dpd) {
      errors.push({ field: 'payOnDay', code: OUT_OF_RANGE, min: 0, max: dpd });
    }
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
    payOnDay: payOnDay ?? null,
    startDay,
  });
}

/**
 * Validates a score scenario. `start` is a whole score 350–950, `months` 1–120, `events` a list of at most 10
 * `{ month, dpd, amount, settledMonth }`: month 1…months, dpd 1–1,825 (an event is at least one day late),
 * amount in yuan, settledMonth `null` (never settled) or month…120. Errors inside events are reported as
 * 'events.<index>.<field>'.
 *
 * @example
 * validateScore({ start: 650, months: 84, events: [{ month: 3, dpd: 30, amount: 900, settledMonth: 2 }] })
 * // → { ok: false, errors: [{ field: 'events.0.settledMonth', code: 'out-of-range', min: 3, max: 120 }] }
 */
export function validateScore(s: unknown): Result<ScoreInput> {
  const errors: FieldError[] = [];
  const record = checkRecord(s, 'scenario', errors);
  if (!record) return fail(errors);
  const start = checkNumber(record.start, 'start', errors, LIMITS.score, 'integer');
  const months = checkNumber(record.months, 'months', errors, LIMITS.months, 'integer');
  const events: ScoreEventInput[] = [];
  const list = record.events;
  if (list === undefined || list === null) {
    errors.push({ field: 'events', code: REQUIRED });
  } else if (!Array.isArray(list)) {
    errors.push({ field: 'events', code: NOT_A_LIST });
  } else if (list.length > LIMITS.events.max) {
    errors.push({ field: 'events', code: OUT_OF_RANGE, min: LIMITS.events.min, max: LIMITS.events.max });
  } else {
    list.forEach((item: unknown, i: number) => {
      const event = checkScoreEvent(item, `events.${i}`, months, errors);
      if (event) events.push(event);
    });
  }
  if (errors.length > 0 || start === undefined || months === undefined) return fail(errors);
  const scenario: ScoreScenario = {
    start,
    months,
    events: events.map((e) => ({ month: e.month, dpd: e.dpd, amount: e.amountYuan, settledMonth: e.settledMonth })),
  };
  return ok({ scenario, start, months, events });
}

function checkScoreEvent(
  item: unknown,
  prefix: string,
  months: number | undefined,
  errors: FieldError[],
): ScoreEventInput | undefined {
  const record = checkRecord(item, prefix, errors);
  if (!record) return undefined;
  const before = errors.length;
  const monthRange = { min: 1, max: months ?? LIMITS.months.max };
  const month = checkNumber(record.month, `${prefix}.month`, errors, monthRange, 'integer');
  const dpd = checkNumber(record.dpd, `${prefix}.dpd`, errors, { min: 1, max: LIMITS.dpd.max }, 'integer');
  const amount = checkNumber(record.amount, `${prefix}.amount`, errors, LIMITS.principal, 'money');
  let settledMonth: number | null | undefined = null;
  if (record.settledMonth === undefined) {
    errors.push({ field: `${prefix}.settledMonth`, code: REQUIRED });
    settledMonth = undefined;
  } else if (record.settledMonth !== null) {
    const range = { min: month ?? 1, max: LIMITS.months.max };
    settledMonth = checkNumber(record.settledMonth, `${prefix}.settledMonth`, errors, range, 'integer');
  }
  if (errors.length > before || month === undefined || dpd === undefined || amount === undefined) return undefined;
  if (settledMonth === undefined) return undefined;
  const amountFen: Fen = yuanToFen(amount);
  return { month, dpd, amount: amountFen, amountYuan: amount, settledMonth };
}
