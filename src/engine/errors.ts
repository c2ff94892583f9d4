/**
 * Error codes and the result type shared by every public entry point of the engine.
 *
 * The engine never throws on user input and never localizes: a bad value comes back as a {@link FieldError}
 * carrying a stable code (one of the constants below) and, where it helps, the allowed limits. The UI turns the
 * code into a sentence in the reader's language. This mirrors dinero.js's `checks/messages.ts`: one exported
 * constant per failure, so a typo in a code is a compile error rather than an untranslated string.
 *
 * @example
 * const r = simulateLoan({ principal: 0, rateType: 'daily', rate: 0.04, term: 12, method: 'bullet', feeRate: 0 });
 * // r → { ok: false, errors: [{ field: 'principal', code: 'out-of-range', min: 1, max: 10000000 }] }
 */

/** The value is missing (`undefined`, `null`, or an empty string in a URL). */
export const REQUIRED = 'required';
/** The value is not a number (a string, an object, `NaN`, a URL value that is not a plain decimal…). */
export const NOT_A_NUMBER = 'not-a-number';
/** The number is outside `[min, max]` (also used for ±Infinity). `min` and `max` are in the field's own units. */
export const OUT_OF_RANGE = 'out-of-range';
/** The number must be a whole number (terms, days, months, periods). */
export const NOT_AN_INTEGER = 'not-an-integer';
/** A money amount in yuan has more than 2 decimals (finer than one fen). `max` is 2. */
export const TOO_MANY_DECIMALS = 'too-many-decimals';
/** The value is not one of the allowed options (method, rate type, preset id…). */
export const UNKNOWN_OPTION = 'unknown-option';
/** The value must be `true` or `false` (in a URL: `1` or `0`). */
export const NOT_A_BOOLEAN = 'not-a-boolean';
/** The value is not a real calendar date `YYYY-MM-DD` (or `YYYY-MM` for months) between 2000 and 2099. */
export const INVALID_DATE = 'invalid-date';
/** A compound URL value (a score event such as `3_30_900_4`) does not have the expected shape. */
export const INVALID_FORMAT = 'invalid-format';
/** The scenario (or a nested part of it such as `loan` or an event) is not an object. */
export const NOT_AN_OBJECT = 'not-an-object';
/** The value must be a list (score events). */
export const NOT_A_LIST = 'not-a-list';

/** Every error code, for the UI's dictionary test ("each code has a message in each language"). */
export const ERROR_CODES = [
  REQUIRED,
  NOT_A_NUMBER,
  OUT_OF_RANGE,
  NOT_AN_INTEGER,
  TOO_MANY_DECIMALS,
  UNKNOWN_OPTION,
  NOT_A_BOOLEAN,
  INVALID_DATE,
  INVALID_FORMAT,
  NOT_AN_OBJECT,
  NOT_A_LIST,
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One problem with one input field.
 *
 * `field` is the scenario path in dot notation: `'principal'`, `'loan.term'`, `'events.2.dpd'`; `'scenario'` for
 * the whole input. URL decoders use the same scenario paths (not the short URL keys), so the UI can put the
 * message next to the form field. `min`/`max` are present for range errors, in the field's user-facing units
 * (yuan, percent, days, months).
 *
 * @example { field: 'term', code: 'out-of-range', min: 1, max: 360 }
 */
export interface FieldError {
  field: string;
  code: ErrorCode;
  min?: number;
  max?: number;
}

/**
 * The outcome of every validating entry point: a value, or the list of everything that is wrong (never just the
 * first problem, so a form can mark all bad fields at once).
 *
 * @example
 * const r = simulateScore(input);
 * if (r.ok) draw(r.value.series); else show(r.errors);
 */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a non-empty error list as a failed {@link Result}. */
export function fail<T>(errors: FieldError[]): Result<T> {
  return { ok: false, errors };
}

/**
 * Runs a validator over untrusted input and keeps the engine's promise never to throw: input that throws while it
 * is read (a getter that throws, a Proxy whose traps throw) is refused like any input that is not a plain object.
 * Validators copy what they read into new objects, so nothing after validation touches the caller's object again.
 */
export function safely<T>(input: unknown, read: (input: unknown) => Result<T>): Result<T> {
  try {
    return read(input);
  } catch {
    return fail([{ field: 'scenario', code: NOT_AN_OBJECT }]);
  }
}
