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
 * - term 1–360 months, DPD and the acceleration day (optional) 0–1,825 days, grace 0–90 days, score 350–950,
 *   months 1–120: whole numbers;
 * - dates 'YYYY-MM-DD', real calendar days in 2000–2099;
 * - cross-field: the missed period is within the term (loan mode), the payment day within the days simulated,
 *   an event's month within the months simulated and its settlement month not before it.
 * - a comparison: the offer count '2' or '3', and each of the three offers a valid loan (errors named 'b.rate').
 * A value of −0 is read as 0.
 */
// One module per simulator kind, so a simulator's page loads the validation of its own kind only.
export { isRecord, hasAtMostTwoDecimals, checkNumber, checkOption } from './validate-common';
export { validateLoan } from './validate-loan';
export { validateOverdue } from './validate-overdue';
export { validateScore } from './validate-score';
export { validateCompare } from './validate-compare';
