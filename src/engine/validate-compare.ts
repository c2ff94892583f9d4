/** Validation of an offer comparison; each offer is checked as a loan (validate-loan.ts) under its own id. */
import { fail, ok, type FieldError, type Result, safely } from './errors';
import type { LoanInput } from './schedule';
import { OFFER_COUNTS, OFFER_IDS, type CompareScenario, type OfferId } from './scenario';
import { checkOption, checkRecord } from './validate-common';
import { loanFields } from './validate-loan';

/** A validated comparison: the scenario as given, and each offer in engine units. */
export interface CompareInput {
  scenario: CompareScenario;
  /** Every offer, compared or not (all three are always checked). */
  offers: Record<OfferId, LoanInput>;
  /** The offers compared, in order: the first `count`. */
  compared: readonly OfferId[];
}

/**
 * Validates a comparison: `count` is '2' or '3', and `a`, `b` and `c` are each a loan scenario. All three offers are
 * checked whatever the count, so the scenario stays whole when the reader switches between two and three; errors
 * name the offer ('b.rate').
 *
 * @example
 * validateCompare({ count: '2', a: LOAN_PRESETS['jiebei-12'], b: { ...LOAN_PRESETS['jiebei-12'], term: 0 }, c: LOAN_PRESETS['huabei-12'] })
 * // → { ok: false, errors: [{ field: 'b.term', code: 'out-of-range', min: 1, max: 360 }] }
 */
export function validateCompare(s: unknown): Result<CompareInput> {
  return safely(s, (s) => {
    const errors: FieldError[] = [];
    const record = checkRecord(s, 'scenario', errors);
    if (!record) return fail(errors);
    const count = checkOption(record.count, 'count', errors, OFFER_COUNTS);
    const offers: Partial<Record<OfferId, LoanInput>> = {};
    for (const id of OFFER_IDS) {
      const offer = checkRecord(record[id], id, errors);
      const input = offer ? loanFields(offer, id, errors) : undefined;
      if (input) offers[id] = input;
    }
    const { a, b, c } = offers;
    if (errors.length > 0 || count === undefined || !a || !b || !c) return fail(errors);
    return ok({
      scenario: { count, a: a.scenario, b: b.scenario, c: c.scenario },
      offers: { a, b, c },
      compared: OFFER_IDS.slice(0, Number(count)),
    });
  });
}
