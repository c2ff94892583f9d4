import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanUrl } from '../../../src/simulators/loan/url';
import { overdueUrl } from '../../../src/simulators/overdue/url';
import { scoreUrl } from '../../../src/simulators/score/url';
import { withKnownKeysOnly } from '../../../src/simulators/shared/url-page';
import { LOAN_FIELDS } from '../../../src/simulators/loan/fields';

describe('URL junk keys', () => {
  it('lists every key each codec reads: preset, the field keys, the list key', () => {
    expect(loanUrl.keys).toEqual(['preset', ...LOAN_FIELDS.map((f) => f.key)]);
    expect(scoreUrl.keys).toContain('e');
    expect(overdueUrl.keys).toEqual(expect.arrayContaining(['preset', 'dpd', 'rule', 'p', 'r']));
  });

  it('reduces a query of unknown keys only to nothing (the page URL)', () => {
    expect(withKnownKeysOnly('?utm_source=x&foo=1', loanUrl.keys)).toBe('');
    expect(withKnownKeysOnly('?fbclid=abc&&bare&%E0%A4%A=1', loanUrl.keys)).toBe('');
  });

  it('keeps the keys that mean something exactly as written, in their order', () => {
    expect(withKnownKeysOnly('?utm_source=x&p=33333&foo=1&rt=annual', loanUrl.keys)).toBe('p=33333&rt=annual');
    expect(withKnownKeysOnly('preset=huabei-12&utm_medium=mail', loanUrl.keys)).toBe('preset=huabei-12');
    // A bad value of a known key is kept: the reader is told about it (the URL notice), not silently dropped.
    expect(withKnownKeysOnly('?p=%3Cscript%3E&x=1', loanUrl.keys)).toBe('p=%3Cscript%3E');
  });

  it('never changes what a URL means: with or without junk keys it reads the same scenario', () => {
    const junkKey = fc.constantFrom('utm_source', 'utm_campaign', 'fbclid', 'foo', 'from', 'ref');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...loanUrl.keys), fc.string()), { maxLength: 6 }),
        fc.array(fc.tuple(junkKey, fc.string()), { maxLength: 4 }),
        (known, junk) => {
          const all = new URLSearchParams([...junk, ...known]).toString();
          const cleaned = withKnownKeysOnly(all, loanUrl.keys);
          expect(loanUrl.read(cleaned)).toEqual(loanUrl.read(all));
          expect(new URLSearchParams(cleaned).toString()).toBe(new URLSearchParams(known).toString());
        },
      ),
      { numRuns: 300 },
    );
  });
});
