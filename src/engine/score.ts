/**
 * "SimScore": an ILLUSTRATIVE score model — not Sesame Credit's or the PBOC's real algorithm (Ant has never
 * published one; only the 350–950 range is reported, FACTS §6.1 [W]). The UI must say so next to every chart.
 *
 * Month by month (m = 1 … months; month 0 is the starting point), the score is
 *
 *   score(m) = clamp(base(m) − Σ_events penalty_e(m), 350, 950), lifted off the 350 floor as below
 *
 * - base: the starting score (clamped to 350–950); +2 for each fully on-time month (a month in which no event is
 *   overdue or unsettled), never lifted above 750 by these gains (a start above 750 stays where it is).
 * - penalty of an event, deepening as the account gets later (no front-loading): each month the report grid shows the
 *   event (its code 1, 2, … 7 as due dates pass unpaid, see below), its penalty grows to latePenalty(k) for the k-th
 *   such month — 30, 55, 80, 105, 130, 155, 180 points at codes 1–7, then +5 for each further month shown beyond
 *   180 days; a payment at most 3 days late, then paid, takes 10. The month's fall is one code step (≤ 30).
 * - after settling, the penalty the event held at settlement fades in equal steps over 60 months, so it is gone
 *   exactly when the record drops off (5 years after settlement): no cliff, and recovery alone never lifts the score
 *   above where it would be without the event. A month's rise is capped at 25 (see fadeSettled): only several heavy
 *   events fading at once reach the cap, and then fade on a little after their records are gone.
 * - the 350 floor: score(m) = min(base(m), max(350, base(m) − Σ_events penalty_e(m), floorPath(m))). The path starts
 *   at 350, gains 2 for each fully on-time month (as the base would, even at its cap) and loses each month's new
 *   penalty steps, never below 350. So a penalty the floor could not take is not paid back first: once everything is
 *   settled the score climbs from 350 the next month, and it follows the formula again once that is higher.
 *   Why a path and not cutting the penalties the floor cannot take (as this model once did): which event's penalty
 *   was cut then decided how fast the score came back, so settling later, or being later, could score higher in some
 *   month. Both the formula and the path only get lower with a later settlement, a longer delay or one more late
 *   payment, so the score does too; above the floor the path stays below the formula and changes nothing.
 * The series is drawn as a band of ±15 (clamped to 350–950) to say "estimate". All weights: constants.ts, [M].
 * "No cliff", as tested: the score never rises more than SCORE_MAX_MONTHLY_RISE (25) from one month to the next, and
 * never falls more than SCORE_MAX_MONTHLY_FALL (30) per event shown late that month.
 *
 * Report grid (one code per month's repayment period, as in report.ts): an event shows 1 in its month and one more
 * in each later month whose due date finds it unpaid — while dpd > 30 × (months since the event), up to its
 * settlement month; throughout when never settled. So 30 days late shows 1 once, 31 days late 1 then 2.
 *
 * The widely repeated claim "no rise for a year, +1/month, then +3/month from month 25" has no official source
 * (FACTS §11) and is NOT this model.
 */
import {
  SCORE_BAND,
  SCORE_BRIEF_LATE_DAYS,
  SCORE_BRIEF_LATE_POINTS,
  SCORE_MAX,
  SCORE_MAX_MONTHLY_RISE,
  SCORE_MIN,
  SCORE_ON_TIME_CAP,
  SCORE_ON_TIME_GAIN,
  SCORE_PENALTY_BY_CODE,
  SCORE_RECOVERY_MONTHS,
  SCORE_UNSETTLED_MONTHLY,
  NEGATIVE_RECORD_RETENTION_MONTHS,
  REPORT_BUCKET_DAYS,
} from './constants';
import { fail, ok, type Result } from './errors';
import type { Fen } from './money';
import { reportCodeForMissedPeriods, type ReportCode } from './report';
import type { ScoreScenario } from './scenario';
import { validateScore } from './validate-score';

/** A validated event (see validateScore): the amount in fen and as typed. */
export interface ScoreEventInput {
  month: number;
  dpd: number;
  amount: Fen;
  amountYuan: number;
  settledMonth: number | null;
}

/** A validated score scenario (see validateScore). */
export interface ScoreInput {
  scenario: ScoreScenario;
  start: number;
  months: number;
  events: ScoreEventInput[];
}

/** One month of the score series. */
export interface ScorePoint {
  /** 0 (start) … months. */
  month: number;
  /** The model's score (fractional while a penalty fades; round for display). */
  score: number;
  /** score − 15, not below 350. */
  low: number;
  /** score + 15, not above 950. */
  high: number;
  /**
   * Report grid code of the month's repayment period (worst over events; N when nothing is overdue at its due date):
   * an event shows 1 in its month, then one more for each later month whose due date finds it unpaid.
   */
  code: ReportCode;
  /** Whether a negative record is visible on the report this month. */
  negativeRecord: boolean;
}

/** Per-event summary. */
export interface ScoreEventSummary {
  month: number;
  /**
   * Most points the event takes over the months shown (before the 350 floor): reached month by month while the
   * report shows it late, not at once.
   */
  drop: number;
  settledMonth: number | null;
  /** Month the record and the remaining penalty disappear (settled + 60), or null when never settled. */
  dropOffMonth: number | null;
}

/** The output of {@link simulateScore}. */
export interface ScoreResult {
  /** months + 1 points: month 0 (the start) to `months`. */
  series: ScorePoint[];
  /** Score in the last month. */
  final: number;
  /** Lowest point of the series. */
  lowest: { month: number; score: number };
  events: ScoreEventSummary[];
}

/**
 * Points an overdue event has taken in all once the report grid has shown it late for `monthsShown` months (MODEL
 * §5, as revised: the penalty deepens with the code reached, 1–30 … 180+ days): 30, 55, 80, 105, 130, 155, 180 for
 * 1–7 months, then +5 for each further month; 10 for a payment at most 3 days late (`dpd` ≤ 3, shown one month).
 * `dpd` is the event's days late, Infinity when it is never settled. Total: NaN or below 1 month → 0.
 *
 * @example latePenalty(1, 30) // 30 — the first month of a 30-day delay
 * @example latePenalty(1, 365) // 30 — a 365-day delay starts the same way…
 * @example latePenalty(12, 365) // 205 — …and reaches 180 + 5 × 5 after twelve months shown late
 * @example latePenalty(1, 2) // 10
 */
export function latePenalty(monthsShown: number, dpd: number): number {
  if (typeof monthsShown !== 'number' || !(monthsShown >= 1)) return 0;
  const k = Math.floor(monthsShown);
  if (k === 1 && dpd <= SCORE_BRIEF_LATE_DAYS) return SCORE_BRIEF_LATE_POINTS;
  const rows = SCORE_PENALTY_BY_CODE;
  const last = rows[rows.length - 1] ?? [0, 0];
  const row = rows.find(([code]) => code >= k) ?? last;
  return row[1] + (k > last[0] ? (k - last[0]) * SCORE_UNSETTLED_MONTHLY : 0);
}

function clampScore(x: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, x));
}

// Below this, a fading penalty is rounding dust from the equal steps and counts as gone.
const DUST = 1e-9;

/**
 * Fades every settled event's penalty by its monthly step (in place), sharing out at most `budget` points in all:
 * the month's rise is capped at SCORE_MAX_MONTHLY_RISE. One or two events can never reach the cap (each step is at
 * most 600 / 60 = 10 points, plus 2 for an on-time month), so their penalties end exactly at the drop-off; only
 * several heavy events fading at once are slowed, and then fade on after their records have dropped off.
 */
function fadeSettled(
  m: number,
  events: readonly ScoreEventInput[],
  penalty: number[],
  fade: readonly number[],
  budget: number,
): void {
  const due = events.map((e, i) =>
    e.settledMonth !== null && m > e.settledMonth ? Math.min(penalty[i] ?? 0, fade[i] ?? 0) : 0,
  );
  let wanted = 0;
  for (const d of due) wanted += d;
  const share = wanted > budget ? budget / wanted : 1;
  due.forEach((d, i) => {
    if (d <= 0) return;
    const left = (penalty[i] ?? 0) - d * share;
    penalty[i] = left < DUST ? 0 : left;
  });
}

/**
 * Computes the series of a validated score scenario; see {@link simulateScore}.
 */
export function scoreResult(input: ScoreInput): ScoreResult {
  let base = clampScore(input.start);
  const events = input.events;
  const penalty = events.map(() => 0);
  // Months each event has been shown late so far, and the step its penalty fades by once settled.
  const shown = events.map(() => 0);
  const fade = events.map(() => 0);
  const peak = events.map(() => 0);
  // The floor path (see the header): 350, then +2 for each fully on-time month, less each month's new penalty steps.
  let floorPath = SCORE_MIN;

  const point = (month: number, score: number, code: ReportCode, negativeRecord: boolean): ScorePoint => ({
    month,
    score: score + 0,
    low: Math.max(SCORE_MIN, score - SCORE_BAND),
    high: Math.min(SCORE_MAX, score + SCORE_BAND),
    code,
    negativeRecord,
  });
  const series: ScorePoint[] = [point(0, base, 'N', false)];
  let lowest = { month: 0, score: base };

  for (let m = 1; m <= input.months; m++) {
    let onTime = true;
    let missed = 0;
    let visible = false;
    let fell = 0;
    events.forEach((e, i) => {
      const s = e.settledMonth;
      const open = e.month <= m && (s === null || m <= s);
      let p = penalty[i] ?? 0;
      if (open) {
        onTime = false;
        // Month m's due date is j periods (about 30 days each) after the missed one: still unpaid then, it is the
        // (j + 1)-th due date missed in a row; a payment within its dpd days clears it before that.
        const j = m - e.month;
        if (s === null || e.dpd > REPORT_BUCKET_DAYS * j) {
          missed = Math.max(missed, j + 1);
          // Shown late once more: the penalty deepens by one step (never settled: however late it gets).
          const n = (shown[i] ?? 0) + 1;
          const dpd = s === null ? Number.POSITIVE_INFINITY : e.dpd;
          const step = latePenalty(n, dpd) - latePenalty(n - 1, dpd);
          p += step;
          fell += step;
          shown[i] = n;
          peak[i] = latePenalty(n, dpd);
        }
      } else if (s !== null && m === s + 1) {
        // Fades in equal steps of what was held at settlement: nothing is left when the record drops off.
        fade[i] = p / SCORE_RECOVERY_MONTHS;
      }
      if (e.month <= m && (s === null || m < s + NEGATIVE_RECORD_RETENTION_MONTHS)) visible = true;
      penalty[i] = p;
    });
    const before = base;
    if (onTime && base < SCORE_ON_TIME_CAP) base = Math.min(SCORE_ON_TIME_CAP, base + SCORE_ON_TIME_GAIN);
    fadeSettled(m, events, penalty, fade, SCORE_MAX_MONTHLY_RISE - (base - before));
    let total = 0;
    for (const p of penalty) total += p;
    // Penalties are never cut at the floor (see the header): the path carries the score up from 350 instead.
    floorPath = Math.max(SCORE_MIN, floorPath + (onTime ? SCORE_ON_TIME_GAIN : 0) - fell);
    const score = clampScore(Math.min(base, Math.max(base - total, floorPath)));
    series.push(point(m, score, reportCodeForMissedPeriods(missed), visible));
    if (score < lowest.score) lowest = { month: m, score };
  }

  return {
    series,
    final: series[series.length - 1]?.score ?? base,
    lowest,
    events: events.map((e, i) => ({
      month: e.month,
      drop: peak[i] ?? 0,
      settledMonth: e.settledMonth,
      dropOffMonth: e.settledMonth === null ? null : e.settledMonth + NEGATIVE_RECORD_RETENTION_MONTHS,
    })),
  };
}

/**
 * Simulates the illustrative score for a scenario typed by the user (validated first; see validate.ts).
 *
 * @example
 * // 650, 30 days late in month 3, paid in month 4:
 * // months 1–2 on time → 654; month 3: −30 → 624; month 4 (paying late): 624; then +2 on time and the 30 points
 * // coming back 0.5 a month (30 / 60) until the record drops off.
 * const r = simulateScore({ start: 650, months: 84, events: [{ month: 3, dpd: 30, amount: 900, settledMonth: 4 }] });
 * // r.value.series[3].score → 624; r.value.series[5].score → 626.5; record visible until month 63, gone at 64
 */
export function simulateScore(s: unknown): Result<ScoreResult> {
  const v = validateScore(s);
  if (!v.ok) return fail(v.errors);
  return ok(scoreResult(v.value));
}
