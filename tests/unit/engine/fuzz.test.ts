/**
 * Hostile-input fuzzing of every public entry point: over 100,000 generated inputs (NaN, ±Infinity, negatives,
 * 1e308, strings, missing and extra fields, fractional terms, objects, null, arrays, junk query strings).
 * Each call must return either `ok` with finite, non-negative numbers (whole fen for money) or a list of typed
 * errors — never throw, never NaN or Infinity, never a negative amount.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  OFFER_IDS,
  compareSettleDays,
  dropOffMonth,
  irr,
  oneOffRepairApplies,
  reportCodeForMissedPeriods,
  reportGrid,
  simulateCompare,
  simulateLoan,
  simulateOverdue,
  simulateScore,
  stageOn,
  validateCompare,
  validateLoan,
  validateOverdue,
  validateScore,
  type Result,
} from '../../../src/engine/index';
import {
  badNumber,
  compareScenario,
  corrupt,
  hostile,
  loanScenario,
  overdueScenario,
  scoreScenario,
  wellFormedErrors,
} from './arbitraries';
import { compareUrl } from '../../../src/simulators/compare/url';
import { loanUrl } from '../../../src/simulators/loan/url';
import { overdueUrl } from '../../../src/simulators/overdue/url';
import { scoreUrl } from '../../../src/simulators/score/url';

// The URL codecs under the names this file has always used for them.
const { encode: encodeLoanQuery, decode: decodeLoanQuery, read: readLoanQuery } = loanUrl;
const { encode: encodeOverdueQuery, decode: decodeOverdueQuery, read: readOverdueQuery } = overdueUrl;
const { encode: encodeScoreQuery, decode: decodeScoreQuery, read: readScoreQuery } = scoreUrl;
const { encode: encodeCompareQuery, decode: decodeCompareQuery, read: readCompareQuery } = compareUrl;

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

let calls = 0;
let accepted = 0;

/** Asserts the contract of a Result-returning entry point. */
function checkResult(r: Result<unknown>, fen = true): void {
  calls++;
  if (r.ok) {
    accepted++;
    const bad = badNumber(r.value, '$', fen);
    if (bad) throw new Error(bad);
  } else if (!wellFormedErrors(r.errors)) {
    throw new Error(`malformed errors: ${JSON.stringify(r.errors)}`);
  }
}

const loanInput = fc.oneof(
  { weight: 6, arbitrary: corrupt(loanScenario) },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: loanScenario.map((s) => ({ ...s, term: s.term + 0.5 })) },
);

const overdueInput = fc.oneof(
  { weight: 5, arbitrary: corrupt(overdueScenario) },
  { weight: 2, arbitrary: fc.tuple(overdueScenario, corrupt(loanScenario)).map(([s, loan]) => ({ ...s, loan })) },
  // The optional acceleration day is left out of most generated scenarios, so corrupt() rarely reaches it.
  {
    weight: 1,
    arbitrary: fc
      .tuple(overdueScenario, hostile)
      .map(([s, accelerationDays]) => ({ ...s, mode: 'loan', accelerationDays })),
  },
  { weight: 1, arbitrary: hostile },
);

const scoreInput = fc.oneof(
  { weight: 4, arbitrary: corrupt(scoreScenario) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(scoreScenario, fc.array(hostile, { minLength: 1, maxLength: 3 }))
      .map(([s, junk]) => ({ ...s, events: [...s.events, ...junk] })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(scoreScenario, fc.nat(), fc.constantFrom('month', 'dpd', 'amount', 'settledMonth'), hostile)
      .map(([s, i, key, value]) => ({
        ...s,
        events: s.events.map((e, j) => (j === i % Math.max(1, s.events.length) ? { ...e, [key]: value } : e)),
      })),
  },
  { weight: 1, arbitrary: hostile },
);

const compareInput = fc.oneof(
  { weight: 3, arbitrary: corrupt(compareScenario) },
  // corrupt() touches only the top level (count and whole offers); this reaches the fields inside one offer.
  {
    weight: 3,
    arbitrary: fc
      .tuple(compareScenario, fc.constantFrom(...OFFER_IDS), corrupt(loanScenario))
      .map(([s, id, offer]) => ({ ...s, [id]: offer })),
  },
  { weight: 1, arbitrary: hostile },
);

/** The loan keys as the comparison numbers them per offer: p1 … f1, p2 …, p3 …. */
const OFFER_KEYS = ['1', '2', '3'].flatMap((n) => ['p', 'd', 'rt', 'r', 'n', 'm', 'f'].map((key) => key + n));

const KEYS = [
  ...OFFER_KEYS,
  'k',
  'd',
  'p',
  'rt',
  'r',
  'n',
  'm',
  'f',
  'mode',
  'a',
  'miss',
  'dpd',
  'rule',
  'x',
  'pd',
  'g',
  'c',
  'acc',
  'pay',
  'date',
  's',
  'mo',
  'e',
  'preset',
];
const queryValue = fc.oneof(
  fc.constantFrom(
    '',
    'NaN',
    'Infinity',
    '-Infinity',
    '-1',
    '-0',
    '0',
    '1e308',
    '1e-400',
    '0x10',
    ' 1',
    '1.',
    '.5',
    '12.5',
    '1e3',
    '100.001',
    '9999999999',
    '2026-02-30',
    '2026-01-10',
    '1999-01-01',
    'none',
    '-',
    '1_2_3_4',
    '1_2_3_-',
    '0_0_0_0',
    '3_30_900_2',
    '1_1_1_1_1',
    '2',
    '3',
    'daily',
    'annual',
    'loan',
    'amount',
    'jiebei',
    'huabei',
    'custom',
    'bullet',
    'fee-installment',
    'jiebei-12',
    'stopped-365',
    'unpaid-year',
    'jiebei-huabei-mybank',
    'money-kept-back',
    '__proto__',
    'constructor',
    'toString',
    '%',
    '%zz',
  ),
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
  fc.integer().map(String),
);
const queryInput = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...KEYS), queryValue), { maxLength: 10 })
      .map((pairs) => new URLSearchParams(pairs).toString()),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: corrupt(loanScenario).map((s) => encodeLoanQuery(s as never)) },
  { weight: 1, arbitrary: corrupt(overdueScenario).map((s) => encodeOverdueQuery(s as never)) },
  { weight: 1, arbitrary: corrupt(scoreScenario).map((s) => encodeScoreQuery(s as never)) },
  { weight: 1, arbitrary: compareInput.map((s) => encodeCompareQuery(s as never)) },
  { weight: 1, arbitrary: hostile },
);

describe('fuzzing every entry point with hostile input', PROPERTY_TIMEOUT, () => {
  afterAll(() => {
    expect(calls).toBeGreaterThanOrEqual(100_000);
    // The fuzz must also reach the computing paths, not only the validators.
    expect(accepted).toBeGreaterThanOrEqual(10_000);
    console.info(`fuzz: ${calls} calls, ${accepted} accepted inputs`);
  });

  it('never throws or returns a bad number from simulateLoan', () => {
    fc.assert(
      fc.property(loanInput, (s) => {
        checkResult(simulateLoan(s));
        checkResult(validateLoan(s));
      }),
      { numRuns: 12_000 },
    );
  });

  it('never throws or returns a bad number from simulateOverdue and compareSettleDays', () => {
    fc.assert(
      fc.property(overdueInput, (s) => {
        checkResult(simulateOverdue(s));
        checkResult(validateOverdue(s));
      }),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(overdueInput, hostile, fc.oneof(hostile, fc.integer({ min: 0, max: 400 })), (s, x, y) => {
        checkResult(compareSettleDays(s, x, y));
        checkResult(compareSettleDays(s, 0, y));
      }),
      { numRuns: 3_000 },
    );
  });

  it('never throws or returns a bad number from simulateScore', () => {
    fc.assert(
      fc.property(scoreInput, (s) => {
        checkResult(simulateScore(s));
        checkResult(validateScore(s));
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws or returns a bad number from simulateCompare', () => {
    fc.assert(
      fc.property(compareInput, (s) => {
        checkResult(simulateCompare(s));
        checkResult(validateCompare(s));
      }),
      { numRuns: 4_000 },
    );
  });

  it('decodes an encoded comparison to the same comparison', () => {
    fc.assert(
      fc.property(compareScenario, (s) => {
        calls++;
        const q = encodeCompareQuery(s);
        expect(decodeCompareQuery(q)).toEqual({ ok: true, value: s });
        expect(readCompareQuery(q)).toEqual({ scenario: s, errors: [], preset: null });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws from the URL decoders, and the lenient ones always give a valid scenario', () => {
    fc.assert(
      fc.property(queryInput, (q) => {
        checkResult(decodeLoanQuery(q), false);
        checkResult(decodeOverdueQuery(q), false);
        checkResult(decodeScoreQuery(q), false);
        checkResult(decodeCompareQuery(q), false);
        const loan = readLoanQuery(q);
        const overdue = readOverdueQuery(q);
        const score = readScoreQuery(q);
        const compare = readCompareQuery(q);
        calls += 4;
        if (
          !validateLoan(loan.scenario).ok ||
          !validateOverdue(overdue.scenario).ok ||
          !validateScore(score.scenario).ok ||
          !validateCompare(compare.scenario).ok
        ) {
          throw new Error(`lenient read gave an invalid scenario for ${String(q)}`);
        }
        for (const r of [loan, overdue, score, compare]) {
          if (r.errors.length > 0 && !wellFormedErrors(r.errors)) throw new Error('malformed errors');
        }
      }),
      { numRuns: 8_000 },
    );
  });

  it('never throws from the total helpers (stages, report codes, drop-off, one-off repair, IRR, grid)', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.array(fc.oneof(hostile, fc.double()), { maxLength: 40 }), (a, b, list) => {
        calls += 6;
        expect(typeof stageOn(a as number)).toBe('string');
        expect(typeof reportCodeForMissedPeriods(a as number)).toBe('string');
        const drop = dropOffMonth(a as string);
        expect(drop === null || /^\d{4}-\d{2}$/.test(drop)).toBe(true);
        expect(typeof oneOffRepairApplies({ overdueFrom: a, overdueAmount: b, repaidOn: a } as never)).toBe('boolean');
        const rate = irr(list as number[]);
        expect(rate === null || Number.isFinite(rate)).toBe(true);
        checkResult(reportGrid({ startMonth: a, missedPeriods: list, closedFromMonth: b }));
      }),
      { numRuns: 4_000 },
    );
  });
});
