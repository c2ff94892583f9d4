import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_LENGTH, haystack, matches, normalise, prepareQuery } from '../../../src/scripts/list-match';

const penalty = haystack(['罚息 Penalty interest', 'fá xī', '逾期后按合同多收的利息。']);

describe('glossary filter matching', () => {
  it('finds an entry by its Chinese term, English term, pinyin with or without tones and spaces, or definition words', () => {
    for (const query of ['罚息', 'penalty', 'PENALTY INT', 'fá xī', 'fa xi', 'faxi', 'FAXI', '多收']) {
      expect(matches(penalty, prepareQuery(query)), query).toBe(true);
    }
  });

  it('does not find it by unrelated words', () => {
    for (const query of ['征信', 'credit', 'zheng xin'])
      expect(matches(penalty, prepareQuery(query)), query).toBe(false);
  });

  it('matches everything when the query is empty or blank', () => {
    expect(matches(penalty, prepareQuery(''))).toBe(true);
    expect(matches(penalty, prepareQuery('   '))).toBe(true);
  });

  it('folds full-width letters typed with a Chinese keyboard', () => {
    expect(normalise('ＬＰＲ')).toBe('lpr');
  });

  it('cuts long input and says so', () => {
    const long = prepareQuery('罚'.repeat(MAX_QUERY_LENGTH + 5));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.needle).length).toBe(MAX_QUERY_LENGTH);
    expect(prepareQuery('罚'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
  });

  it('never throws and never returns a query longer than the limit, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const query = prepareQuery(raw);
        expect(Array.from(query.needle).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(typeof matches(penalty, query)).toBe('boolean');
      }),
    );
  });
});
