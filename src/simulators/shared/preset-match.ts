/**
 * Which preset (with a page of its own) a scenario query describes, so the embed snippet can point at the
 * preset's pre-rendered path (`/embed/loan/huabei-12/`): its figures are right before and without JavaScript.
 * The URL codecs are loaded on demand, like everywhere else in the islands.
 */
import { PRESETS } from '../../engine/presets';
import type { SimulatorKind } from '../../engine/scenario';
import { pathPresets } from '../../lib/preset-paths';

interface Encoder {
  encode(scenario: never): string;
  decode(query: string): { ok: true; value: unknown } | { ok: false };
}

const CODECS: Record<SimulatorKind, () => Promise<Encoder>> = {
  loan: () => import('../loan/url').then((m) => m.loanUrl as unknown as Encoder),
  overdue: () => import('../overdue/url').then((m) => m.overdueUrl as unknown as Encoder),
  score: () => import('../score/url').then((m) => m.scoreUrl as unknown as Encoder),
};

/**
 * The id of the path preset whose canonical query equals `query`, or null (a changed scenario, or invalid).
 *
 * @example await presetOfQuery('loan', 'p=10000&rt=daily&r=0&n=12&m=fee-installment&fee=8.8') // 'huabei-12'
 */
export async function presetOfQuery(kind: SimulatorKind, query: string): Promise<string | null> {
  const codec = await CODECS[kind]();
  const decoded = codec.decode(query);
  if (!decoded.ok) return null;
  const canonical = codec.encode(decoded.value as never);
  const table: Readonly<Record<string, unknown>> = PRESETS[kind];
  return pathPresets(kind).find((id) => codec.encode(table[id] as never) === canonical) ?? null;
}
