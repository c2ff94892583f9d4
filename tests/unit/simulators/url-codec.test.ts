import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOAN,
  DEFAULT_OVERDUE,
  DEFAULT_SCORE,
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
} from '../../../src/engine/index';
import { loanScenario, overdueScenario, scoreScenario } from '../engine/arbitraries';
import { loanUrl } from '../../../src/simulators/loan/url';
import { overdueUrl } from '../../../src/simulators/overdue/url';
import { scoreUrl } from '../../../src/simulators/score/url';

// The URL codecs under the names this file has always used for them.
const { encode: encodeLoanQuery, decode: decodeLoanQuery, read: readLoanQuery } = loanUrl;
const { encode: encodeOverdueQuery, decode: decodeOverdueQuery, read: readOverdueQuery } = overdueUrl;
const { encode: encodeScoreQuery, decode: decodeScoreQuery, read: readScoreQuery } = scoreUrl;

// Property runs are CPU-bound; allow for a loaded 2-core CI machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

describe('URL state: round trips', PROPERTY_TIMEOUT, () => {
  it('decodes an encoded loan scenario to the same scenario, and re-encodes it canonically', () => {
    fc.assert(
      fc.property(loanScenario, (s) => {
        const q = encodeLoanQuery(s);
        expect(decodeLoanQuery(q)).toEqual({ ok: true, value: s });
        expect(encodeLoanQuery((decodeLoanQuery(q) as { value: typeof s }).value)).toBe(q);
      }),
      { numRuns: 1_000 },
    );
  });

  it('decodes an encoded overdue scenario to the same scenario, and re-encodes it canonically', () => {
    fc.assert(
      fc.property(overdueScenario, (s) => {
        const q = encodeOverdueQuery(s);
        expect(decodeOverdueQuery(q)).toEqual({ ok: true, value: s });
        expect(encodeOverdueQuery((decodeOverdueQuery(q) as { value: typeof s }).value)).toBe(q);
      }),
      { numRuns: 1_000 },
    );
  });

  it('decodes an encoded score scenario to the same scenario, and re-encodes it canonically', () => {
    fc.assert(
      fc.property(scoreScenario, (s) => {
        const q = encodeScoreQuery(s);
        expect(decodeScoreQuery(q)).toEqual({ ok: true, value: s });
        expect(encodeScoreQuery((decodeScoreQuery(q) as { value: typeof s }).value)).toBe(q);
      }),
      { numRuns: 1_000 },
    );
  });

  it('round-trips every preset', () => {
    for (const s of Object.values(LOAN_PRESETS))
      expect(decodeLoanQuery(encodeLoanQuery(s))).toEqual({ ok: true, value: s });
    for (const s of Object.values(OVERDUE_PRESETS)) {
      expect(decodeOverdueQuery(encodeOverdueQuery(s))).toEqual({ ok: true, value: s });
    }
    for (const s of Object.values(SCORE_PRESETS))
      expect(decodeScoreQuery(encodeScoreQuery(s))).toEqual({ ok: true, value: s });
  });
});

describe('URL state: format', () => {
  it('writes short, readable keys in a fixed order', () => {
    expect(encodeLoanQuery(LOAN_PRESETS['jiebei-12'])).toBe('p=10000&rt=daily&r=0.04&n=12&m=equal-installment&f=0');
    expect(encodeScoreQuery(SCORE_PRESETS['one-late-30'])).toBe('s=650&mo=84&e=3_30_900_4');
    expect(encodeScoreQuery({ start: 700, months: 12, events: [] })).toBe('s=700&mo=12&e=none');
    expect(encodeOverdueQuery({ ...OVERDUE_PRESETS['jiebei-30'], payOnDay: 7 })).toBe(
      'mode=amount&a=900&miss=1&dpd=30&rule=jiebei&x=1.5&pd=0&g=0&c=0&pay=7&date=2026-01-10' +
        '&p=10000&rt=daily&r=0.04&n=12&m=equal-installment&f=0',
    );
  });

  it('starts from a preset and lets explicit keys override it', () => {
    expect(decodeLoanQuery('?preset=huabei-3&p=5000')).toEqual({
      ok: true,
      value: { ...LOAN_PRESETS['huabei-3'], principal: 5000 },
    });
    expect(decodeOverdueQuery('preset=huabei-30&dpd=60')).toEqual({
      ok: true,
      value: { ...OVERDUE_PRESETS['huabei-30'], dpd: 60 },
    });
    expect(readScoreQuery('preset=unpaid-year').preset).toBe('unpaid-year');
  });

  it('uses the defaults for missing keys and ignores unknown ones', () => {
    expect(decodeLoanQuery('')).toEqual({ ok: true, value: DEFAULT_LOAN });
    expect(decodeLoanQuery('utm_source=x&zzz=1&n=24')).toEqual({ ok: true, value: { ...DEFAULT_LOAN, term: 24 } });
    expect(decodeOverdueQuery('')).toEqual({ ok: true, value: DEFAULT_OVERDUE });
    expect(decodeScoreQuery('')).toEqual({ ok: true, value: DEFAULT_SCORE });
  });

  it('accepts URLSearchParams as well as strings', () => {
    expect(decodeLoanQuery(new URLSearchParams('n=6'))).toEqual({ ok: true, value: { ...DEFAULT_LOAN, term: 6 } });
  });

  it('reads a never-settled event and an explicit empty event list', () => {
    expect(decodeScoreQuery('s=700&mo=60&e=2_90_5000_-')).toEqual({
      ok: true,
      value: { start: 700, months: 60, events: [{ month: 2, dpd: 90, amount: 5000, settledMonth: null }] },
    });
    expect(decodeScoreQuery('e=none')).toEqual({ ok: true, value: { ...DEFAULT_SCORE, events: [] } });
  });
});

describe('URL state: strictness', () => {
  it.each([
    ['n=12.5', { field: 'term', code: 'not-an-integer' }],
    ['n=', { field: 'term', code: 'required' }],
    ['p=0x10', { field: 'principal', code: 'not-a-number' }],
    ['p=Infinity', { field: 'principal', code: 'not-a-number' }],
    ['p=%2012', { field: 'principal', code: 'not-a-number' }],
    ['p=100.001', { field: 'principal', code: 'too-many-decimals', max: 2 }],
    ['p=-5', { field: 'principal', code: 'out-of-range', min: 1, max: 10_000_000 }],
    ['m=balloon', { field: 'method', code: 'unknown-option' }],
    ['preset=nope', { field: 'preset', code: 'unknown-option' }],
  ])('rejects the loan query %s', (query, error) => {
    expect(decodeLoanQuery(query)).toEqual({ ok: false, errors: [error] });
  });

  it('rejects bad overdue values with the scenario field names', () => {
    expect(decodeOverdueQuery('c=yes&date=2026-02-30&p=abc')).toEqual({
      ok: false,
      errors: [
        { field: 'compound', code: 'not-a-boolean' },
        { field: 'startDate', code: 'invalid-date' },
        { field: 'loan.principal', code: 'not-a-number' },
      ],
    });
  });

  it('rejects malformed events once each', () => {
    expect(decodeScoreQuery('e=2_90')).toEqual({ ok: false, errors: [{ field: 'events.0', code: 'invalid-format' }] });
    expect(decodeScoreQuery('e=2_x_100_-&e=1_5_100_-')).toEqual({
      ok: false,
      errors: [{ field: 'events.0.dpd', code: 'not-a-number' }],
    });
  });

  it('rejects input that is neither a string nor URLSearchParams', () => {
    expect(decodeLoanQuery(42)).toEqual({ ok: false, errors: [{ field: 'scenario', code: 'invalid-format' }] });
  });
});

describe('URL state: lenient reading for the UI', PROPERTY_TIMEOUT, () => {
  it('falls back per field and returns the errors for a notice', () => {
    const r = readLoanQuery('p=abc&n=24');
    expect(r.scenario).toEqual({ ...DEFAULT_LOAN, term: 24 });
    expect(r.errors).toEqual([{ field: 'principal', code: 'not-a-number' }]);
  });

  it('falls back to the preset’s value, not the default, when a preset is given', () => {
    const r = readLoanQuery('preset=huabei-6&n=999');
    expect(r.scenario).toEqual(LOAN_PRESETS['huabei-6']);
    expect(r.preset).toBe('huabei-6');
  });

  it('resolves cross-field conflicts by reverting the dependent field', () => {
    const r = readOverdueQuery('preset=stopped-365&pay=400');
    expect(r.errors).toEqual([{ field: 'payOnDay', code: 'out-of-range', min: 0, max: 365 }]);
    expect(r.scenario).toEqual(OVERDUE_PRESETS['stopped-365']);
    const missed = readOverdueQuery('preset=stopped-365&miss=5&n=3');
    expect(missed.scenario.missedPeriod).toBe(1);
    expect(missed.scenario.loan.term).toBe(3);
  });

  it('drops only the bad events', () => {
    const r = readScoreQuery('mo=24&e=2_90_5000_-&e=30_5_100_-&e=bad');
    expect(r.scenario.events).toEqual([{ month: 2, dpd: 90, amount: 5000, settledMonth: null }]);
    expect(r.errors.map((e) => e.field)).toEqual(['events.1.month', 'events.2']);
  });

  it('always returns a valid scenario, whatever the query', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.tuple(
            fc.constantFrom('p', 'n', 'r', 'rt', 'm', 'f', 'preset', 'dpd', 'pay', 'miss', 'e', 's', 'mo', 'date', 'c'),
            fc.string({ maxLength: 8 }),
          ),
          { maxLength: 6 },
        ),
        (junk, pairs) => {
          const q = `${junk}&${new URLSearchParams(pairs).toString()}`;
          expect(decodeLoanQuery(encodeLoanQuery(readLoanQuery(q).scenario)).ok).toBe(true);
          expect(decodeOverdueQuery(encodeOverdueQuery(readOverdueQuery(q).scenario)).ok).toBe(true);
          expect(decodeScoreQuery(encodeScoreQuery(readScoreQuery(q).scenario)).ok).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('URL state: a rule named in the URL brings its own values', () => {
  const penalty = (query: string) => {
    const read = readOverdueQuery(query);
    return {
      rule: read.scenario.preset,
      x: read.scenario.penaltyMultiplier,
      pd: read.scenario.penaltyDailyRate,
      g: read.scenario.graceDays,
      errors: read.errors,
    };
  };

  it("rule=huabei alone means Huabei's penalty, not the starting scenario's (Jiebei's)", () => {
    // Huabei's reported rule: 0.05 % a day on the overdue amount, no multiple of the contract rate.
    expect(penalty('mode=amount&a=10000&rule=huabei&dpd=30')).toEqual({
      rule: 'huabei',
      x: 0,
      pd: 0.05,
      g: 0,
      errors: [],
    });
    expect(penalty('rule=jiebei')).toMatchObject({ rule: 'jiebei', x: 1.5, pd: 0, g: 0 });
  });

  it('a value written in the URL still wins over the one the rule brings', () => {
    expect(penalty('rule=huabei&pd=0.06&g=3')).toMatchObject({ rule: 'huabei', x: 0, pd: 0.06, g: 3 });
  });

  it('custom brings nothing: the starting values stay', () => {
    const start = readOverdueQuery('').scenario;
    expect(penalty('rule=custom')).toMatchObject({ x: start.penaltyMultiplier, pd: start.penaltyDailyRate });
  });
});
