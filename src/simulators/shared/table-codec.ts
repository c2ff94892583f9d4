/**
 * The ScenarioCodec of a simulator whose form is its field table (loan, comparison, overdue): form text ⇄ scenario
 * through the table, the engine's simulate, the presets the form offers, and the URL codec, built from the same
 * table and loaded on first use.
 */
import type { Result } from '../../engine/errors';
import type { FormText } from './fields';
import { scenarioFromText, textFromScenario } from './form';
import type { ScenarioCodec } from './scenario-state.svelte';
import type { UrlCodecSource } from './url-codec';

export function tableCodec<Scenario extends object, Output, PresetId extends string>(
  source: UrlCodecSource<Scenario, PresetId>,
  simulate: (candidate: unknown) => Result<Output>,
  // The ids come from the presets table, so a filtered list cannot narrow the codec's preset type.
  presetIds: readonly NoInfer<PresetId>[],
): ScenarioCodec<FormText, Scenario, Output, PresetId> {
  return {
    toScenario: (text) => scenarioFromText(source.fields, text),
    fromScenario: (s) => textFromScenario(source.fields, s),
    simulate,
    presets: source.presets,
    presetIds,
    url: async () => (await import('./url-codec')).urlCodec(source),
  };
}
