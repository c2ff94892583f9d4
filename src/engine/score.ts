/**
 * "SimScore": an ILLUSTRATIVE score model — not Sesame Credit's or the PBOC's real algorithm (Ant has never
 * published one; only the 350–950 range is reported, FACTS §6.1 [W]). The UI must say so next to every chart.
 *
 * Month by month (m = 1 … months; month 0 is the starting point), the score is
 *
 *   score(m) = clamp(base(m) − Σ_events penalty_e(m), 350, 950)
 *
 * - base: the starting score (clamped to 350–950); +2 for each fully on-time month (a month in which no event is
 *   overdue or unsettled), never lifted above 750 by these gains (a start above 750 stays where it is).
 * - penalty of an event, once, in its month, by its worst DPD: 1–3 → 10; 4–30 → 30; 31–90 → 80; 91–180 → 150;
 *   more than 180 → 200; then +5 for each further month it stays unsettled (months after the event month and
 *   before its settlement month).
 * - after settling, in month j after the settlement month: −0.5 (j = 1–12), −1 (13–24), −2 (25–59) per month,
 *   never below 0 — so recovery alone never lifts the score above where it would be without the event — and at
 *   j = 60 the remaining penalty is gone (mirrors the 5-year credit-report rule).
 * - a penalty that would push the score below 350 is not banked: the floor absorbs it (recovery gives back only
 *   what was actually taken).
 * The series is drawn as a band of ±15 (clamped to 350–950) to say "estimate". All weights: constants.ts, [M].
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
  SCORE_EVENT_DROPS,
  SCORE_MAX,
  SCORE_MIN,
  SCORE_ON_TIME_CAP,
  SCORE_ON_TIME_GAIN,
  SCORE_PENALTY_GONE_MONTHS,
  SCORE_RECOVERY,
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
  /** The model's score (multiples of 0.5; round for display). */
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
  /** Points taken once, in the event month. */
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
 * One-off drop for an overdue event by its worst DPD (MODEL §5): 1–3 → 10; 4–30 → 30; 31–90 → 80; 91–180 → 150;
 * more than 180 → 200 points; 0 (or less) → 0.
 *
 * @example eventDrop(3) // 10
 * @example eventDrop(30) // 30
 * @example eventDrop(365) // 200
 */
export function eventDrop(dpd: number): number {
  if (typeof dpd !== 'number' || !(dpd >= 1)) return 0;
  for (const [maxDpd, points] of SCORE_EVENT_DROPS) if (dpd <= maxDpd) return points;
  return 0;
}

/**
 * Points recovered in month j after settling (MODEL §5): 0.5 for j = 1–12, 1 for 13–24, 2 for 25–60; 0 otherwise.
 *
 * @example recoveryPerMonth(1) // 0.5
 * @example recoveryPerMonth(25) // 2
 */
export function recoveryPerMonth(j: number): number {
  if (typeof j !== 'number' || !(j >= 1)) return 0;
  for (const [lastMonth, perMonth] of SCORE_RECOVERY) if (j <= lastMonth) return perMonth;
  return 0;
}

function clampScore(x: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, x));
}

/**
 * Computes the series of a validated score scenario; see {@link simulateScore}.
 */
export function scoreResult(input: ScoreInput): ScoreResult {
  let base = clampScore(input.start);
  const events = input.events;
  const penalty = events.map(() => 0);
  // Events in the order their penalties are absorbed by the floor: the most recent first.
  const byRecency = events.map((_, i) => i).sort((a, b) => (events[b]?.month ?? 0) - (events[a]?.month ?? 0));

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
    events.forEach((e, i) => {
      const s = e.settledMonth;
      const open = e.month <= m && (s === null || m <= s);
      if (open) {
        onTime = false;
        // Month m's due date is j periods (about 30 days each) after the missed one: still unpaid then, it is the
        // (j + 1)-th due date missed in a row; a payment within its dpd days clears it before that.
        const j = m - e.month;
        if (s === null || e.dpd > REPORT_BUCKET_DAYS * j) missed = Math.max(missed, j + 1);
      }
      if (e.month <= m && (s === null || m < s + NEGATIVE_RECORD_RETENTION_MONTHS)) visible = true;
      let p = penalty[i] ?? 0;
      if (m === e.month) p += eventDrop(e.dpd);
      else if (m > e.month && (s === null || m < s)) p += SCORE_UNSETTLED_MONTHLY;
      else if (s !== null && m > s) {
        const j = m - s;
        p = j >= SCORE_PENALTY_GONE_MONTHS ? 0 : Math.max(0, p - recoveryPerMonth(j));
      }
      penalty[i] = p;
    });
    if (onTime && base < SCORE_ON_TIME_CAP) base = Math.min(SCORE_ON_TIME_CAP, base + SCORE_ON_TIME_GAIN);
    let total = 0;
    for (const p of penalty) total += p;
    // The floor absorbs what cannot be taken, starting with the most recent event.
    let excess = SCORE_MIN - (base - total);
    for (const i of byRecency) {
      if (excess <= 0) break;
      const p = penalty[i] ?? 0;
      const cut = Math.min(p, excess);
      penalty[i] = p - cut;
      excess -= cut;
      total -= cut;
    }
    const score = clampScore(base - total);
    series.push(point(m, score, reportCodeForMissedPeriods(missed), visible));
    if (score < lowest.score) lowest = { month: m, score };
  }

  return {
    series,
    final: series[series.length - 1]?.score ?? base,
    lowest,
    events: events.map((e) => ({
      month: e.month,
      drop: eventDrop(e.dpd),
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
 * // months 1–2 on time → 654; month 3: −30 → 624; month 4 (paying late): 624; then +2 on time +0.5 recovery a month.
 * const r = simulateScore({ start: 650, months: 84, events: [{ month: 3, dpd: 30, amount: 900, settledMonth: 4 }] });
 * // r.value.series[3].score → 624; r.value.series[5].score → 626.5; record visible until month 63, gone at 64
 */
export function simulateScore(s: unknown): Result<ScoreResult> {
  const v = validateScore(s);
  if (!v.ok) return fail(v.errors);
  return ok(scoreResult(v.value));
}
