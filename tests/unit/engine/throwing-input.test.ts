/**
 * The engine promises never to throw, whatever it is handed. Input that throws while being read — a getter that
 * throws, a Proxy whose traps throw, at any depth and after any number of reads — must come back as an error
 * result; and once validation has succeeded the engine must not read the caller's object again (a Proxy that
 * starts throwing after validation changes nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  simulateCompare,
  simulateLoan,
  simulateOverdue,
  simulateScore,
  validateCompare,
  validateLoan,
  validateOverdue,
  validateScore,
  type Result,
} from '../../../src/engine/index';

type Entry = (s: unknown) => Result<unknown>;
const ENTRIES: [string, Entry, Entry, readonly object[]][] = [
  ['loan', simulateLoan, validateLoan, Object.values(PRESETS.loan)],
  ['compare', simulateCompare, validateCompare, Object.values(PRESETS.compare)],
  ['overdue', simulateOverdue, validateOverdue, Object.values(PRESETS.overdue)],
  ['score', simulateScore, validateScore, Object.values(PRESETS.score)],
];

/** A deep Proxy over `value` whose every trap throws once `budget` property reads have happened. */
function tripwire(value: object, budget: number): { proxy: unknown; reads: () => number } {
  let reads = 0;
  const wrap = (target: object): unknown =>
    new Proxy(target, {
      get(t, key, receiver) {
        reads += 1;
        if (reads > budget) throw new Error('tripwire');
        const v = Reflect.get(t, key, receiver);
        return v !== null && typeof v === 'object' ? wrap(v) : v;
      },
      // Every other trap a reader of the object may hit throws too, once the budget is spent.
      ...Object.fromEntries(
        (['has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const).map((trap) => [
          trap,
          (...args: unknown[]) => {
            if (reads > budget) throw new Error('tripwire');
            return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
          },
        ]),
      ),
    });
  return { proxy: wrap(structuredClone(value)), reads: () => reads };
}

describe('input that throws while it is read', () => {
  for (const [kind, simulate, validate, presets] of ENTRIES) {
    it(`${kind}: a Proxy that throws after any number of reads gives an error or the preset's result, never a throw`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...presets), fc.nat({ max: 400 }), (preset, budget) => {
          for (const entry of [simulate, validate]) {
            const expected = entry(preset);
            const result = entry(tripwire(preset, budget).proxy);
            if (result.ok) expect(result).toEqual(expected);
            else expect(result.errors.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`${kind}: a getter that throws, on the scenario or nested in it, is an error result`, () => {
      const preset = structuredClone(presets[0]) as Record<string, unknown>;
      const bomb = Object.defineProperty({ ...preset }, Object.keys(preset)[0] ?? 'x', {
        get() {
          throw new Error('getter');
        },
        enumerable: true,
      });
      for (const entry of [simulate, validate]) {
        const result = entry(bomb);
        expect(result.ok).toBe(false);
      }
    });

    it(`${kind}: after validation the caller's object is not read again`, () => {
      for (const preset of presets) {
        // Count the reads validation alone makes, then allow exactly that many to the full simulation.
        const counting = tripwire(preset, Number.POSITIVE_INFINITY);
        validate(counting.proxy);
        const { proxy } = tripwire(preset, counting.reads());
        const result = simulate(proxy);
        expect(result.ok).toBe(true);
      }
    });
  }
});
