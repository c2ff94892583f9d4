/**
 * The one dated place for facts that go stale: rates, fee schedules, help-line hours, and legal article numbers that
 * a revision has changed. Each entry says where it comes from, how sure we are, and when it was last known to hold;
 * `npm run review` lists the entries older than 12 months so an editor rechecks them.
 *
 * Numbers the simulators compute with are not repeated here: they are imported from the engine, which stays
 * UI-free (this module may import the engine, never the reverse). Articles and glossary entries are prose, so they
 * cannot import a value: `usedBy` says which pages state each fact, so a change here is carried to them by hand.
 *
 * Labels as in the project's fact sheet: V verified in the legal text or an official page; W widely reported;
 * U unverified (never stated as fact on the site); M this site's own modelling assumption.
 */
import {
  COLLECTION_QUIET_HOURS,
  FOUR_TIMES_LPR,
  HUABEI_INSTALLMENT_FEES,
  HUABEI_MINIMUM_REPAYMENT_DAILY_RATE,
  HUABEI_PENALTY_DAILY_RATE,
  JIEBEI_PENALTY_MULTIPLIER,
  JIEBEI_TYPICAL_DAILY_RATE,
  LPR_AS_OF,
  LPR_ONE_YEAR,
  MAX_CONNECTED_CALLS_PER_DAY,
  MAX_DIAL_ATTEMPTS_PER_DAY,
  NEGATIVE_RECORD_RETENTION_MONTHS,
  ONE_OFF_REPAIR_2025,
} from '../engine/constants';

export type Confidence = 'V' | 'W' | 'U' | 'M';

export interface DatedFact {
  /** A stable name for the fact, kebab-case. */
  id: string;
  /** What the fact is, for the editor reading the review report. */
  label: string;
  /** The value: engine numbers as the engine holds them (rates as decimals), or a short statement. */
  value: number | string | readonly number[];
  confidence: Confidence;
  /** Where it comes from, dated. */
  source: string;
  /** The day (or month) it was last known to hold: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** When the rule or figure took effect, if that matters to readers (e.g. a renumbered law). */
  since?: string;
  /** Pages that state or rely on it: article paths, 'simulators/<kind>', 'glossary/<id>'. */
  usedBy: readonly string[];
}

/** Day FACTS.md's research stopped (its sources run to February 2026). */
const FACTS_1 = '2026-02';
/** Day FACTS-2.md was researched; it checked legal texts as they stand, with news sources to February 2026. */
const FACTS_2 = '2026-12-02';

export const DATED_FACTS: readonly DatedFact[] = [
  // ── Rates ──
  {
    id: 'lpr-one-year',
    label: 'One-year Loan Prime Rate (quoted on the 20th of each month)',
    value: LPR_ONE_YEAR,
    confidence: 'W',
    source: 'Xinhua via en.people.cn, 24 Feb 2026 (unchanged since the cut of 20 May 2025)',
    asOf: LPR_AS_OF,
    usedBy: ['simulators/overdue', 'basics/interest-and-apr', 'glossary/lpr', 'glossary/four-times-lpr'],
  },
  {
    id: 'four-times-lpr',
    label: 'Private-lending interest cap, 4 × one-year LPR (not for licensed lenders)',
    value: FOUR_TIMES_LPR,
    confidence: 'V',
    source: 'SPC Private Lending Provisions (2020 revision) Arts. 1, 25, 28, 29; value follows the LPR above',
    asOf: LPR_AS_OF,
    since: '2020-12-29',
    usedBy: ['simulators/overdue', 'basics/interest-and-apr', 'glossary/four-times-lpr', 'glossary/private-lending'],
  },
  {
    id: 'financial-loan-24-percent',
    label: 'Licensed lenders: courts should reduce combined charges above 24 % a year, on the borrower’s request',
    value: 0.24,
    confidence: 'W',
    source:
      'SPC 关于进一步加强金融审判工作的若干意见 (法发〔2017〕22号) Art. 2, third-party paraphrase; exact wording unseen',
    asOf: FACTS_2,
    since: '2017',
    usedBy: ['basics/interest-and-apr', 'glossary/licensed-lender'],
  },
  // ── Product figures (reported; each user's rate varies) ──
  {
    id: 'jiebei-typical-daily-rate',
    label: 'Jiebei average daily rate (official 2017 data: average APR ≈ 14.6 %)',
    value: JIEBEI_TYPICAL_DAILY_RATE,
    confidence: 'W',
    source: 'Shanghai Daily, Nov 2017',
    asOf: '2017-11',
    usedBy: [
      'simulators/loan',
      'simulators/compare',
      'products/jiebei',
      'basics/credit-and-risk',
      'products/before-you-borrow',
    ],
  },
  {
    id: 'jiebei-daily-rate-range',
    label: 'Jiebei daily rates seen in user discussions',
    value: '0.02 %–0.05 % a day',
    confidence: 'W',
    source: 'AFQMC user-question dataset; FACTS §3',
    asOf: FACTS_1,
    usedBy: ['products/jiebei', 'basics/credit-and-risk', 'glossary/daily-rate'],
  },
  {
    id: 'jiebei-penalty-multiplier',
    label: 'Jiebei penalty interest, × the contract rate',
    value: JIEBEI_PENALTY_MULTIPLIER,
    confidence: 'W',
    source: 'm.tianqiyubao2.com; lnmlw.com quoting the PBOC 2003 notice (contract not seen)',
    asOf: FACTS_1,
    usedBy: ['simulators/overdue', 'products/jiebei', 'overdue/what-happens', 'glossary/penalty-interest'],
  },
  {
    id: 'huabei-installment-fees',
    label: 'Huabei installment fees, total for 3 / 6 / 9 / 12 months',
    value: [
      HUABEI_INSTALLMENT_FEES[3],
      HUABEI_INSTALLMENT_FEES[6],
      HUABEI_INSTALLMENT_FEES[9],
      HUABEI_INSTALLMENT_FEES[12],
    ],
    confidence: 'W',
    source: 'wodefinance.com; 572757.com (individual rates vary; promotions apply)',
    asOf: FACTS_1,
    usedBy: [
      'simulators/loan',
      'simulators/compare',
      'products/huabei',
      'products/before-you-borrow',
      'glossary/installment-fee',
    ],
  },
  {
    id: 'huabei-overdue-daily-rate',
    label: 'Huabei overdue charge, per day on the overdue amount',
    value: HUABEI_PENALTY_DAILY_RATE,
    confidence: 'W',
    source: 'php.cn; wodefinance.com; 077592.com (contract not seen)',
    asOf: FACTS_1,
    usedBy: ['simulators/overdue', 'products/huabei', 'overdue/what-happens'],
  },
  {
    id: 'huabei-minimum-payment-daily-rate',
    label: 'Huabei minimum-repayment interest, per day on the unpaid balance',
    value: HUABEI_MINIMUM_REPAYMENT_DAILY_RATE,
    confidence: 'W',
    source: 'lnmlw.com; en.doing.city',
    asOf: FACTS_1,
    usedBy: ['simulators/loan', 'products/huabei', 'glossary/minimum-payment', 'glossary/revolving-interest'],
  },
  {
    id: 'huabei-dates',
    label: 'Huabei statement date and due dates',
    value: 'statement on the 1st; due on the 8th, 9th or 10th (the app shows which)',
    confidence: 'W',
    source: 'wodefinance.com; en.doing.city',
    asOf: FACTS_1,
    usedBy: ['products/huabei', 'glossary/statement-date', 'glossary/interest-free-period'],
  },
  // ── Collection rules ──
  {
    id: 'collection-quiet-hours',
    label: 'No collection calls or visits between (unless agreed)',
    value: [COLLECTION_QUIET_HOURS.from, COLLECTION_QUIET_HOURS.to],
    confidence: 'W',
    source: 'CBA 金融机构个人消费类贷款催收工作指引(试行), 30 Jan 2026; GB/T 45251—2025; NIFA guideline, 15 May 2024',
    asOf: '2026-01-30',
    usedBy: ['simulators/overdue', 'overdue/collection', 'glossary/collection'],
  },
  {
    id: 'collection-connected-calls',
    label: 'Connected voice collection calls a day with one debtor, at most',
    value: MAX_CONNECTED_CALLS_PER_DAY,
    confidence: 'W',
    source: 'NIFA 互联网金融贷后催收业务指引, 15 May 2024; GB/T 45251—2025 (in force 28 Feb 2025)',
    asOf: '2025-02-28',
    usedBy: ['simulators/overdue', 'overdue/collection'],
  },
  {
    id: 'collection-dial-attempts',
    label: 'Unanswered dial attempts a day to one number, at most',
    value: MAX_DIAL_ATTEMPTS_PER_DAY,
    confidence: 'W',
    source: 'CBA 金融机构个人消费类贷款催收工作指引(试行), 30 Jan 2026',
    asOf: '2026-01-30',
    usedBy: ['simulators/overdue', 'overdue/collection'],
  },
  // ── Credit report ──
  {
    id: 'negative-record-retention',
    label: 'Months a negative record stays after the debt is settled',
    value: NEGATIVE_RECORD_RETENTION_MONTHS,
    confidence: 'V',
    source: '征信业管理条例 Art. 16 (2013); PBOC Credit Reference Center FAQ (2023)',
    asOf: FACTS_1,
    usedBy: [
      'simulators/overdue',
      'simulators/score',
      'credit/recovery',
      'glossary/credit-report',
      'glossary/repayment-record',
    ],
  },
  {
    id: 'one-off-credit-repair-2025',
    label:
      'One-off credit repair: records of 2020–2025, single overdue ≤ 10,000 yuan, repaid by 31 Mar 2026 (past, dated policy)',
    value: ONE_OFF_REPAIR_2025.maxOverdueFen / 100,
    confidence: 'V',
    source: 'PBOC Nanjing Q&A, 26 Dec 2025; People’s Daily',
    asOf: ONE_OFF_REPAIR_2025.announced,
    usedBy: ['simulators/overdue', 'credit/recovery', 'glossary/credit-repair-scam'],
  },
  {
    id: 'licensed-credit-bureaus',
    label: 'Licensed personal credit bureaus besides the PBOC Credit Reference Center',
    value:
      'Baihang (2018), Pudao (Dec 2020), Qiantang (licence table 11 Nov 2024; Ant ≈ 30 %, 29.9 % at registration in Feb 2025)',
    confidence: 'W',
    source: '证券时报 stcn.com; 21世纪经济报道 (2021); FACTS §6.3',
    asOf: '2025-02-05',
    usedBy: ['credit/report-vs-score', 'glossary/credit-bureau'],
  },
  // ── Help lines ──
  {
    id: 'hotline-12356',
    label: '12356 national psychological assistance line: hours',
    value: 'each city’s line open at least 18 hours a day (24 hours not required); anonymous',
    confidence: 'W',
    source: 'NHC notice, 25 Dec 2024; NHC statement reported 26 Dec 2025',
    asOf: '2025-12-26',
    usedBy: ['help/if-you-cant-pay'],
  },
  {
    id: 'hotline-12368',
    label: '12368 court litigation-service line: what it does (staffed hours unverified)',
    value:
      'case look-up, contacting the judge, checking a “court” message; hours reportedly about 8:30–17:30 on workdays (U)',
    confidence: 'V',
    source: 'Hebei court page (2021); hours: secondary reports only',
    asOf: FACTS_2,
    usedBy: ['glossary/pre-litigation-mediation', 'glossary/case-number'],
  },
  {
    id: 'hotline-12348',
    label: '12348 public legal-service line: free legal advice and legal-aid guidance',
    value: 'free legal consultation; representation in consumer-loan suits is not on the national legal-aid list',
    confidence: 'W',
    source: 'Legal Aid Law (in force 1 Jan 2022) Arts. 22, 23, 31, 34; provincial justice departments',
    asOf: FACTS_2,
    usedBy: ['help/if-you-cant-pay', 'glossary/legal-aid'],
  },
  {
    id: 'hotline-12378',
    label: '12378 NFRA banking and insurance consumer complaint line (hours unverified)',
    value: 'complaints about banks and consumer finance companies; reply reportedly in about 15 working days',
    confidence: 'W',
    source: 'FACTS §10; FACTS-2 §I',
    asOf: FACTS_2,
    usedBy: ['overdue/collection', 'glossary/nfra'],
  },
  {
    id: 'hotline-crc',
    label: 'PBOC Credit Reference Center hotline; free reports a year',
    value: '400-810-8866; 2 free reports a year',
    confidence: 'V',
    source: 'PBOC Credit Reference Center FAQ (2013-10); 征信业管理条例 Art. 17',
    asOf: '2013-10',
    usedBy: ['credit/report-vs-score', 'glossary/credit-reference-center'],
  },
  // ── Renumbered or revised legal articles ──
  {
    id: 'psapl-art-50',
    label:
      'Public Security Administration Punishments Law (2025) Art. 50: threats, insults, harassing messages, stalking (old Art. 42)',
    value: 'up to 5 days or 1,000 yuan; 5–10 days in serious cases; stay-away orders',
    confidence: 'V',
    source: '治安管理处罚法 (revised 27 Jun 2025), Art. 50',
    asOf: FACTS_2,
    since: '2026-01-01',
    usedBy: ['overdue/collection', 'help/stories', 'glossary/abusive-collection', 'glossary/contact-list-blasting'],
  },
  {
    id: 'psapl-art-56',
    label:
      'Public Security Administration Punishments Law (2025) Art. 56: selling or illegally obtaining personal information (new)',
    value: '10–15 days’ detention; up to 5 days in minor cases',
    confidence: 'V',
    source: '治安管理处罚法 (revised 27 Jun 2025), Art. 56',
    asOf: FACTS_2,
    since: '2026-01-01',
    usedBy: [
      'overdue/collection',
      'help/stories',
      'glossary/contact-list-blasting',
      'glossary/personal-information-rights',
    ],
  },
  {
    id: 'civil-procedure-2023-numbers',
    label:
      'Civil Procedure Law, 2023 numbering: detention and fines (Art. 118), asset report (Art. 252), exit ban (Art. 266)',
    value: 'detention up to 15 days; fine up to 100,000 yuan for an individual',
    confidence: 'V',
    source: '民事诉讼法 (2023 revision, in force 1 Jan 2024) Arts. 114, 118, 252, 266',
    asOf: FACTS_2,
    since: '2024-01-01',
    usedBy: [
      'overdue/lawsuits-and-enforcement',
      'glossary/judicial-detention',
      'glossary/asset-report',
      'glossary/exit-ban',
    ],
  },
  {
    id: 'late-performance-interest',
    label: 'Extra interest for paying a judgment late, per day',
    value: 0.000175,
    confidence: 'V',
    source: 'SPC interpretation on interest for delayed performance (2014) Art. 1; Civil Procedure Law Art. 264',
    asOf: FACTS_2,
    since: '2014-08-01',
    usedBy: ['glossary/enforcement'],
  },
  {
    id: 'malicious-overdraft-threshold',
    label: 'Malicious credit-card overdraft: unpaid principal that makes it a crime (“large”), yuan',
    value: 50_000,
    confidence: 'V',
    source: 'Two high courts, 2018 Decision amending the credit-card interpretation (in force 1 Dec 2018)',
    asOf: FACTS_2,
    since: '2018-12-01',
    usedBy: ['overdue/lawsuits-and-enforcement', 'glossary/malicious-overdraft'],
  },
  // ── Relief schemes (figures move every year) ──
  {
    id: 'shenzhen-bankruptcy-figures',
    label: 'Shenzhen personal bankruptcy: applications accepted and debt resolved',
    value: '600 accepted and 210 million yuan resolved by 31 Jul 2025',
    confidence: 'W',
    source: '广东政法网; 南方+',
    asOf: '2025-07-31',
    since: '2021-03-01',
    usedBy: ['glossary/personal-bankruptcy'],
  },
  {
    id: 'zhejiang-clearance-figures',
    label: 'Zhejiang individual debt clearance: cases accepted and cleared, 2021–2023',
    value: '2,720 accepted, 709 cleared (about 25 %)',
    confidence: 'W',
    source: '《中国审判》 via juyouhao.com',
    asOf: '2023-12',
    since: '2020-12-03',
    usedBy: ['glossary/debt-clearance'],
  },
];

/** One fact by id; throws on an unknown id so a typo fails the build instead of printing nothing. */
export function datedFact(id: string): DatedFact {
  const fact = DATED_FACTS.find((entry) => entry.id === id);
  if (!fact) throw new Error(`No dated fact "${id}" in src/data/dated-facts.ts`);
  return fact;
}
