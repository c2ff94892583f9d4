/**
 * Net present value and internal rate of return of a series of equally spaced cash flows.
 *
 * The IRR is found with Brent's method on an interval where the NPV changes sign, so it either converges to a
 * root inside that interval or reports "no solution" (`null`); it never returns a made-up number, unlike a bare
 * Newton iteration, which can diverge (numpy-financial's `irr` returns NaN then). A loan's cash flows change sign
 * once (the principal received, then repayments), so NPV is monotonic in the rate and the root is unique.
 */

/**
 * Net present value of `flows` at the periodic `rate`, the first flow at time 0:
 * NPV(r) = Σ_{t=0}^{n} flows[t] / (1 + r)^t. Evaluated with Horner's scheme in v = 1 / (1 + r).
 * Units: those of the flows (fen here); `rate` per period as a decimal. Returns NaN for a rate ≤ −1 or a non-numeric flow (it is a math helper; `irr` never returns NaN).
 *
 * @example npv(0.1, [-100, 110]) // 0
 * @example npv(0, [-100, 60, 60]) // 20
 */
export function npv(rate: number, flows: readonly number[]): number {
  if (typeof rate !== 'number' || !(rate > -1) || !Array.isArray(flows)) return Number.NaN;
  if (rate === 0) {
    let sum = 0;
    for (const f of flows) sum += typeof f === 'number' ? f : Number.NaN;
    return sum;
  }
  const v = 1 / (1 + rate);
  let acc = 0;
  for (let t = flows.length - 1; t >= 0; t--) {
    const f = flows[t];
    acc = acc * v + (typeof f === 'number' ? f : Number.NaN);
  }
  return acc;
}

/** The highest periodic rate searched (2^40 ≈ 1.1e12 per period): far above anything a loan can produce. */
const IRR_MAX = 2 ** 40;
/** The search stops this close to −100 % (2^-52 above it). */
const IRR_MIN = -1 + 2 ** -52;

/**
 * Internal rate of return per period: the rate r with NPV(r) = 0 (see {@link npv}), or `null` when there is none
 * (fewer than two flows, a non-finite flow, no positive or no negative flow, or no sign change of the NPV between
 * −100 % and +2^40 (about 10^14 %) a period).
 *
 * Method: if the flows sum to exactly 0, r = 0 (the explicit zero-rate branch: a 0 % loan costs exactly 0).
 * Otherwise the search steps away from 0 (0.5, 1, 2, 4 … and −0.5, −0.75 …) until the NPV changes sign, then
 * Brent's method narrows the bracket to about 1e-15. Units: per period (a month for loan schedules); multiply
 * by 12 for the APR (see rate.ts).
 *
 * @example irr([-1000, 1100]) // 0.1
 * @example irr([-10000, 3416.67, 3416.67, 3416.66]) // ≈ 0.012449 → APR ≈ 14.94 % (Huabei, 3 months, 2.5 % fee)
 * @example irr([-100, 100]) // 0
 * @example irr([100, 50]) // null — nobody pays anything back
 */
export function irr(flows: readonly number[]): number | null {
  if (!Array.isArray(flows) || flows.length < 2) return null;
  let positive = false;
  let negative = false;
  let sum = 0;
  for (const f of flows) {
    if (typeof f !== 'number' || !Number.isFinite(f)) return null;
    if (f > 0) positive = true;
    if (f < 0) negative = true;
    sum += f;
  }
  if (!positive || !negative) return null;
  if (sum === 0) return 0;

  const f = (r: number) => npv(r, flows);
  const f0 = sum;
  // Search right of 0 first, then left, for the first sign change.
  let lo = 0;
  let flo = f0;
  for (let hi = 0.5; hi <= IRR_MAX; hi *= 2) {
    const fhi = f(hi);
    if (!Number.isFinite(fhi)) break;
    if (Math.sign(fhi) !== Math.sign(flo)) return finiteOrNull(brent(f, lo, hi, flo, fhi));
    lo = hi;
    flo = fhi;
  }
  let hi = 0;
  let fhi = f0;
  for (let step = 0.5; -1 + step >= IRR_MIN; step /= 2) {
    const low = -1 + step;
    const flow = f(low);
    if (!Number.isFinite(flow)) break;
    if (Math.sign(flow) !== Math.sign(fhi)) return finiteOrNull(brent(f, low, hi, flow, fhi));
    hi = low;
    fhi = flow;
  }
  return null;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x + 0 : null;
}

/**
 * Brent's root finder (van Wijngaarden–Dekker–Brent, as in Numerical Recipes `zbrent`) on [a, b] where
 * f(a) and f(b) have opposite signs. Combines bisection (always safe) with secant and inverse quadratic steps
 * (fast near the root).
 */
function brent(f: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let iter = 0; iter < 200; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 5e-16;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}
