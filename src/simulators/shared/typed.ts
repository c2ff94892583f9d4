import { PLAIN_DECIMAL } from './fields';

/**
 * Reading what a reader typed, without guessing at meaning. `normalizeTyped` trims spaces, turns full-width
 * digits and punctuation from a Chinese input method (１２．５) into ASCII and drops thousands separators
 * (10,000 or 10，000). `readNumber` then accepts exactly the plain decimals the URL codec accepts
 * (fields.ts `PLAIN_DECIMAL`); anything else goes to the engine as text, which its validator rejects with a code.
 */
export function normalizeTyped(text: string): string {
  return text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, '$1');
}

/** '12' → 12, '１２' → 12, '' → undefined (the engine says "required"), '12abc' → '12abc' ("not a number"). */
export function readNumber(text: string): number | string | undefined {
  const clean = normalizeTyped(text);
  if (clean === '') return undefined;
  return PLAIN_DECIMAL.test(clean) ? Number(clean) + 0 : clean;
}

/**
 * An amount of money as typed: a number as `readNumber` reads it, also with the currency sign or unit a reader
 * may add (`¥3000`, `￥3,000`, `3000元`, `３０００ 元`). Only the sign before and the unit after are dropped.
 */
export function readAmount(text: string): number | string | undefined {
  return readNumber(
    text
      .trim()
      .replace(/^[¥￥]\s*/, '')
      .replace(/\s*元$/, ''),
  );
}

/** Structural equality of two plain scenario objects (numbers, strings, booleans, null, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
