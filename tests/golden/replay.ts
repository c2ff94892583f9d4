/**
 * What a golden URL yields, through the same public functions the simulator pages use: the lenient read (the
 * scenario shown, the notices, the preset), the strict decode, the canonical re-encoding, and the engine's result
 * for the scenario shown — summarised as its scalar figures plus a digest of everything (schedules, day series).
 */
import { createHash } from 'node:crypto';
import { loanUrl } from '../../src/simulators/loan/url';
import { overdueUrl } from '../../src/simulators/overdue/url';
import { scoreUrl } from '../../src/simulators/score/url';
import { compareUrl } from '../../src/simulators/compare/url';
import { simulateLoan } from '../../src/engine/schedule';
import { simulateOverdue } from '../../src/engine/overdue';
import { simulateScore } from '../../src/engine/score';
import { simulateCompare, type CompareResult } from '../../src/engine/compare';
import type { GoldenKind } from './simulator-urls';

const CODECS = {
  loan: { ...loanUrl, simulate: simulateLoan },
  overdue: { ...overdueUrl, simulate: simulateOverdue },
  score: { ...scoreUrl, simulate: simulateScore },
  compare: { ...compareUrl, simulate: simulateCompare },
} as const;

/** JSON with object keys sorted, so a digest does not depend on the order fields were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const isScalar = (v: unknown) => v === null || ['number', 'string', 'boolean'].includes(typeof v);

/** Scalar figures of a result (and objects made only of scalars, such as totals), readable in a diff. */
function figures(result: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (isScalar(value)) out[key] = value;
    else if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isScalar))
      out[key] = value;
  }
  return out;
}

/** A comparison's figures: the winners, and each offer's totals and rate (its schedule is in the digest). */
function compareFigures(result: CompareResult): Record<string, unknown> {
  return {
    cheapest: result.cheapest,
    lowestRate: result.lowestRate,
    like: result.like,
    offers: result.offers.map((o) => ({ id: o.id, cost: o.cost, ...o.loan.totals, rate: o.rate })),
  };
}

export interface GoldenRecord {
  kind: GoldenKind;
  query: string;
  read: { scenario: unknown; errors: unknown; preset: unknown };
  strict: unknown;
  canonical: string;
  figures: Record<string, unknown>;
  digest: string;
}

export function replay(kind: GoldenKind, query: string): GoldenRecord {
  const codec = CODECS[kind];
  const read = codec.read(query) as { scenario: never; errors: unknown; preset: unknown };
  const strict = codec.decode(query);
  const simulated = codec.simulate(read.scenario);
  if (!simulated.ok) throw new Error(`golden ${kind}?${query}: the scenario read from the URL does not simulate`);
  const result = simulated.value as unknown as Record<string, unknown>;
  return {
    kind,
    query,
    read: { scenario: read.scenario, errors: read.errors, preset: read.preset },
    strict: strict.ok ? { ok: true } : { ok: false, errors: strict.errors },
    canonical: codec.encode(read.scenario),
    figures: kind === 'compare' ? compareFigures(simulated.value as CompareResult) : figures(result),
    digest: createHash('sha256').update(canonicalJson(result)).digest('hex'),
  };
}
