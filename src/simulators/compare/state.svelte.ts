// Values come from the engine's own modules, not its index, to keep the island's initial JavaScript lean.
import { simulateCompare, type CompareResult } from '../../engine/compare';
import {
  COMPARE_PRESETS,
  COMPARE_PRESET_IDS,
  DEFAULT_COMPARE,
  type ComparePresetId,
} from '../../engine/presets-compare';
import { presetFrom } from '../../engine/presets-common';
import type { CompareScenario } from '../../engine/scenario';
import type { FormText } from '../shared/fields';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { tableCodec } from '../shared/table-codec';
import { COMPARE_URL_SOURCE } from './fields';

export const compareCodec: ScenarioCodec<FormText, CompareScenario, CompareResult, ComparePresetId> = tableCodec(
  COMPARE_URL_SOURCE,
  simulateCompare,
  // 'custom' is what any edited scenario shows as, so it is not offered itself.
  COMPARE_PRESET_IDS.filter((id) => id !== 'custom'),
);

/** The comparison's state, starting from a preset id (as articles pass it) or the default scenario. */
export class CompareState extends ScenarioState<FormText, CompareScenario, CompareResult, ComparePresetId> {
  constructor(presetId?: string) {
    super(compareCodec, (presetId ? presetFrom(COMPARE_PRESETS, presetId) : null) ?? structuredClone(DEFAULT_COMPARE));
  }
}
