/**
 * The field checks every scenario validator is built from (validate-loan.ts, validate-overdue.ts,
 * validate-score.ts; the rules are listed in validate.ts). Each check pushes at most one error and returns the
 * value, or undefined when it is unusable.
 */
import {
  NOT_A_BOOLEAN,
  NOT_AN_INTEGER,
  NOT_AN_OBJECT,
  NOT_A_NUMBER,
  OUT_OF_RANGE,
  REQUIRED,
  TOO_MANY_DECIMALS,
  UNKNOWN_OPTION,
  type FieldError,
} from './errors';

/** Range of a numeric field in user units. */
export interface Range {
  min: number;
  max: number;
}

/** True for a plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** Checks that a value is true or false; pushes at most one error. */
export function checkBoolean(value: unknown, field: string, errors: FieldError[]): boolean | undefined {
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

/** Checks that a value is a plain object; pushes at most one error. */
export function checkRecord(value: unknown, field: string, errors: FieldError[]): Record<string, unknown> | undefined {
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
