import { describe, expect, it } from 'vitest';
import recorded from '../../golden/simulator-urls.json';
import { GOLDEN_URLS } from '../../golden/simulator-urls';
import { replay, type GoldenRecord } from '../../golden/replay';

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
