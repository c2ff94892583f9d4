// Values come from the engine's own modules, not its index, to keep the island's initial JavaScript lean.
import { LOAN_PRESETS, LOAN_PRESET_IDS, DEFAULT_LOAN, type LoanPresetId } from '../../engine/presets-loan';
import { presetFrom } from '../../engine/presets-common';
import { simulateLoan, type LoanResult } from '../../engine/schedule';
import type { LoanScenario } from '../../engine/scenario';
import type { FormText } from '../shared/fields';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { tableCodec } from '../shared/table-codec';
import { LOAN_URL_SOURCE } from './fields';

export const loanCodec: ScenarioCodec<FormText, LoanScenario, LoanResult, LoanPresetId> = tableCodec(
  LOAN_URL_SOURCE,
  simulateLoan,
  // 'custom' is what any edited scenario shows as, so it is not offered itself.
  LOAN_PRESET_IDS.filter((id) => id !== 'custom'),
);

/** The loan simulator's state, starting from a preset id (as articles pass it) or the default scenario. */
export class LoanState extends ScenarioState<FormText, LoanScenario, LoanResult, LoanPresetId> {
  constructor(presetId?: string) {
    super(loanCodec, (presetId ? presetFrom(LOAN_PRESETS, presetId) : null) ?? structuredClone(DEFAULT_LOAN));
  }
}
