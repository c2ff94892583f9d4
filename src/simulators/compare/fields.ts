/**
 * The offer comparison's inputs, in URL order (shared links rely on the keys, so never rename one): how many offers,
 * then each offer's loan fields, the loan simulator's own with the offer's number after the key (`p1`, `r2`, `m3`),
 * under the offer's id in the scenario ('a.principal'). The engine (src/engine/validate-compare.ts) says what is
 * allowed.
 */
import { DEFAULT_COMPARE, COMPARE_PRESETS, type ComparePresetId } from '../../engine/presets-compare';
import { OFFER_COUNTS, OFFER_IDS, type CompareScenario, type OfferId } from '../../engine/scenario';
import { validateCompare } from '../../engine/validate-compare';
import type { FieldDef, FormText } from '../shared/fields';
import type { UrlCodecSource } from '../shared/url-codec';
import { LOAN_FIELDS, LOAN_FORM } from '../loan/fields';

/** The offer's number in its keys: 'a' → '1'. */
const numberOf = (id: OfferId) => String(OFFER_IDS.indexOf(id) + 1);

/** One offer's form text under the loan simulator's own keys, so the loan fields' `when` and `words` apply as written. */
function offerText(text: FormText, id: OfferId): FormText {
  const suffix = numberOf(id);
  return Object.fromEntries(LOAN_FIELDS.map((field) => [field.key, text[`${field.key}${suffix}`] ?? '']));
}

/** The loan fields of one offer: keys numbered, paths under the offer's id. */
function offerFields(id: OfferId): FieldDef[] {
  const suffix = numberOf(id);
  return LOAN_FIELDS.map((field) => {
    const { when, words } = field;
    return {
      ...field,
      path: `${id}.${field.path}`,
      key: `${field.key}${suffix}`,
      ...(when && { when: (text: FormText) => when(offerText(text, id)) }),
      ...(words && { words: (text: FormText) => words(offerText(text, id)) }),
    };
  });
}

export const COMPARE_FIELDS: readonly FieldDef[] = [
  {
    path: 'count',
    key: 'k',
    input: 'choice',
    options: OFFER_COUNTS,
    optionLabels: 'sim.compare.count.',
    label: 'sim.compare.count',
  },
  ...OFFER_IDS.flatMap(offerFields),
];

/** One offer's form keys, top to bottom, in the loan simulator's order. */
export function offerForm(id: OfferId): string[] {
  return LOAN_FORM.map((key) => `${key}${numberOf(id)}`);
}

/** The offers shown for the form as typed: the first two, or all three. */
export function shownOffers(text: FormText): readonly OfferId[] {
  return OFFER_IDS.slice(0, text.k === '2' ? 2 : 3);
}

/**
 * What the comparison's URL codec is made from: this field table and the engine's presets and validator.
 * The codec itself (shared/url-codec.ts) is loaded on first use, so it is not part of the page's initial JS.
 */
export const COMPARE_URL_SOURCE: UrlCodecSource<CompareScenario, ComparePresetId> = {
  fields: COMPARE_FIELDS,
  presets: COMPARE_PRESETS,
  fallback: DEFAULT_COMPARE,
  validate: validateCompare,
};
