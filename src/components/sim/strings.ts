import type { Locale } from '../../i18n/locales';
import { dictionaryFor } from '../../i18n/translate';
import type { SimKey, SimStrings } from '../../simulators/shared/i18n';
import type { SimulatorKind } from '../../engine/scenario';

/** Key prefixes that belong to one simulator only; every other `sim.` key is shared (errors, share bar, axes…). */
const OWN_PREFIXES: Record<SimulatorKind, readonly string[]> = {
  loan: ['sim.loan.'],
  compare: ['sim.compare.'],
  overdue: ['sim.overdue.', 'sim.report.'],
  score: ['sim.score.', 'sim.report.'],
};
/**
 * Rendered by Astro only, never shipped to an island: page prose (how to read, methodology) and the overdue
 * simulator's static collection guide (CollectionGuide.astro).
 */
const SERVER_ONLY = ['sim.doc.', 'sim.stage.', 'sim.illegal.', 'sim.channel.'];
const ALL_OWN = [...Object.values(OWN_PREFIXES).flat(), ...SERVER_ONLY];

/**
 * The strings one simulator island needs, in one language: its own keys plus the shared ones. They travel as an
 * island prop (serialised into the HTML), so the island's JavaScript carries no dictionary and no other language.
 */
export function simStrings(locale: Locale, kind: SimulatorKind): SimStrings {
  const dictionary = dictionaryFor(locale);
  const own = OWN_PREFIXES[kind];
  const wanted = (key: string) =>
    key.startsWith('sim.') &&
    (own.some((prefix) => key.startsWith(prefix)) || !ALL_OWN.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => wanted(key))) as Record<SimKey, string>;
}
