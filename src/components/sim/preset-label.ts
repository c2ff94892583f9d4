import type { Locale } from '../../i18n/locales';
import { dictionaryFor } from '../../i18n/translate';
import type { SimulatorKind } from '../../engine/scenario';

/**
 * The reader-facing name of a preset, from the same strings as the form's preset menu
 * (`sim.<kind>.preset.<id>`); the id itself if a preset has no name yet.
 *
 * @example presetLabel('en', 'loan', 'huabei-12') // 'Huabei, 12 installments (8.8 % fee)'
 */
export function presetLabel(locale: Locale, kind: SimulatorKind, id: string): string {
  const dictionary: Readonly<Record<string, string>> = dictionaryFor(locale);
  return dictionary[`sim.${kind}.preset.${id}`] ?? id;
}
