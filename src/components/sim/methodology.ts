/**
 * What the methodology section of each simulator page shows: the formulas (language-neutral notation, as in
 * the engine's JSDoc) and every constant the model uses — its value read from the engine, so the page can never
 * disagree with the computation — with its source and "as of" date (copied from src/engine/constants.ts,
 * where each constant is documented).
 */
import * as C from '../../engine/constants';
import { datedFact } from '../../data/dated-facts';
import type { Locale } from '../../i18n/locales';
import { EXACT_DIGITS, formatNumber, formatPercent } from '../../i18n/format';
import type { Translate, UiKey } from '../../i18n/translate';
import type { SimulatorKind } from '../../engine/scenario';

export interface Formula {
  label: UiKey;
  formula: string;
}

export const FORMULAS: Record<SimulatorKind, readonly Formula[]> = {
  loan: [
    { label: 'sim.doc.f.rates', formula: 'annual = daily × 360 (also shown: daily × 365);  r = annual ÷ 12' },
    { label: 'sim.field.method.equal-installment', formula: 'A = P·r / (1 − (1 + r)^−n);  r = 0 → P / n' },
    { label: 'sim.field.method.equal-principal', formula: 'principal_k = P / n;  interest_k = balance_(k−1) × r' },
    { label: 'sim.field.method.interest-first', formula: 'interest_k = P × r;  P repaid with period n' },
    { label: 'sim.field.method.fee-installment', formula: 'payment_k = P / n + P·F / n  (F = total fee for the term)' },
    { label: 'sim.field.method.bullet', formula: 'payment_n = P + P·r·n;  nothing before' },
    { label: 'sim.doc.f.trueCost', formula: 'Σ payment_t / (1 + IRR)^t = P;  APR = IRR × 12;  EAR = (1 + IRR)^12 − 1' },
    {
      label: 'sim.doc.f.rounding',
      formula: 'each amount → fen, half away from zero; the last period absorbs the remainder',
    },
  ],
  overdue: [
    { label: 'sim.doc.f.penaltyRate', formula: 'ρ = multiplier × contract daily rate + extra daily rate' },
    {
      label: 'sim.doc.f.penalty',
      formula:
        'penalty(d) = ρ × base × (d − due day), after the grace days;  base = principal (Jiebei) or principal + interest + fees (Huabei, 复利)',
    },
    {
      label: 'sim.doc.f.stage',
      formula: 'day 0 due · 1–7 early · 8–30 calls · 31–90 escalation · 91–180 late · 181+ write-off / lawsuit',
    },
    { label: 'sim.doc.f.code', formula: 'code = min(7, ⌈days past due ÷ 30⌉);  N on time;  C settled' },
    { label: 'sim.doc.f.dropOff', formula: 'visible until = month settled + 60 months;  never settled → never starts' },
  ],
  score: [
    { label: 'sim.doc.f.score', formula: 'score(m) = clamp(base(m) − Σ penalty_e(m), 350, 950)' },
    { label: 'sim.doc.f.band', formula: 'score ± 15, within 350–950' },
    { label: 'sim.doc.f.dropOff', formula: 'record shown until = month settled + 60 months' },
  ],
};

export const ASSUMPTIONS: Record<SimulatorKind, readonly UiKey[]> = {
  loan: ['sim.doc.loan.a1', 'sim.doc.loan.a2', 'sim.doc.loan.a3', 'sim.doc.loan.a4'],
  overdue: [
    'sim.doc.overdue.a1',
    'sim.doc.overdue.a2',
    'sim.doc.overdue.a3',
    'sim.doc.overdue.a4',
    'sim.doc.overdue.a5',
  ],
  score: ['sim.doc.score.a1', 'sim.doc.score.a2', 'sim.doc.score.a3', 'sim.doc.score.a4'],
};

export const READING: Record<SimulatorKind, readonly UiKey[]> = {
  loan: ['sim.doc.loan.read1', 'sim.doc.loan.read2', 'sim.doc.loan.read3'],
  overdue: ['sim.doc.overdue.read1', 'sim.doc.overdue.read2', 'sim.doc.overdue.read3'],
  score: ['sim.doc.score.read1', 'sim.doc.score.read2'],
};

export interface ConstantRow {
  label: string;
  value: string;
  /** The engine numbers `value` displays, as the engine holds them (rates as decimals): a test reads them back. */
  shown: readonly number[];
  /** Where the figure comes from; `null` for this site's own modelling assumption. */
  source: string | null;
  asOf: string;
}

/** The constants table of one simulator, formatted for a language. */
export function constantRows(kind: SimulatorKind, locale: Locale, t: Translate): ConstantRow[] {
  // Constants are shown exactly: a fixed number of decimals once printed Jiebei's 1.5 × as "2 ×".
  const pct = (rate: number, digits = 2) => formatPercent(locale, rate, digits, EXACT_DIGITS);
  const num = (value: number) => formatNumber(locale, value, 0, EXACT_DIGITS);
  const months = (n: number) => t('sim.doc.unit.months', { n: num(n) });
  const days = (n: number) => t('sim.doc.unit.days', { n: num(n) });
  const points = (n: number) => t('sim.doc.unit.points', { n: num(n) });
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const fees = C.HUABEI_INSTALLMENT_FEES;
  const feeTerms = [fees[3], fees[6], fees[9], fees[12]];
  const row = (
    label: UiKey,
    shown: readonly number[],
    value: string,
    source: string | null,
    asOf: string,
  ): ConstantRow => ({
    label: t(label),
    value,
    shown,
    source,
    asOf,
  });
  const retention = row(
    'sim.doc.const.retention',
    [C.NEGATIVE_RECORD_RETENTION_MONTHS],
    months(C.NEGATIVE_RECORD_RETENTION_MONTHS),
    '征信业管理条例 Art. 16 (2013); PBOC Credit Reference Center FAQ (2023)',
    '2026-02',
  );

  switch (kind) {
    case 'loan':
      return [
        row(
          'sim.doc.const.lenderYear',
          [C.DAYS_PER_YEAR_LENDER],
          num(C.DAYS_PER_YEAR_LENDER),
          'Lenders’ loan pages; AFQMC user-question dataset',
          '2026-02',
        ),
        row('sim.doc.const.calendarYear', [C.DAYS_PER_YEAR_CALENDAR], num(C.DAYS_PER_YEAR_CALENDAR), 'Calendar', '—'),
        row(
          'sim.doc.const.jiebeiRate',
          [C.JIEBEI_TYPICAL_DAILY_RATE],
          pct(C.JIEBEI_TYPICAL_DAILY_RATE),
          'Shanghai Daily, Nov 2017 (official data: average APR ≈ 14.6 %)',
          '2017-11',
        ),
        row(
          'sim.doc.const.huabeiFees',
          feeTerms,
          feeTerms.map((f) => pct(f, 1)).join(' / '),
          'wodefinance.com; 572757.com (reported; individual rates vary)',
          '2026-02',
        ),
        row(
          'sim.doc.const.minimumRate',
          [C.HUABEI_MINIMUM_REPAYMENT_DAILY_RATE],
          pct(C.HUABEI_MINIMUM_REPAYMENT_DAILY_RATE),
          'lnmlw.com; en.doing.city (reported)',
          '2026-02',
        ),
        row(
          'sim.doc.const.mybankRate',
          [C.MYBANK_ILLUSTRATIVE_DAILY_RATE],
          pct(C.MYBANK_ILLUSTRATIVE_DAILY_RATE),
          null,
          '2026-02',
        ),
      ];
    case 'overdue':
      return [
        row(
          'sim.doc.const.jiebeiPenalty',
          [C.JIEBEI_PENALTY_MULTIPLIER],
          `${num(C.JIEBEI_PENALTY_MULTIPLIER)} ×`,
          'm.tianqiyubao2.com; lnmlw.com quoting the PBOC 2003 notice (reported; contract not seen)',
          '2026-02',
        ),
        row(
          'sim.doc.const.huabeiPenalty',
          [C.HUABEI_PENALTY_DAILY_RATE],
          pct(C.HUABEI_PENALTY_DAILY_RATE),
          'php.cn; wodefinance.com; 077592.com (reported; contract not seen)',
          '2026-02',
        ),
        row(
          'sim.doc.const.bankPenalty',
          [C.BANK_PENALTY_MULTIPLIER_MAX],
          `${num(C.BANK_PENALTY_MULTIPLIER_MAX)} ×`,
          'PBOC 2003 notice on RMB loan rates (30–50 % above the contract rate)',
          '2003',
        ),
        row(
          'sim.doc.const.grace',
          [C.JIEBEI_GRACE_DAYS],
          days(C.JIEBEI_GRACE_DAYS),
          'Reported: no grace period for Jiebei; none found for Huabei',
          '2026-02',
        ),
        row(
          'sim.doc.const.lpr',
          [C.LPR_ONE_YEAR],
          pct(C.LPR_ONE_YEAR, 1),
          datedFact('lpr-one-year').source,
          C.LPR_AS_OF,
        ),
        row(
          'sim.doc.const.fourLpr',
          [C.FOUR_TIMES_LPR],
          pct(C.FOUR_TIMES_LPR, 0),
          'SPC Private Lending Provisions (2020 revision) Art. 1, 25, 28, 29',
          '2020-12-29',
        ),
        row(
          'sim.doc.const.quietHours',
          [C.COLLECTION_QUIET_HOURS.from, C.COLLECTION_QUIET_HOURS.to],
          `${hour(C.COLLECTION_QUIET_HOURS.from)}–${hour(C.COLLECTION_QUIET_HOURS.to)}`,
          'NIFA 互联网金融贷后催收业务指引 (2024); CBA 金融机构个人消费类贷款催收工作指引(试行) (2026)',
          '2026-01-30',
        ),
        row(
          'sim.doc.const.calls',
          [C.MAX_CONNECTED_CALLS_PER_DAY],
          num(C.MAX_CONNECTED_CALLS_PER_DAY),
          'NIFA 互联网金融贷后催收业务指引, 15 May 2024',
          '2024-05-15',
        ),
        row(
          'sim.doc.const.dials',
          [C.MAX_DIAL_ATTEMPTS_PER_DAY],
          num(C.MAX_DIAL_ATTEMPTS_PER_DAY),
          'CBA 金融机构个人消费类贷款催收工作指引(试行), 30 Jan 2026',
          '2026-01-30',
        ),
        row(
          'sim.doc.const.bucket',
          [C.REPORT_BUCKET_DAYS],
          days(C.REPORT_BUCKET_DAYS),
          'csai.cn/video/76500.html (reading the repayment grid)',
          '2026-02',
        ),
        retention,
        row(
          'sim.doc.const.repair',
          [C.ONE_OFF_REPAIR_2025.maxOverdueFen / 100],
          t('sim.doc.repairValue', {
            amount: num(C.ONE_OFF_REPAIR_2025.maxOverdueFen / 100),
            date: C.ONE_OFF_REPAIR_2025.repaidBy,
          }),
          'PBOC Nanjing Q&A, 26 Dec 2025; People’s Daily',
          C.ONE_OFF_REPAIR_2025.announced,
        ),
      ];
    case 'score':
      return [
        row(
          'sim.doc.const.scoreRange',
          [C.SCORE_MIN, C.SCORE_MAX],
          `${num(C.SCORE_MIN)}–${num(C.SCORE_MAX)}`,
          'Ant launch, reported by ecns.cn, 28 Jan 2015',
          '2015-01-28',
        ),
        row('sim.doc.const.scoreStart', [C.SCORE_DEFAULT], num(C.SCORE_DEFAULT), null, '2026-11'),
        row(
          'sim.doc.const.scoreGain',
          [C.SCORE_ON_TIME_GAIN, C.SCORE_ON_TIME_CAP],
          `${points(C.SCORE_ON_TIME_GAIN)} · ${num(C.SCORE_ON_TIME_CAP)}`,
          null,
          '2026-11',
        ),
        row(
          'sim.doc.const.scoreDrops',
          C.SCORE_EVENT_DROPS.map(([, p]) => p),
          C.SCORE_EVENT_DROPS.map(([, p]) => `−${num(p)}`).join(' / '),
          null,
          '2026-11',
        ),
        row(
          'sim.doc.const.scoreUnsettled',
          [C.SCORE_UNSETTLED_MONTHLY],
          points(C.SCORE_UNSETTLED_MONTHLY),
          null,
          '2026-11',
        ),
        row(
          'sim.doc.const.scoreRecovery',
          C.SCORE_RECOVERY.map(([, p]) => p),
          C.SCORE_RECOVERY.map(([, p]) => num(p)).join(' / '),
          null,
          '2026-11',
        ),
        row('sim.doc.const.scoreBand', [C.SCORE_BAND], `± ${points(C.SCORE_BAND)}`, null, '2026-11'),
        retention,
      ];
  }
}
