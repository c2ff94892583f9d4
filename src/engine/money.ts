/**
 * Money as integer fen (分), rounded half away from zero (四舍五入).
 *
 * Every amount the engine produces is a whole number of fen: 1 yuan = 100 fen, so 899.75 yuan is `89975`.
 * Yuan typed by the user are converted once, at the edge ({@link yuanToFen}); the UI formats fen back to yuan.
 * Amounts are rounded when they are produced, never summed as floats and rounded at the end, and the last
 * period of a split absorbs the remainder ({@link splitEvenly}), so parts always add up to the whole exactly.
 */

declare const FEN: unique symbol;

/**
 * An amount of money in fen: always a safe integer, and never negative in any engine output. Branded (a type-only
 * tag, nothing at run time) so that a yuan amount cannot be passed where fen are meant: a plain number becomes
 * fen only through {@link yuanToFen}, {@link fen} or the rounding that produces it.
 */
export type Fen = number & { readonly [FEN]: true };

/** Marks a number that is already a whole number of fen (a sum or difference of fen, a rounded product). */
export function fen(amount: number): Fen {
  return amount as Fen;
}

/** Fen per yuan. */
export const FEN_PER_YUAN = 100;

/**
 * Rounds to the nearest integer, halves away from zero: 2.5 → 3, −2.5 → −3, 2.4 → 2.
 *
 * `Math.round` rounds −2.5 to −2 (towards +∞), which is not 四舍五入; this works on the magnitude instead.
 * A tolerance of 1e-9 absorbs binary floating-point error on exact halves computed from decimals
 * (e.g. 1.005 × 100 = 100.49999999999999 → 101), which is far below any amount that matters (0.000000001 fen).
 *
 * Formula: sign(x) · ⌊|x| + 0.5 + 1e-9⌋. Units: whatever `x` is in (fen here).
 *
 * @example roundHalfAwayFromZero(1620.5) // 1621
 * @example roundHalfAwayFromZero(-0.5) // -1
 */
export function roundHalfAwayFromZero(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const magnitude = Math.floor(Math.abs(x) + 0.5 + 1e-9);
  // `+ 0` turns −0 into 0 so that outputs compare equal under Object.is.
  return (x < 0 ? -magnitude : magnitude) + 0;
}

/** Rounds an amount computed in fen (a product or quotient of fen) to whole fen, half away from zero. */
export function roundToFen(x: number): Fen {
  return fen(roundHalfAwayFromZero(x));
}

/**
 * Converts yuan to fen, rounding half away from zero: fen = round(yuan × 100).
 *
 * @example yuanToFen(899.75) // 89975
 * @example yuanToFen(0.005) // 1
 */
export function yuanToFen(yuan: number): Fen {
  if (typeof yuan !== 'number') return fen(0);
  return roundToFen(yuan * FEN_PER_YUAN);
}

/**
 * Converts fen to yuan as a number (for display and for scenario fields): yuan = fen / 100.
 *
 * @example fenToYuan(89975) // 899.75
 */
export function fenToYuan(fen: Fen): number {
  return fen / FEN_PER_YUAN;
}

/**
 * Splits `total` fen into `parts` shares of round(total / parts) each, the last share absorbing the remainder
 * so the shares add up to `total` exactly. A share never exceeds what is left, so no share is negative even when
 * rounding up would overshoot (e.g. 180 fen over 360 periods: 0.5 rounds to 1, so the first 180 shares take 1 fen,
 * the rest 0).
 *
 * Formula: s_k = min(round(T/n), T − Σ_{j<k} s_j) for k < n; s_n = T − Σ_{j<n} s_j. Units: fen.
 *
 * @example splitEvenly(1_000_000, 3) // [333333, 333333, 333334] — 10,000 yuan over 3 months
 * @example splitEvenly(0, 2) // [0, 0]
 */
export function splitEvenly(total: Fen, parts: number): Fen[] {
  const n = Math.max(1, Math.floor(parts));
  const share = roundHalfAwayFromZero(total / n);
  const out = new Array<Fen>(n);
  let left: number = total;
  for (let k = 0; k < n - 1; k++) {
    const s = Math.min(share, left);
    out[k] = fen(s);
    left -= s;
  }
  out[n - 1] = fen(left);
  return out;
}

/**
 * True when `x` is a safe, finite, non-negative integer: what every money field of an engine output must be.
 *
 * @example isFen(89975) // true
 * @example isFen(-1) // false
 */
export function isFen(x: unknown): x is Fen {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/**
 * A non-negative rate as an exact fraction num / den, so that interest on a balance can be rounded to the fen
 * exactly as a lender's decimal arithmetic does. In binary floating point, 125 fen × 1.2 % can come out as
 * 1.4999999… and round down; as 125 × 12 / 1000 it is exactly 1.5 and rounds up.
 */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/**
 * round(amount × times × num / den) to the fen, halves away from zero, in exact integer arithmetic.
 * `amount` is a non-negative whole number of fen, `times` a non-negative integer (months, for simple interest).
 *
 * Formula: ⌊(2·a·t·num + den) / (2·den)⌋ — for non-negative values "half away from zero" is "half up".
 *
 * @example roundedProduct(125, { num: 12n, den: 1000n }) // 2 — 125 fen × 1.2 % = 1.5 fen
 * @example roundedProduct(1_000_000, { num: 12n, den: 1000n }, 12) // 144000 — simple interest over 12 months
 */
export function roundedProduct(amount: Fen, rate: Ratio, times = 1): Fen {
  const exact = BigInt(amount) * BigInt(times) * rate.num;
  return fen(Number((2n * exact + rate.den) / (2n * rate.den)));
}
