/**
 * Every number the simulators rely on, each with its source and the date it was last known to hold.
 *
 * Confidence labels follow the project's fact sheet: [V] verified in the legal text or an official page,
 * [W] widely reported by several independent secondary sources, [U] unverified, [M] a modelling assumption of this
 * site (not a fact about the world). Rates and rules change: recheck the "as of" date before publishing.
 * Money constants are in fen (1 yuan = 100 fen); rates are decimals (0.0005 = 0.05 %).
 */

// ───────────────────────── Rate conventions ─────────────────────────

/**
 * Days in the "year" Chinese lenders use to display an annual rate from a daily one: annual = daily × 360
 * (0.04 %/day → 14.4 %). [W] Source: FACTS §3 (user-visible loan pages; AFQMC dataset). As of 2026-02.
 */
export const DAYS_PER_YEAR_LENDER = 360;
/** Calendar days per year, for the daily × 365 figure shown beside the lender's (0.04 %/day → 14.6 %). As of 2026-02. */
export const DAYS_PER_YEAR_CALENDAR = 365;
/** Months per year: monthly periodic rate = annual / 12; APR = monthly IRR × 12. Definition. */
export const MONTHS_PER_YEAR = 12;

/**
 * One-year Loan Prime Rate (LPR): 3.0 %, unchanged since it was cut on 20 May 2025. [W] Source: Xinhua via
 * en.people.cn, 24 Feb 2026 (FACTS-2 §L; earlier 22 Sep 2025, FACTS §4.2). It is quoted on the 20th of each month:
 * recheck the current value on the National Interbank Funding Center's site before publishing.
 */
export const LPR_ONE_YEAR = 0.03;
/** The date {@link LPR_ONE_YEAR} was last confirmed (the latest quote in the project's sources). */
export const LPR_AS_OF = '2026-02-24';
/**
 * Courts do not support private-lending interest above 4 × the one-year LPR at contract time. [V] Source: SPC
 * Private Lending Provisions (2020 revision) Art. 25, 28, 29 (FACTS §4.2). Does NOT apply to licensed financial
 * institutions such as consumer finance companies (Art. 1; FACTS §4.3). As of 2020-12-29.
 */
export const PRIVATE_LENDING_LPR_MULTIPLE = 4;
/** 4 × LPR = 0.12 (12 %), the reference line on the overdue chart (private lending only). As of {@link LPR_AS_OF}. */
export const FOUR_TIMES_LPR = PRIVATE_LENDING_LPR_MULTIPLE * LPR_ONE_YEAR;
/**
 * 24 % a year: for loans from financial institutions, courts should reduce the part of interest, compound interest,
 * penalty interest and fees above 24 % a year when the borrower asks (SPC opinions on financial adjudication,
 * 法发〔2017〕22号 Art. 2). A reduction the borrower requests, not an automatic cap. [W] that the rule exists, [U]
 * for its exact wording (FACTS-2 §E; FACTS §4.3). As of 2025-10-01 (no later SPC text found).
 */
export const FINANCIAL_LOAN_REDUCTION_LINE = 0.24;

// ───────────────────────── Loan notices ─────────────────────────

/**
 * A commercial bank's internet consumer loan repaid in one lump sum at maturity (到期一次还本付息) may run at most
 * 1 year. [V] Source: 商业银行互联网贷款管理暂行办法 (CBIRC Order 2020 No. 9, 17 Jul 2020), as reported by
 * Xinhua / gov.cn (FACTS §9). Whether it binds consumer finance companies such as Ant's is unconfirmed [U]
 * (FACTS §9, §11(f)). As of 2020-07-17.
 */
export const BANK_LUMP_SUM_MAX_MONTHS = 12;
/**
 * The simulator warns that a loan is too small for its rate figure to mean much when rounding to the fen moves the
 * headline rate (APR, or the simple rate of a bullet loan) by more than this share of what it would be without
 * rounding. At a twentieth the figure no longer tells nearby rates apart: on a 3.9 % loan it could read anywhere
 * from 3.7 % to 4.1 %. [M] This site's choice. As of 2026-12.
 */
export const ROUNDING_NOTICE_SHARE = 0.05;

/**
 * Two offers' headline rates closer than this (a decimal: 0.00005 = 0.005 percentage points, half the 0.01 % rates
 * are shown to) are the same price. Rounding each payment to the fen moves one loan's APR by a few millionths
 * (14.3999 % repaid in equal installments, 14.4000 % interest first), and ranking on that would call one of two
 * equal prices cheaper. [M] This site's choice. As of 2026-12.
 */
export const SAME_RATE_TOLERANCE = 0.00005;

// ───────────────────────── Product figures ─────────────────────────

/**
 * Jiebei's typical daily rate, 0.04 % (average APR ≈ 14.6 % in 2017 official data). [W] Source: Shanghai Daily,
 * Nov 2017 (FACTS §3). Individual rates vary (≈ 0.02–0.05 % reported). As of 2017-11.
 */
export const JIEBEI_TYPICAL_DAILY_RATE = 0.0004;
/**
 * Jiebei overdue penalty interest = 1.5 × the contract rate, on the overdue principal. [W] Source: FACTS §3
 * (m.tianqiyubao2.com; lnmlw.com quoting the PBOC 2003 notice that bank penalty rates are 30–50 % above the
 * contract rate). Contract text not seen. As of 2026-02.
 */
export const JIEBEI_PENALTY_MULTIPLIER = 1.5;
/** Jiebei grace period: none; penalty interest starts the day after the due date. [W] FACTS §3, §11(e). As of 2026-02. */
export const JIEBEI_GRACE_DAYS = 0;
/**
 * Huabei overdue charge ≈ 0.05 % a day on the overdue amount (10,000 yuan × 30 days ≈ 150 yuan). [W] Source:
 * FACTS §2 (php.cn; wodefinance.com; 077592.com). Contract text not seen [U]. As of 2026-02.
 */
export const HUABEI_PENALTY_DAILY_RATE = 0.0005;
/** Huabei grace period: no official one found, so the simulator uses 0 days. [U] FACTS §2. As of 2026-02. */
export const HUABEI_GRACE_DAYS = 0;
/**
 * Huabei minimum-repayment (最低还款) interest ≈ 0.05 % a day on the unpaid balance. [W] Source: FACTS §2
 * (lnmlw.com; en.doing.city). As of 2026-02.
 */
export const HUABEI_MINIMUM_REPAYMENT_DAILY_RATE = 0.0005;
/**
 * The "pay only the minimum" question's default minimum payment: 10 % of what is owed that month. [U] The project's
 * fact sheets do not give Huabei's minimum-payment formula; 10 % is the figure commonly cited for card-style minimum
 * payments (see the `card-minimum` loan preset). [M] An illustrative default the reader can change. As of 2026-12.
 */
export const MINIMUM_PAYMENT_ILLUSTRATIVE_PERCENT = 10;
/**
 * The default smallest minimum payment, 10 yuan (in fen): a floor so that a balance paid down by a percentage
 * alone, which only shrinks and never reaches 0, is cleared. [M] This site's illustrative choice, not Huabei's rule
 * (FACTS gives none [U]). As of 2026-12.
 */
export const MINIMUM_PAYMENT_ILLUSTRATIVE_FLOOR = 1000;
/**
 * The "pay only the minimum" question stops after this many months and says the bill is not cleared by then.
 * [M] This site's choice: 30 years, the longest loan term the simulator accepts. As of 2026-12.
 */
export const MINIMUM_REPAYMENT_MAX_MONTHS = 360;
/**
 * Huabei installment fees (分期手续费), total for the term, by number of months: 3 → 2.5 %, 6 → 4.5 %,
 * 9 → 6.5 %, 12 → 8.8 %. [W] Source: FACTS §2 (wodefinance.com; 572757.com). Each user's rate varies and
 * promotions apply. As of 2026-02.
 */
export const HUABEI_INSTALLMENT_FEES: Readonly<Record<3 | 6 | 9 | 12, number>> = Object.freeze({
  3: 0.025,
  6: 0.045,
  9: 0.065,
  12: 0.088,
});
/**
 * An illustrative MYbank (网商贷) daily rate of 0.05 %. [M] No FACTS entry gives MYbank's rates; 0.05 % is the top
 * of the 0.02–0.05 % range reported for Ant's cash loans (FACTS §3). Label it "illustrative". As of 2026-02.
 */
export const MYBANK_ILLUSTRATIVE_DAILY_RATE = 0.0005;
/**
 * The penalty multiplier used for a bank loan without a known contract figure: 1.5 × the contract rate, the top of
 * the PBOC 2003 range (30–50 % above the contract rate). [W] Source: FACTS §3. As of 2003 (notice), checked 2026-02.
 */
export const BANK_PENALTY_MULTIPLIER_MAX = 1.5;
/**
 * Days late after which the "stopped paying" example lets the lender call in the whole remaining principal
 * (提前到期, acceleration). [M] An illustrative choice of this site, not a rule: acceleration is a contract term whose
 * trigger differs by contract, and the project's fact sheets have no source for any product's figure [U]. 90 days is
 * where the collection timeline's "late" stage begins (MODEL §3). As of 2026-12.
 */
export const ACCELERATION_ILLUSTRATIVE_DAYS = 90;

// ───────────────────────── Collection stages (MODEL §3) ─────────────────────────

/**
 * First days past due (DPD) of each collection stage: due date 0; early reminders 1–7; calls 8–30;
 * escalation 31–90; late 91–180; write-off / litigation 181+. [W] Typical practice, not law. Source: FACTS §7
 * (wodefinance.com credit-card timeline) and MODEL §3. As of 2026-02.
 */
export const STAGE_FIRST_DPD = Object.freeze({
  due: 0,
  early: 1,
  calls: 8,
  escalation: 31,
  late: 91,
  'write-off': 181,
} as const);
/**
 * Collection calls are not allowed 22:00–08:00 (unless agreed). [W] Source: NIFA 《互联网金融贷后催收业务指引》,
 * 15 May 2024; CBA 《金融机构个人消费类贷款催收工作指引(试行)》, 30 Jan 2026 (FACTS §7). As of 2026-01-30.
 */
export const COLLECTION_QUIET_HOURS = Object.freeze({ from: 22, to: 8 } as const);
/** At most 3 connected reminder calls a day per lender with its agencies. [W] NIFA guideline, 15 May 2024 (FACTS §7). */
export const MAX_CONNECTED_CALLS_PER_DAY = 3;
/** At most 6 unanswered dial attempts a day to one number. [W] CBA guideline, 30 Jan 2026 (FACTS §7). */
export const MAX_DIAL_ATTEMPTS_PER_DAY = 6;

// ───────────────────────── Credit report (MODEL §4) ─────────────────────────

/**
 * Days per overdue bucket of the repayment grid: code k (1–6) = DPD in (30(k−1), 30k]; code 7 = more than 180.
 * [W] Source: csai.cn/video/76500.html (FACTS §5.6). As of 2026-02.
 */
export const REPORT_BUCKET_DAYS = 30;
/** The highest numbered grid code (7 = 180+ days). [W] FACTS §5.6. */
export const REPORT_MAX_BUCKET = 7;
/**
 * Negative records are deleted 5 years (60 months) after the bad behaviour ends, i.e. after the debt is settled;
 * an unsettled debt never starts the clock. [V] Source: 征信业管理条例 Art. 16 (2013-01-21); PBOC Credit Reference
 * Center FAQ, 2023-04 (FACTS §5.1). As of 2026-02.
 */
export const NEGATIVE_RECORD_RETENTION_MONTHS = 60;

/**
 * The PBOC's one-off credit repair (一次性信用修复), announced 22 Dec 2025 — a past, dated event. Personal overdue
 * records dated 2020-01-01 … 2025-12-31 with a single overdue amount ≤ 10,000 yuan, fully repaid by 2026-03-31,
 * stop being displayed. Repaid by 2025-11-30 → cleared from 2026-01-01; later → by the end of the following
 * month. Automatic, no fee. [V] Source: PBOC Nanjing Q&A, 26 Dec 2025; People's Daily (FACTS §5.7).
 * As of 2025-12-22.
 */
export const ONE_OFF_REPAIR_2025 = Object.freeze({
  announced: '2025-12-22',
  recordsFrom: '2020-01-01',
  recordsTo: '2025-12-31',
  /** 10,000 yuan in fen. */
  maxOverdueFen: 1_000_000,
  repaidBy: '2026-03-31',
  earlyRepaidBy: '2025-11-30',
  earlyClearedFrom: '2026-01',
} as const);

// ───────────────────────── Illustrative score, "SimScore" (MODEL §5) ─────────────────────────
// [M] Everything in this block is this site's own model, not Sesame Credit's or the PBOC's algorithm (Ant has
// never published one). Only the 350–950 range is a reported fact. As of MODEL.md 2026-11.

/** Lowest Sesame-style score. [W] Ant launch, reported by ecns.cn, 28 Jan 2015 (FACTS §6.1). */
export const SCORE_MIN = 350;
/** Highest Sesame-style score. [W] Same source as {@link SCORE_MIN}. */
export const SCORE_MAX = 950;
/** Default starting score. [M] MODEL §5. */
export const SCORE_DEFAULT = 650;
/** Points per fully on-time month. [M] MODEL §5. */
export const SCORE_ON_TIME_GAIN = 2;
/** On-time gains never lift the score above this. [M] MODEL §5. */
export const SCORE_ON_TIME_CAP = 750;
/**
 * Points an overdue event has taken once the credit report has shown it for k months (k = 1 … 7, the grid codes
 * 1–30 … 180+ days): the penalty deepens month by month as the account gets later, instead of landing in full in
 * the first month. Each row is `[grid code reached, points taken in all]`; the steps (30, then 25 a month) are an
 * illustrative choice. [M] This site's model.
 */
export const SCORE_PENALTY_BY_CODE: readonly (readonly [code: number, points: number])[] = Object.freeze([
  [1, 30],
  [2, 55],
  [3, 80],
  [4, 105],
  [5, 130],
  [6, 155],
  [7, 180],
] as const);
/** A payment at most this many days late, then paid, takes {@link SCORE_BRIEF_LATE_POINTS} instead. [M] */
export const SCORE_BRIEF_LATE_DAYS = 3;
/** Points taken by a payment at most {@link SCORE_BRIEF_LATE_DAYS} days late. [M] This site's model. */
export const SCORE_BRIEF_LATE_POINTS = 10;
/** Points lost for each further month an event is still shown beyond 180 days late (code 7 again). [M] */
export const SCORE_UNSETTLED_MONTHLY = 5;
/**
 * After settling, an event's penalty fades in equal monthly steps over this many months: the same five years the
 * record stays on the report, so the drop-off of the record has nothing left to take away. [M] This site's model,
 * tied to {@link NEGATIVE_RECORD_RETENTION_MONTHS}.
 */
export const SCORE_RECOVERY_MONTHS = NEGATIVE_RECORD_RETENTION_MONTHS;
/**
 * "No cliff" limits the model keeps (tested as properties): the score never rises by more than this from one month
 * to the next. Illustrative choice: in this model the largest rise is about 12 (2 on-time points plus a 600-point
 * penalty spread over 60 months), so 25 leaves room and still rules out any jump. [M] This site's model.
 */
export const SCORE_MAX_MONTHLY_RISE = 25;
/**
 * "No cliff": one event never takes more than this in one month — the largest step of
 * {@link SCORE_PENALTY_BY_CODE}, i.e. one grid code further. Illustrative choice. [M] This site's model.
 */
export const SCORE_MAX_MONTHLY_FALL = 30;
/** Half-width of the "estimate" band drawn around the score. [M] MODEL §5. */
export const SCORE_BAND = 15;

// ───────────────────────── Validation limits (MODEL §Validation) ─────────────────────────

/**
 * Accepted input ranges, in user-facing units (yuan, percent, months, days). [M] MODEL §Validation; the limits
 * not listed there (penalty multiplier, grace days, events) are this engine's own, chosen to cover every product
 * in FACTS.md with room to spare.
 */
export const LIMITS = Object.freeze({
  /** Loan principal and amounts due, yuan. */
  principal: { min: 1, max: 10_000_000 },
  /** Daily rate, percent per day. */
  dailyRate: { min: 0, max: 1 },
  /** Annual rate, percent per year. */
  annualRate: { min: 0, max: 365 },
  /** Term, whole months. */
  term: { min: 1, max: 360 },
  /** Total fee for the term, percent of principal. */
  feeRate: { min: 0, max: 100 },
  /** Deducted when the loan is paid out, yuan; it must also be below the principal (validate-loan.ts). */
  deduction: { min: 0, max: 10_000_000 },
  /** Early-repayment fee, percent of the amount repaid early. */
  earlyFeeRate: { min: 0, max: 100 },
  /** Minimum payment, whole percent of what is owed that month. */
  minimumPercent: { min: 1, max: 100 },
  /** Smallest minimum payment, yuan. */
  minimumFloor: { min: 0, max: 10_000_000 },
  /** Days past due, whole days. */
  dpd: { min: 0, max: 1825 },
  /** Starting score. */
  score: { min: SCORE_MIN, max: SCORE_MAX },
  /** Months simulated by the score model. */
  months: { min: 1, max: 120 },
  /** Penalty multiplier of the contract rate. */
  penaltyMultiplier: { min: 0, max: 10 },
  /** Extra penalty rate, percent per day. */
  penaltyDailyRate: { min: 0, max: 1 },
  /** Grace days before penalty interest counts. */
  graceDays: { min: 0, max: 90 },
  /** Overdue events in one score scenario. */
  events: { min: 0, max: 10 },
  /** Calendar years accepted in dates. */
  year: { min: 2000, max: 2099 },
} as const);
