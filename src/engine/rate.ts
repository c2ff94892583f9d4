/**
 * Rate conventions: how a daily or annual rate becomes the monthly periodic rate of a schedule, how the lender's
 * displayed annual rate differs from daily × 365, and how an IRR becomes an APR or EAR.
 *
 * All rates here are plain decimals (0.0004 = 0.04 % a day). Percentages typed by the user are divided by 100
 * once, in validate.ts.
 */
import { DAYS_PER_YEAR_CALENDAR, DAYS_PER_YEAR_LENDER, MONTHS_PER_YEAR } from './constants';
import type { Ratio } from './money';
import type { RateType } from './scenario';

/** The same nominal rate in every unit the UI shows. All decimals. */
export interface NominalRates {
  /** Per day: the typed daily rate, or annual / 360. */
  daily: number;
  /** Per month, the schedule's periodic rate r: annual360 / 12. */
  monthly: number;
  /** Per year the way Chinese lenders display it: daily × 360. */
  annual360: number;
  /** Per year counting calendar days: daily × 365 (shown beside the lender's figure). */
  annual365: number;
}

/**
 * Converts a typed rate into every nominal unit.
 *
 * Formulas (decimals): from a daily rate d: annual360 = 360·d, annual365 = 365·d, monthly = annual360 / 12.
 * From an annual rate a: annual360 = a, daily = a / 360, annual365 = 365·a / 360, monthly = a / 12.
 *
 * @example nominalRates('daily', 0.0004) // { daily: 0.0004, monthly: 0.012, annual360: 0.144, annual365: 0.146 }
 * @example nominalRates('annual', 0.12) // { daily: 0.000333…, monthly: 0.01, annual360: 0.12, annual365: 0.121666… }
 */
export function nominalRates(type: RateType, rate: number): NominalRates {
  if (type === 'daily') {
    const annual360 = rate * DAYS_PER_YEAR_LENDER;
    return {
      daily: rate,
      monthly: annual360 / MONTHS_PER_YEAR,
      annual360,
      annual365: rate * DAYS_PER_YEAR_CALENDAR,
    };
  }
  const daily = rate / DAYS_PER_YEAR_LENDER;
  return {
    daily,
    monthly: rate / MONTHS_PER_YEAR,
    annual360: rate,
    annual365: daily * DAYS_PER_YEAR_CALENDAR,
  };
}

/**
 * The monthly periodic rate r of a typed rate, as the exact fraction a lender's decimal arithmetic uses
 * (see {@link Ratio}). `percent` is the number the reader typed (0.04 for 0.04 % a day): its shortest decimal
 * text (`String(0.04)` is "0.04") is exactly what was typed, so the fraction is exact.
 *
 * Formula: from a daily rate d %: r = d / 100 × 360 / 12; from an annual rate a %: r = a / 100 / 12.
 *
 * @example exactMonthlyRate('daily', 0.04) // { num: 1440n, den: 120000n } — 1.2 % a month
 * @example exactMonthlyRate('annual', 12) // { num: 12n, den: 1200n } — 1 % a month
 */
export function exactMonthlyRate(type: RateType, percent: number): Ratio {
  const { num, den } = decimalFraction(percent);
  const perYear = type === 'daily' ? BigInt(DAYS_PER_YEAR_LENDER) : 1n;
  return { num: num * perYear, den: den * 100n * BigInt(MONTHS_PER_YEAR) };
}

/** A finite non-negative number as digits / 10^k, read from its shortest decimal text ("0.04", "1e-7"). */
function decimalFraction(x: number): Ratio {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
  if (!match || !(x >= 0)) return { num: 0n, den: 1n };
  const [, whole = '0', decimals = '', exponent = '0'] = match;
  const shift = decimals.length - Number(exponent);
  const num = BigInt(whole + decimals);
  return shift >= 0 ? { num, den: 10n ** BigInt(shift) } : { num: num * 10n ** BigInt(-shift), den: 1n };
}

/**
 * Annual percentage rate from a monthly IRR, as PBOC Announcement [2021] No. 3 asks lenders to disclose it
 * (interest and fees over the principal actually in use): APR = IRR_monthly × 12. Decimal in, decimal out.
 *
 * @example aprFromMonthlyIrr(0.01322) // 0.15864 — Huabei 12-month installment at an 8.8 % total fee
 */
export function aprFromMonthlyIrr(monthlyIrr: number): number {
  return monthlyIrr * MONTHS_PER_YEAR;
}

/**
 * Effective annual rate from a monthly IRR, with monthly compounding: EAR = (1 + IRR_monthly)^12 − 1.
 * Computed as expm1(12 · log1p(IRR)) so a tiny IRR keeps its precision. Rate 0 → 0 exactly.
 *
 * @example earFromMonthlyIrr(0.012) // 0.15389… — 14.4 % a year paid monthly costs 15.39 % compounded
 * @example earFromMonthlyIrr(0) // 0
 */
export function earFromMonthlyIrr(monthlyIrr: number): number {
  if (monthlyIrr === 0) return 0;
  return Math.expm1(MONTHS_PER_YEAR * Math.log1p(monthlyIrr));
}
