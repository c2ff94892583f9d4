/**
 * Which simulator presets get a page of their own (`/[lang]/simulators/<kind>/<preset>/` and the same under
 * `embed/`), derived from the engine's preset list: a shared preset link or a teacher's embed then shows the
 * preset's figures in the HTML itself, before (and without) JavaScript. `?preset=<id>` links keep working.
 */
import { presetIds } from '../engine/presets';
import { SIMULATOR_KINDS, type SimulatorKind } from '../engine/scenario';

/** The form's "your own numbers" entry: the default values, not a scenario worth its own page. */
const NOT_A_PAGE = 'custom';

/** Preset ids of a kind that have their own path. @example pathPresets('score') // ['one-late-30', 'unpaid-year'] */
export function pathPresets(kind: SimulatorKind): readonly string[] {
  return presetIds(kind).filter((id) => id !== NOT_A_PAGE);
}

/** True when `id` is a preset with its own path (so a link may point at it). */
export function hasPresetPath(kind: SimulatorKind, id: string | null | undefined): id is string {
  return typeof id === 'string' && pathPresets(kind).includes(id);
}

/**
 * Locale-free path of a simulator page or embed, with or without a preset.
 *
 * @example simulatorPath('simulators', 'loan', 'huabei-12') // 'simulators/loan/huabei-12'
 * @example simulatorPath('embed', 'score') // 'embed/score'
 */
export function simulatorPath(area: 'simulators' | 'embed', kind: SimulatorKind, preset?: string): string {
  return preset ? `${area}/${kind}/${preset}` : `${area}/${kind}`;
}

/**
 * Every page of an area, locale-free: each simulator's own, then its presets'.
 *
 * @example simulatorPaths('simulators') // ['simulators/loan', 'simulators/loan/jiebei-12', …, 'simulators/score/unpaid-year']
 */
export function simulatorPaths(area: 'simulators' | 'embed'): string[] {
  return SIMULATOR_KINDS.flatMap((kind) =>
    [undefined, ...pathPresets(kind)].map((preset) => simulatorPath(area, kind, preset)),
  );
}
