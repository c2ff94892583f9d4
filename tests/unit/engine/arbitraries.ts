/**
 * fast-check generators for valid scenarios (user units) and hostile values, shared by the engine tests.
 * Valid money is generated as whole fen and divided by 100, so it always has at most 2 decimals.
 */
import fc from 'fast-check';
import {
  ERROR_CODES,
  LOAN_METHODS,
  OFFER_COUNTS,
  type CompareScenario,
  type LoanMethod,
  type LoanScenario,
  type OverdueScenario,
  type ScoreScenario,
} from '../../../src/engine/index';

/** −0 → 0, so generated values compare equal after a round trip through text. */
const plain = (x: number) => x + 0;

export const yuan = (minFen = 100, maxFen = 1_000_000_000) =>
  fc.integer({ min: minFen, max: maxFen }).map((fen) => fen / 100);

/** A percent: mostly "typed-looking" values with few decimals, sometimes any double in range. */
export const percent = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: max * 10_000 }).map((k) => k / 10_000),
    fc.double({ min: 0, max, noNaN: true }).map(plain),
  );

export const method = fc.constantFrom<LoanMethod>(...LOAN_METHODS);

export const loanScenario: fc.Arbitrary<LoanScenario> = fc
  .record({
    principal: yuan(),
    rateType: fc.constantFrom('daily' as const, 'annual' as const),
    dailyRate: percent(1),
    annualRate: percent(365),
    term: fc.integer({ min: 1, max: 360 }),
    method,
    feeRate: percent(100),
    // Money kept back at payout: absent in most scenarios, as in most links.
    kept: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined, freq: 3 }),
  })
  .map(({ dailyRate, annualRate, kept, ...s }) => ({
    ...s,
    rate: s.rateType === 'daily' ? dailyRate : annualRate,
    ...(kept === undefined ? {} : { deduction: Math.floor(s.principal * kept * 100) / 100 }),
  }));

/** `loan` lending what `base` pays out (principal and money kept back) over the same term: a like-for-like offer. */
function sameSize(loan: LoanScenario, base: LoanScenario): LoanScenario {
  const { deduction: _, ...rest } = loan;
  return {
    ...rest,
    principal: base.principal,
    term: base.term,
    ...(base.deduction === undefined ? {} : { deduction: base.deduction }),
  };
}

/**
 * Two or three offers. Besides independent loans, an offer is sometimes the same size as offer A (so totals compare
 * like with like) or a copy of it (so costs and rates tie): otherwise `like` and ties would almost never be reached.
 */
export const compareScenario: fc.Arbitrary<CompareScenario> = loanScenario.chain((a) => {
  const offer = fc.oneof(
    { weight: 2, arbitrary: loanScenario },
    { weight: 2, arbitrary: loanScenario.map((loan) => sameSize(loan, a)) },
    { weight: 1, arbitrary: fc.constant(a).map((loan) => structuredClone(loan)) },
  );
  return fc.record({ count: fc.constantFrom(...OFFER_COUNTS), a: fc.constant(a), b: offer, c: offer });
});

export const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const overdueScenario: fc.Arbitrary<OverdueScenario> = fc
  .record({
    mode: fc.constantFrom('loan' as const, 'amount' as const),
    loan: loanScenario,
    amountDue: yuan(),
    missedFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    dpd: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 1825 })),
    preset: fc.constantFrom('jiebei' as const, 'huabei' as const, 'custom' as const),
    penaltyMultiplier: fc.oneof(
      fc.constantFrom(0, 1, 1.3, 1.5),
      fc.double({ min: 0, max: 10, noNaN: true }).map(plain),
    ),
    penaltyDailyRate: percent(1),
    graceDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 })),
    compound: fc.boolean(),
    accelerationDays: fc.option(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 1825 })), {
      nil: undefined,
    }),
    payFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    startDate: isoDate,
  })
  .map(({ missedFraction, payFraction, accelerationDays, ...s }) => {
    const scenario: OverdueScenario = {
      ...s,
      missedPeriod: 1 + Math.floor(missedFraction * (s.loan.term - 1)),
    };
    if (accelerationDays !== undefined) scenario.accelerationDays = accelerationDays;
    if (payFraction !== undefined) scenario.payOnDay = Math.floor(payFraction * s.dpd);
    return scenario;
  });

export const scoreScenario: fc.Arbitrary<ScoreScenario> = fc.integer({ min: 1, max: 120 }).chain((months) =>
  fc.record({
    start: fc.integer({ min: 350, max: 950 }),
    months: fc.constant(months),
    events: fc.array(
      fc
        .record({
          month: fc.integer({ min: 1, max: months }),
          dpd: fc.integer({ min: 1, max: 1825 }),
          amount: yuan(),
          settleAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        })
        .map(({ settleAfter, ...e }) => ({
          ...e,
          settledMonth: settleAfter === null ? null : Math.min(120, e.month + settleAfter),
        })),
      { maxLength: 10 },
    ),
  }),
);

/** Values a hostile form, URL or embed might hand over. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
    0.1 + 0.2,
    12.5,
    '',
    ' ',
    '12',
    'abc',
    '1e3',
    'NaN',
    null,
    undefined,
    true,
    false,
    [],
    [1, 2],
    {},
    { valueOf: () => 12 },
    'equal-installment',
    'daily',
    '2026-02-30',
    '2026-01-10',
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.anything({ maxDepth: 2 }),
);

/** A valid scenario with some fields replaced by hostile values, some deleted, and some junk fields added. */
export function corrupt<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 5 }), hostile, { maxKeys: 2 }),
    )
    .map(([s, replacements, deletions, extra]) => {
      const copy: Record<string, unknown> = {
        ...(extra as object),
        ...(structuredClone(s) as Record<string, unknown>),
      };
      const keys = Object.keys(s);
      for (const [i, v] of replacements) copy[keys[i % keys.length] as string] = v;
      for (const i of deletions) delete copy[keys[i % keys.length] as string];
      return copy;
    });
}

/** Names of money fields (fen) anywhere in an engine result. */
export const MONEY_FIELDS = new Set([
  'payment',
  'principal',
  'received',
  'interest',
  'balance',
  'paid',
  'interestAndFees',
  'overduePrincipal',
  'unpaidInterest',
  'penalty',
  'fees',
  'total',
  'notDuePrincipal',
  'peakTotal',
  'extraCost',
  'cost',
]);

/**
 * Walks a result and returns the first problem found: a non-finite or negative number anywhere, or a money field
 * that is not a safe integer (fen). Scenarios echoed back (a `scenario` field, or `fen: false` for a decoded
 * scenario) are in yuan, so there only finiteness and sign are checked. Returns null when everything is fine.
 */
export function badNumber(value: unknown, path = '$', fen = true): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path} is ${value}`;
    if (value < 0) return `${path} is negative (${value})`;
    const key = path.slice(path.lastIndexOf('.') + 1);
    if (fen && MONEY_FIELDS.has(key) && !Number.isSafeInteger(value)) return `${path} is not whole fen (${value})`;
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = badNumber(value[i], `${path}.${i}`, fen);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const bad = badNumber(v, `${path}.${k}`, fen && k !== 'scenario' && k !== 'amountYuan');
      if (bad) return bad;
    }
  }
  return null;
}

/** True when `errors` is a non-empty list of well-formed FieldErrors with known codes. */
export function wellFormedErrors(errors: unknown): boolean {
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { field: unknown }).field === 'string' &&
        (ERROR_CODES as readonly string[]).includes((e as { code: string }).code) &&
        ((e as { min?: unknown }).min === undefined || Number.isFinite((e as { min: number }).min)) &&
        ((e as { max?: unknown }).max === undefined || Number.isFinite((e as { max: number }).max)),
    )
  );
}
