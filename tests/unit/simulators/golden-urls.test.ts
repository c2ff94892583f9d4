import { describe, expect, it } from 'vitest';
import recorded from '../../golden/simulator-urls.json';
import { GOLDEN_URLS } from '../../golden/simulator-urls';
import { replay, type GoldenRecord } from '../../golden/replay';
import { LOAN_FIELDS } from '../../../src/simulators/loan/fields';
import { OVERDUE_FIELDS } from '../../../src/simulators/overdue/fields';
import { SCORE_FIELDS } from '../../../src/simulators/score/fields';
import { COMPARE_FIELDS } from '../../../src/simulators/compare/fields';
import { formKeyOf, scenarioFromText, textFromScenario } from '../../../src/simulators/shared/form';

// Shared links are a public interface: every golden URL decodes, warns and computes exactly as when recorded.
describe('golden simulator URLs', () => {
  const records = recorded as GoldenRecord[];

  it('covers every listed URL (at least 50, every kind, presets and hostile ones)', () => {
    expect(records.map((r) => `${r.kind}?${r.query}`)).toEqual(GOLDEN_URLS.map((u) => `${u.kind}?${u.query}`));
    expect(records.length).toBeGreaterThanOrEqual(50);
    expect(records.filter((r) => (r.read.errors as unknown[]).length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(records.map((r) => [`${r.kind}?${r.query}`, r] as const))('%s', (_name, record) => {
    expect(replay(record.kind, record.query)).toEqual(record);
  });
});

// The form shows what the URL says: every golden scenario, written into the form and read back, is the same
// scenario, and every engine error lands on a field of the form.
describe('golden scenarios through the form', () => {
  const records = recorded as GoldenRecord[];
  const tables = { loan: LOAN_FIELDS, overdue: OVERDUE_FIELDS, score: SCORE_FIELDS, compare: COMPARE_FIELDS } as const;

  it.each(records.filter((r) => r.kind !== 'score').map((r) => [`${r.kind}?${r.query}`, r] as const))(
    '%s',
    (_name, record) => {
      const fields = tables[record.kind];
      const scenario = record.read.scenario as Record<string, unknown>;
      expect(scenarioFromText(fields, textFromScenario(fields, scenario))).toEqual(scenario);
      for (const error of record.read.errors as { field: string }[]) {
        if (error.field !== 'preset') expect(formKeyOf(fields, error.field), error.field).toBeDefined();
      }
    },
  );
});
