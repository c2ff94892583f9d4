/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and months ('YYYY-MM'), in the proleptic Gregorian calendar,
 * with no time zones and no `Date` objects: a date is turned into a day number (days since 1970-01-01) with
 * Howard Hinnant's `days_from_civil` algorithm, so results are the same in every browser and at build time.
 *
 * Due dates move by whole months on the same day of the month, clamped to the month's end
 * (2026-01-31 + 1 month = 2026-02-28), the way lenders schedule monthly repayments.
 */

/** A calendar date as numbers: year, month 1–12, day 1–31. */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

/** True for leap years of the Gregorian calendar. @example isLeapYear(2028) // true */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. @example daysInMonth(2026, 2) // 28 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Day number of a civil date: days since 1970-01-01 (negative before it).
 *
 * @example dayNumber({ y: 1970, m: 1, d: 1 }) // 0
 * @example dayNumber({ y: 2026, m: 1, d: 10 }) // 20463
 */
export function dayNumber(date: CivilDate): number {
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (inverse of {@link dayNumber}).
 *
 * @example civilDate(20463) // { y: 2026, m: 1, d: 10 }
 */
export function civilDate(day: number): CivilDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Parses 'YYYY-MM-DD' into a civil date, or `null` when the string is not a real calendar date
 * ('2026-02-30' → null). Years are not range-checked here (see validate.ts).
 *
 * @example parseIsoDate('2026-01-10') // { y: 2026, m: 1, d: 10 }
 */
export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/**
 * Parses 'YYYY-MM' into a month index (months since 0000-01: year × 12 + month − 1), or `null`.
 *
 * @example parseYearMonth('2026-01') // 24312
 */
export function parseYearMonth(text: string): number | null {
  const match = ISO_MONTH.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  return y * 12 + m - 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a civil date as 'YYYY-MM-DD'. @example formatIsoDate({ y: 2026, m: 3, d: 5 }) // '2026-03-05' */
export function formatIsoDate(date: CivilDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** Formats a month index (see {@link parseYearMonth}) as 'YYYY-MM'. @example formatYearMonth(24312) // '2026-01' */
export function formatYearMonth(monthIndex: number): string {
  const y = Math.floor(monthIndex / 12);
  return `${pad(y, 4)}-${pad(monthIndex - y * 12 + 1, 2)}`;
}

/** The month index of a day number. @example monthIndexOfDay(dayNumber({ y: 2026, m: 1, d: 10 })) // 24312 */
export function monthIndexOfDay(day: number): number {
  const c = civilDate(day);
  return c.y * 12 + c.m - 1;
}

/**
 * Adds whole months to a civil date, keeping the day of the month and clamping it to the month's end.
 *
 * @example addMonths({ y: 2026, m: 1, d: 31 }, 1) // { y: 2026, m: 2, d: 28 }
 * @example addMonths({ y: 2026, m: 1, d: 10 }, 12) // { y: 2027, m: 1, d: 10 }
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/**
 * Adds days to an ISO date string; `null` for an invalid date.
 *
 * @example addDaysIso('2026-01-10', 30) // '2026-02-09'
 */
export function addDaysIso(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  if (!date || !Number.isFinite(days)) return null;
  return formatIsoDate(civilDate(dayNumber(date) + Math.trunc(days)));
}

/**
 * Adds months to a 'YYYY-MM' string; `null` for an invalid month.
 *
 * @example addMonthsToYearMonth('2026-03', 60) // '2031-03'
 */
export function addMonthsToYearMonth(yearMonth: string, months: number): string | null {
  const index = parseYearMonth(yearMonth);
  if (index === null || !Number.isFinite(months)) return null;
  return formatYearMonth(index + Math.trunc(months));
}
