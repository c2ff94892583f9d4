/** Validation of a score scenario; the rules are listed in validate.ts. */
import { NOT_A_LIST, OUT_OF_RANGE, REQUIRED, fail, ok, type FieldError, type Result, safely } from './errors';
import { LIMITS } from './constants';
import { yuanToFen, type Fen } from './money';
import type { ScoreEventInput, ScoreInput } from './score';
import type { ScoreScenario } from './scenario';
import { checkNumber, checkRecord } from './validate-common';

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
  return safely(s, (s) => {
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
  });
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
