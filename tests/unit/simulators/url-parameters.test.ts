import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMULATOR_KINDS, type SimulatorKind } from '../../../src/engine/scenario';
import type { FieldDef } from '../../../src/simulators/shared/fields';
import { LOAN_FIELDS } from '../../../src/simulators/loan/fields';
import { COMPARE_FIELDS } from '../../../src/simulators/compare/fields';
import { OVERDUE_FIELDS } from '../../../src/simulators/overdue/fields';
import { SCORE_EVENTS, SCORE_FIELDS } from '../../../src/simulators/score/fields';

/**
 * Shared links are a public interface, documented in README's "URL parameters": one table per simulator. The
 * keys there must be exactly the keys the field tables declare — a new field, or a renamed one, fails here.
 */
const KEYS: Record<SimulatorKind, string[]> = {
  loan: ['preset', ...LOAN_FIELDS.map((f: FieldDef) => f.key)],
  compare: ['preset', ...COMPARE_FIELDS.map((f: FieldDef) => f.key)],
  overdue: ['preset', ...OVERDUE_FIELDS.map((f: FieldDef) => f.key)],
  score: ['preset', ...SCORE_FIELDS.map((f: FieldDef) => f.key), SCORE_EVENTS.key],
};

function documentedKeys(kind: SimulatorKind): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## URL parameters'), readme.indexOf('## Embedding a simulator'));
  const start = section.indexOf(`**${kind}**`);
  const table = section.slice(start, section.indexOf('\n\n', section.indexOf('| key', start)));
  return [...table.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1] ?? '');
}

describe("README's URL parameters", () => {
  for (const kind of SIMULATOR_KINDS) {
    it(`lists exactly the ${kind} simulator's keys, in URL order`, () => {
      expect(documentedKeys(kind)).toEqual(KEYS[kind]);
    });
  }
});
