/**
 * The PBOC credit report (征信) as the simulators draw it: the monthly repayment grid, the drop-off date of a
 * negative record, and the 2025 one-off repair policy.
 *
 * Grid codes (FACTS §5.6 [W]): N paid on time; 1–7 overdue 1–30, 31–60, 61–90, 91–120, 121–150, 151–180 and
 * more than 180 days; C settled (closed); B bad debt (呆账) — listed for completeness, never produced here
 * (writing a debt off is the lender's accounting choice, not predictable).
 *
 * The grid has one cell per repayment period, its status as of the period's due date: how many due dates have been
 * missed in a row by then. The first missed due date shows 1 (the amount is in its first 30 days overdue), the next
 * one 2 (31–60 days), and so on up to 7. Counting due dates rather than the worst DPD of each calendar month keeps
 * a short delay that crosses a month's end to one cell, and a due date on the 31st from jumping from 1 to 3.
 *
 * Retention (征信业管理条例 Art. 16 [V]): a negative record is deleted 5 years (60 months) after the bad behaviour
 * ends, i.e. after the debt is settled; an unsettled debt never starts the clock.
 */
import {
  INVALID_DATE,
  NOT_A_LIST,
  NOT_AN_INTEGER,
  NOT_A_NUMBER,
  NOT_AN_OBJECT,
  OUT_OF_RANGE,
  REQUIRED,
  fail,
  ok,
  type FieldError,
  type Result,
} from './errors';
import { NEGATIVE_RECORD_RETENTION_MONTHS, ONE_OFF_REPAIR_2025, REPORT_MAX_BUCKET } from './constants';
import { formatYearMonth, parseIsoDate, parseYearMonth } from './dates';
import type { Fen } from './money';

/** Every grid code. */
export const REPORT_CODES = ['N', '1', '2', '3', '4', '5', '6', '7', 'C', 'B'] as const;

/** One of {@link REPORT_CODES}. */
export type ReportCode = (typeof REPORT_CODES)[number];

/** One repayment period of the grid. */
export interface ReportMonth {
  /** 'YYYY-MM', the month of the period's due date (each month holds exactly one). */
  month: string;
  code: ReportCode;
}

/**
 * The grid code of a period by the due dates missed in a row at its due date.
 *
 * Formula: 0 → 'N'; otherwise min(7, n). Total: NaN or below 1 → 'N'; a fraction counts by its whole part.
 *
 * @example reportCodeForMissedPeriods(0) // 'N'
 * @example reportCodeForMissedPeriods(1) // '1' — the first missed due date
 * @example reportCodeForMissedPeriods(9) // '7'
 */
export function reportCodeForMissedPeriods(missed: number): ReportCode {
  if (typeof missed !== 'number' || !(missed >= 1)) return 'N';
  return String(Math.min(REPORT_MAX_BUCKET, Math.floor(missed))) as ReportCode;
}

/** Input of {@link reportGrid}. */
export interface ReportGridInput {
  /** Month of the first period's due date, 'YYYY-MM'; period i falls due in the i-th month after it. */
  startMonth: string;
  /** Due dates missed in a row as of each period's due date (0 = nothing overdue then); one entry per period. */
  missedPeriods: readonly number[];
  /** From this month on, periods with nothing overdue show 'C' (the account is settled and closed). */
  closedFromMonth?: string | null;
}

/**
 * Builds the repayment grid: for each period, the code of the due dates missed in a row at its due date (see
 * {@link reportCodeForMissedPeriods}); a period with nothing overdue is 'N', or 'C' from `closedFromMonth` on.
 *
 * Validation: `startMonth` and `closedFromMonth` must be 'YYYY-MM'; `missedPeriods` a list of 1–1,200 whole
 * numbers ≥ 0.
 *
 * @example
 * reportGrid({ startMonth: '2026-01', missedPeriods: [0, 1, 2, 0], closedFromMonth: '2026-04' })
 * // → { ok: true, value: [ {month:'2026-01',code:'N'}, {month:'2026-02',code:'1'}, {month:'2026-03',code:'2'},
 * //                        {month:'2026-04',code:'C'} ] }
 */
export function reportGrid(input: unknown): Result<ReportMonth[]> {
  const errors: FieldError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ field: 'scenario', code: input == null ? REQUIRED : NOT_AN_OBJECT }]);
  }
  const record = input as Record<string, unknown>;
  const start = typeof record.startMonth === 'string' ? parseYearMonth(record.startMonth) : null;
  if (start === null) errors.push({ field: 'startMonth', code: record.startMonth == null ? REQUIRED : INVALID_DATE });
  let closedFrom: number | null = null;
  if (record.closedFromMonth !== undefined && record.closedFromMonth !== null) {
    closedFrom = typeof record.closedFromMonth === 'string' ? parseYearMonth(record.closedFromMonth) : null;
    if (closedFrom === null) errors.push({ field: 'closedFromMonth', code: INVALID_DATE });
  }
  const list = record.missedPeriods;
  if (!Array.isArray(list)) {
    errors.push({ field: 'missedPeriods', code: list == null ? REQUIRED : NOT_A_LIST });
  } else if (list.length < 1 || list.length > 1200) {
    errors.push({ field: 'missedPeriods', code: OUT_OF_RANGE, min: 1, max: 1200 });
  } else {
    list.forEach((v: unknown, i: number) => {
      const field = `missedPeriods.${i}`;
      if (typeof v !== 'number' || Number.isNaN(v)) errors.push({ field, code: NOT_A_NUMBER });
      else if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) errors.push({ field, code: OUT_OF_RANGE, min: 0 });
      else if (!Number.isInteger(v)) errors.push({ field, code: NOT_AN_INTEGER });
    });
  }
  if (errors.length > 0 || start === null || !Array.isArray(list)) return fail(errors);
  return ok(gridFrom(start, list as number[], closedFrom));
}

/** Grid from a month index and validated counts (internal; see {@link reportGrid}). */
export function gridFrom(start: number, missedPeriods: readonly number[], closedFrom: number | null): ReportMonth[] {
  return missedPeriods.map((missed, i) => {
    const index = start + i;
    let code = reportCodeForMissedPeriods(missed);
    if (code === 'N' && closedFrom !== null && index >= closedFrom) code = 'C';
    return { month: formatYearMonth(index), code };
  });
}

/**
 * The month a negative record drops off the report: the settlement month + 60 months. `null` when the debt is not
 * settled — an unsettled debt never starts the 5-year clock — or when the month is not 'YYYY-MM'.
 * The record is visible until (part of) that month, so the UI reads it as "visible until YYYY-MM".
 *
 * @example dropOffMonth('2026-03') // '2031-03'
 * @example dropOffMonth(null) // null — never, while unpaid
 */
export function dropOffMonth(settledMonth: string | null): string | null {
  if (typeof settledMonth !== 'string') return null;
  const index = parseYearMonth(settledMonth);
  return index === null ? null : formatYearMonth(index + NEGATIVE_RECORD_RETENTION_MONTHS);
}

/** Input of {@link oneOffRepairApplies}. */
export interface OneOffRepairInput {
  /** First overdue day, 'YYYY-MM-DD'. */
  overdueFrom: string;
  /** Highest amount overdue, fen (the simulators use principal + interest + fees + penalty: conservative). */
  overdueAmount: Fen;
  /** Day the overdue amount was fully repaid, 'YYYY-MM-DD', or null if not repaid. */
  repaidOn: string | null;
}

/**
 * Whether the PBOC's 2025 one-off credit repair (announced 2025-12-22, a past event) covered a record: overdue
 * dated 2020-01-01 … 2025-12-31, a single overdue amount ≤ 10,000 yuan (1,000,000 fen), fully repaid by
 * 2026-03-31. Such records stopped being displayed. Constants: `ONE_OFF_REPAIR_2025` (FACTS §5.7 [V]).
 * Total: invalid dates or amounts → false.
 *
 * @example oneOffRepairApplies({ overdueFrom: '2024-05-11', overdueAmount: 90000, repaidOn: '2026-02-01' }) // true
 * @example oneOffRepairApplies({ overdueFrom: '2024-05-11', overdueAmount: 90000, repaidOn: null }) // false
 * @example oneOffRepairApplies({ overdueFrom: '2026-02-11', overdueAmount: 90000, repaidOn: '2026-03-01' }) // false
 */
export function oneOffRepairApplies(input: OneOffRepairInput): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const { overdueFrom, overdueAmount, repaidOn } = input;
  if (typeof overdueFrom !== 'string' || typeof repaidOn !== 'string') return false;
  if (!parseIsoDate(overdueFrom) || !parseIsoDate(repaidOn)) return false;
  if (typeof overdueAmount !== 'number' || !(overdueAmount >= 0)) return false;
  const p = ONE_OFF_REPAIR_2025;
  // ISO dates compare correctly as strings.
  return (
    overdueFrom >= p.recordsFrom &&
    overdueFrom <= p.recordsTo &&
    overdueAmount <= p.maxOverdueFen &&
    repaidOn <= p.repaidBy
  );
}

/**
 * When a record covered by the 2025 one-off repair stopped being displayed: repaid by 2025-11-30 → from 2026-01;
 * later → by the end of the month after repayment. 'YYYY-MM', or null for an invalid date.
 *
 * @example oneOffRepairClearedBy('2025-06-01') // '2026-01'
 * @example oneOffRepairClearedBy('2026-02-15') // '2026-03'
 */
export function oneOffRepairClearedBy(repaidOn: string): string | null {
  const date = typeof repaidOn === 'string' ? parseIsoDate(repaidOn) : null;
  if (!date) return null;
  if (repaidOn <= ONE_OFF_REPAIR_2025.earlyRepaidBy) return ONE_OFF_REPAIR_2025.earlyClearedFrom;
  return formatYearMonth(date.y * 12 + date.m); // the month after (month index is y·12 + m − 1)
}
