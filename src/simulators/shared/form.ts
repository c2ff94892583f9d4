/**
 * The form side of a field table: the form text ⇄ scenario mapping, where an engine error is shown, and the
 * field specs Field.svelte renders. The form holds text exactly as typed; `scenarioFromText` reads it into a
 * candidate scenario (numbers where the text is a plain number, the text itself otherwise) and the engine
 * validates it, so the UI never judges a value itself.
 */
import type { FieldSpec } from './field-spec';
import { getPath, type FieldDef, type FormText } from './fields';
import type { SimKey, SimTranslate } from './i18n';
import { readAmount, readNumber } from './typed';

/** What one field's text means in the scenario (undefined = absent; the engine says "required" if it must be there). */
function readField(field: FieldDef, text: string | undefined): unknown {
  const typed = text ?? '';
  switch (field.input) {
    case 'decimal':
      return field.unit === 'sim.unit.yuan' ? readAmount(typed) : readNumber(typed);
    case 'integer':
      return readNumber(typed);
    case 'check':
      return typed === '1';
    case 'date':
      return typed.trim();
    case 'choice':
      return typed;
  }
}

/** Sets a value at a dotted path, creating the objects on the way ('loan.rate' makes `loan`). */
function put(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    cur = (typeof next === 'object' && next !== null ? next : (cur[part] = {})) as Record<string, unknown>;
  }
  cur[parts[parts.length - 1] as string] = value;
}

/** Form text → candidate scenario (not yet validated). */
export function scenarioFromText(fields: readonly FieldDef[], text: FormText): Record<string, unknown> {
  const scenario: Record<string, unknown> = {};
  for (const field of fields) put(scenario, field.path, readField(field, text[field.key]));
  return scenario;
}

/** A valid scenario → form text: numbers as `String(n)`, booleans as '1' / '0', an absent value as ''. */
export function textFromScenario(fields: readonly FieldDef[], scenario: unknown): FormText {
  const text: FormText = {};
  for (const field of fields) {
    const value = getPath(scenario, field.path);
    text[field.key] =
      value === undefined || value === null ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  }
  return text;
}

/** The form key that shows an engine error on `path` ('loan.term' → 'n'), or undefined. */
export function formKeyOf(fields: readonly FieldDef[], path: string): string | undefined {
  return fields.find((field) => field.path === path)?.key;
}

/** Field specs for the keys given, in that order, leaving out fields that do not apply to the form as typed. */
export function fieldSpecs(
  fields: readonly FieldDef[],
  keys: readonly string[],
  text: FormText,
  t: SimTranslate,
): FieldSpec[] {
  const specs: FieldSpec[] = [];
  for (const key of keys) {
    const field = fields.find((f) => f.key === key);
    if (!field || (field.when && !field.when(text))) continue;
    const words = { label: field.label, help: field.help, unit: field.unit, ...field.words?.(text) };
    specs.push({
      key,
      kind: field.input,
      label: t(words.label),
      help: words.help && t(words.help),
      unit: words.unit === undefined ? undefined : words.unit === '×' ? '×' : t(words.unit),
      ...(field.options && {
        options: field.options.map((value) => ({ value, label: t(`${field.optionLabels ?? ''}${value}` as SimKey) })),
      }),
    });
  }
  return specs;
}

/** The form key of the "start from" select, and its entry for "your own numbers". */
export const PRESET_KEY = 'preset';
export const CUSTOM = 'custom';

/** The "start from" select: the presets offered, then "custom" (what any edited scenario shows as). */
export function presetSpec(ids: readonly string[], labelPrefix: string, t: SimTranslate): FieldSpec {
  return {
    key: PRESET_KEY,
    kind: 'choice',
    label: t('sim.preset'),
    help: t('sim.preset.help'),
    options: [
      ...ids.map((id) => ({ value: id, label: t(`${labelPrefix}${id}` as SimKey) })),
      { value: CUSTOM, label: t('sim.preset.custom') },
    ],
  };
}
