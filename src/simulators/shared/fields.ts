/**
 * A simulator's inputs as data: one table per simulator (src/simulators/<kind>/fields.ts) names, for each field,
 * where it lives in the scenario, its URL key, what kind of input it is, its unit, its words and its options.
 * Everything else is derived from that table: the URL codec (url-codec.ts), the form ↔ scenario mapping
 * (form.ts), where an engine error is shown (form.ts `formKeyOf`) and the form's field specs (form.ts
 * `fieldSpecs`). Adding a field to a simulator is adding a row here, its strings and the engine's rule.
 */
import type { SimKey } from './i18n';

/** How a value is typed: a number box, a date, a select, or a checkbox. */
export type InputKind = 'decimal' | 'integer' | 'date' | 'choice' | 'check';

/** Words of a field that may depend on other fields as typed (e.g. "% a day" or "% a year"). */
export interface FieldWords {
  label: SimKey;
  help?: SimKey | undefined;
  /** Unit shown after the box, and used to state limits in error messages: a dictionary key or a symbol. */
  unit?: SimKey | '×' | undefined;
}

/** The form as typed: one text per URL key. */
export type FormText = Record<string, string>;

export interface FieldDef extends FieldWords {
  /** Where the value lives in the scenario ('principal', 'loan.rate'); engine errors name fields by it. */
  path: string;
  /** Its URL query key, also its form key ('p', 'dpd'). Short, stable: shared links depend on it. */
  key: string;
  input: InputKind;
  /** Allowed values of a choice, in the order the form lists them. */
  options?: readonly string[];
  /** Dictionary key prefix of the options' labels: prefix + value. */
  optionLabels?: string;
  /** An empty box means "absent" rather than "required" (e.g. not paid within the simulation). */
  optional?: boolean;
  /** Shown only when this holds for the form as typed (the scenario keeps the value either way). */
  when?: (text: FormText) => boolean;
  /** Words that depend on the form as typed; they replace `label`, `help`, `unit` where given. */
  words?: (text: FormText) => Partial<FieldWords>;
  /**
   * Values a choice brings with it, by option and scenario path: picking "Huabei" as the penalty rule means
   * Huabei's penalty figures. The form fills them in when the option is picked, and a URL that names the option
   * but leaves those keys out gets them too (an explicit key in the URL still wins).
   */
  brings?: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
}

/** The fields a choice's option brings values for, each with its value (empty when it brings none). */
export function broughtBy(
  fields: readonly FieldDef[],
  choice: FieldDef,
  option: unknown,
): { field: FieldDef; value: number | string | boolean }[] {
  const values = typeof option === 'string' ? choice.brings?.[option] : undefined;
  if (!values) return [];
  return fields.flatMap((field) => {
    const value = values[field.path];
    return value === undefined ? [] : [{ field, value }];
  });
}

/**
 * A repeated group in the URL (score events): one key per item, the item's fields joined by `separator`,
 * `empty` for "no items", `nullToken` for a field whose value is null.
 */
export interface ListDef {
  path: string;
  key: string;
  separator: string;
  empty: string;
  nullToken: string;
  item: readonly { path: string; nullable?: boolean }[];
}

/** The plain decimals `String(n)` writes: what a URL and the form accept as a number (`12`, `0.04`, `1e-7`). */
export const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Prefixes every path of a table: the loan fields reused inside the overdue scenario as 'loan.*'. */
export function nested(prefix: string, fields: readonly FieldDef[]): FieldDef[] {
  return fields.map((field) => ({ ...field, path: `${prefix}.${field.path}` }));
}

/** The value at a dotted path of a plain object, or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Sets the value at a dotted path (deleting it for undefined); does nothing if a parent is not an object. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: Record<string, unknown> = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = cur[parts[i] as string];
    if (typeof next !== 'object' || next === null) return;
    cur = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}
