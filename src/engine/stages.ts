/**
 * Collection stages by days past due (DPD), and the practices that are illegal at every stage.
 *
 * Typical practice, not law (FACTS §7 [W]); the UI holds every sentence, the engine only ids and boundaries:
 *
 * | DPD    | id           | typical                                                                        |
 * |--------|--------------|--------------------------------------------------------------------------------|
 * | 0      | `due`        | due date: automatic deduction attempts                                         |
 * | 1–7    | `early`      | app, SMS, robocall reminders; penalty interest from day 1 (no Jiebei grace)    |
 * | 8–30   | `calls`      | calls 08:00–22:00, ≤ 3 connected calls a day (NIFA 2024)                       |
 * | 31–90  | `escalation` | letters, possibly a licensed external agency                                   |
 * | 91–180 | `late`       | account closed; transfer or lawsuit possible                                   |
 * | 181+   | `write-off`  | written off in the books (still owed); lawsuit → judgment → enforcement         |
 *
 * Being overdue or sued does not by itself put anyone on the dishonest-debtor list (FACTS §8.2).
 */
import { STAGE_FIRST_DPD } from './constants';

/** Stage ids, in order. */
export const STAGE_IDS = ['due', 'early', 'calls', 'escalation', 'late', 'write-off'] as const;

/** One of {@link STAGE_IDS}. */
export type StageId = (typeof STAGE_IDS)[number];

/** A stage and the DPD range it covers (inclusive; `maxDpd` null = no upper end). */
export interface Stage {
  id: StageId;
  minDpd: number;
  maxDpd: number | null;
}

/**
 * The stage boundaries, in order: due 0; early 1–7; calls 8–30; escalation 31–90; late 91–180; write-off 181+.
 * Source: constants.ts `STAGE_FIRST_DPD` (MODEL §3, FACTS §7).
 *
 * @example STAGES[2] // { id: 'calls', minDpd: 8, maxDpd: 30 }
 */
export const STAGES: readonly Stage[] = Object.freeze(
  STAGE_IDS.map((id, i): Stage => {
    const next = STAGE_IDS[i + 1];
    return Object.freeze({
      id,
      minDpd: STAGE_FIRST_DPD[id],
      maxDpd: next === undefined ? null : STAGE_FIRST_DPD[next] - 1,
    });
  }),
);

/**
 * The collection stage on a given day past due.
 *
 * Formula: the last stage whose `minDpd` ≤ ⌊dpd⌋. Units: days. Total function: a negative, fractional or
 * non-numeric DPD is read as ⌊dpd⌋, anything below 0 or NaN as 0 (so it never throws).
 *
 * @example stageOn(0) // 'due'
 * @example stageOn(30) // 'calls'
 * @example stageOn(31) // 'escalation'
 * @example stageOn(400) // 'write-off'
 */
export function stageOn(dpd: number): StageId {
  const d = typeof dpd === 'number' && dpd > 0 ? Math.floor(dpd) : 0;
  let i = FIRST_DPDS.length - 1;
  while (i > 0 && d < (FIRST_DPDS[i] as number)) i--;
  return STAGE_IDS[i] as StageId;
}

/** First DPD of each stage, in order (a plain array: stageOn runs once per simulated day). */
const FIRST_DPDS: readonly number[] = STAGES.map((s) => s.minDpd);

/** The index of a stage in {@link STAGE_IDS} (0 = due … 5 = write-off). @example stageIndex('calls') // 2 */
export function stageIndex(id: StageId): number {
  return STAGE_IDS.indexOf(id);
}

/** Where to complain: 12378 (NFRA banking and insurance consumer line), 12363 (PBOC: 征信, payments), 110 (police). */
export const COMPLAINT_CHANNELS = ['12378', '12363', '110'] as const;

/** One of {@link COMPLAINT_CHANNELS}. */
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** Ids of the rules cited against illegal practices (FACTS §7), for the UI's source links. */
export type PracticeBasis =
  | 'nifa-2024' // NIFA 《互联网金融贷后催收业务指引》, 15 May 2024 [W]
  | 'cba-2026' // CBA 《金融机构个人消费类贷款催收工作指引(试行)》, 30 Jan 2026 [W]
  | 'card-measures-68' // 商业银行信用卡业务监督管理办法 Art. 68 (credit cards) [W]
  | 'pipl-13' // 个人信息保护法 Art. 13 [V]
  | 'criminal-253-1' // Criminal Law Art. 253-1, personal information [V]
  | 'criminal-293' // Criminal Law Art. 293 / 293-1, harassment, illegal-debt collection [V]
  | 'public-security-42'; // 治安管理处罚法 (2012 text) Art. 42, threats and insults [V]

/** An illegal collection practice: its id, where to complain, and the rules it breaks. */
export interface IllegalPractice {
  id:
    | 'third-party-contact'
    | 'night-calls'
    | 'threats'
    | 'insults'
    | 'public-notices'
    | 'collection-fees'
    | 'borrow-elsewhere';
  channels: readonly ComplaintChannel[];
  basis: readonly PracticeBasis[];
}

/**
 * The always-visible "illegal" panel (MODEL §3, FACTS §7): contacting unrelated third parties or the contact list;
 * calls 22:00–08:00; threats; insults; public notices; extra "collection fees"; pressure to borrow elsewhere.
 * Each lists its complaint channels (the regulator's line first; 110 where police law applies) and its basis.
 *
 * @example ILLEGAL_PRACTICES.find((p) => p.id === 'threats')?.channels // ['110', '12378', '12363']
 */
export const ILLEGAL_PRACTICES: readonly IllegalPractice[] = Object.freeze([
  {
    id: 'third-party-contact',
    channels: ['12378', '12363', '110'],
    basis: ['nifa-2024', 'cba-2026', 'card-measures-68', 'pipl-13', 'criminal-253-1'],
  },
  { id: 'night-calls', channels: ['12378', '12363'], basis: ['nifa-2024', 'cba-2026'] },
  {
    id: 'threats',
    channels: ['110', '12378', '12363'],
    basis: ['card-measures-68', 'public-security-42', 'criminal-293'],
  },
  { id: 'insults', channels: ['110', '12378', '12363'], basis: ['card-measures-68', 'public-security-42'] },
  { id: 'public-notices', channels: ['12378', '12363', '110'], basis: ['cba-2026'] },
  { id: 'collection-fees', channels: ['12378', '12363'], basis: ['cba-2026'] },
  { id: 'borrow-elsewhere', channels: ['12378', '12363'], basis: ['cba-2026'] },
] satisfies IllegalPractice[]);
