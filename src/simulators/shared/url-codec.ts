/**
 * Scenario ⇄ query string, derived from a simulator's field table (src/simulators/<kind>/fields.ts), so a
 * simulator's state can live in its URL and be shared. Numbers are written in user units with `String(n)`,
 * booleans as 1 / 0, choices and dates as they are; `preset=<id>` (decode only) names the base that the other
 * keys override.
 *
 * Strict: unknown keys are ignored; a missing key takes the base's value (the preset's, else the default
 * scenario's); a present but bad value is an error on the scenario field (not the URL key), e.g.
 * `{ field: 'term', code: 'not-an-integer' }`. Numbers must be plain decimals (`12`, `0.04`, `1e-7`); `0x10`,
 * `Infinity`, ` 12` are `not-a-number`. `decode` returns a Result; `read` never fails — it falls back to the base
 * value for each bad field and returns the errors for a notice. Round trip: `decode(encode(s))` deep-equals `s`
 * for every valid scenario, and `encode(decode(q))` is the canonical form of `q` (keys in the table's order).
 * URL parameters are untrusted: nothing here throws, whatever the query.
 */
import {
  INVALID_FORMAT,
  NOT_A_BOOLEAN,
  NOT_A_NUMBER,
  REQUIRED,
  UNKNOWN_OPTION,
  fail,
  ok,
  type FieldError,
  type Result,
} from '../../engine/errors';
import { PLAIN_DECIMAL, broughtBy, getPath, setPath, type FieldDef, type InputKind, type ListDef } from './fields';

/** What `read` returns: always a valid scenario, the problems found, and the preset used as the base. */
export interface QueryRead<S, P extends string> {
  scenario: S;
  errors: FieldError[];
  preset: P | null;
}

/** One simulator's codec. */
export interface UrlCodec<S, P extends string> {
  /** A scenario as a canonical query string (no leading '?'). */
  encode(scenario: S): string;
  /** A query string (with or without '?') or URLSearchParams, strictly. */
  decode(query: unknown): Result<S>;
  /** The same, leniently: always a valid scenario (bad fields take the base's value), plus the errors. */
  read(query: unknown): QueryRead<S, P>;
  /** Every query key the codec reads ('preset', each field's key, the list key): any other key means nothing. */
  readonly keys: readonly string[];
}

/** What a codec is made from: the field table and the engine's presets and validator. */
export interface UrlCodecSource<S, P extends string> {
  fields: readonly FieldDef[];
  list?: ListDef;
  presets: Readonly<Record<P, Readonly<S>>>;
  fallback: Readonly<S>;
  validate: (s: unknown) => Result<{ scenario: S }>;
}

type Params = URLSearchParams;
type Parsed = { value: unknown } | { error: FieldError };

function parseNumber(raw: string, field: string): Parsed {
  if (raw === '') return { error: { field, code: REQUIRED } };
  if (!PLAIN_DECIMAL.test(raw)) return { error: { field, code: NOT_A_NUMBER } };
  return { value: Number(raw) + 0 };
}

function parseText(raw: string, field: string): Parsed {
  return raw === '' ? { error: { field, code: REQUIRED } } : { value: raw };
}

function parseBoolean(raw: string, field: string): Parsed {
  if (raw === '') return { error: { field, code: REQUIRED } };
  if (raw === '1') return { value: true };
  if (raw === '0') return { value: false };
  return { error: { field, code: NOT_A_BOOLEAN } };
}

const PARSERS: Record<InputKind, (raw: string, field: string) => Parsed> = {
  decimal: parseNumber,
  integer: parseNumber,
  choice: parseText,
  date: parseText,
  check: parseBoolean,
};

function toParams(query: unknown): Params | null {
  if (typeof query === 'string') return new URLSearchParams(query);
  if (typeof URLSearchParams !== 'undefined' && query instanceof URLSearchParams) return query;
  return null;
}

function formatValue(n: unknown): string {
  if (typeof n === 'number') return String(n + 0);
  try {
    return String(n);
  } catch {
    return ''; // an object whose toString throws: written as empty, which decodes as 'required'
  }
}

/** Builds a simulator's URL codec from its field table. */
export function urlCodec<S extends object, P extends string>(source: UrlCodecSource<S, P>): UrlCodec<S, P> {
  const { fields, list } = source;

  function encode(scenario: S): string {
    const params = new URLSearchParams();
    for (const field of fields) {
      const value = getPath(scenario, field.path);
      if (value === undefined || value === null) continue;
      params.append(field.key, typeof value === 'boolean' ? (value ? '1' : '0') : formatValue(value));
    }
    if (list) {
      // Tolerates a malformed scenario (never throws): non-object items are skipped.
      const raw = getPath(scenario, list.path);
      const items = (Array.isArray(raw) ? raw : []).filter((item) => typeof item === 'object' && item !== null);
      if (items.length === 0) params.append(list.key, list.empty);
      for (const item of items) {
        const parts = list.item.map((part) => {
          const value = getPath(item, part.path);
          return part.nullable && value === null ? list.nullToken : formatValue(value);
        });
        params.append(list.key, parts.join(list.separator));
      }
    }
    return params.toString();
  }

  /** Reads the repeated list key into the candidate; a bad item is left as null (and dropped if still bad). */
  function applyList(candidate: Record<string, unknown>, params: Params, errors: FieldError[]): void {
    if (!list) return;
    const raws = params.getAll(list.key);
    if (raws.length === 0) return;
    if (raws.length === 1 && raws[0] === list.empty) {
      setPath(candidate, list.path, []);
      return;
    }
    const items = raws.map((raw, i) => {
      const prefix = `${list.path}.${i}`;
      const parts = raw.split(list.separator);
      if (parts.length !== list.item.length) {
        errors.push({ field: prefix, code: INVALID_FORMAT });
        return null;
      }
      const item: Record<string, unknown> = {};
      let bad = false;
      list.item.forEach((part, j) => {
        const text = parts[j] as string;
        if (part.nullable && text === list.nullToken) {
          item[part.path] = null;
          return;
        }
        const parsed = parseNumber(text, `${prefix}.${part.path}`);
        if ('error' in parsed) {
          errors.push(parsed.error);
          bad = true;
        } else item[part.path] = parsed.value;
      });
      return bad ? null : item;
    });
    setPath(candidate, list.path, items);
  }

  /** Orders errors as the keys are ordered in the URL ('preset' first, list items last, by index), stably. */
  function sortErrors(errors: FieldError[]): FieldError[] {
    const itemPattern = list ? new RegExp(`^${list.path}\\.(\\d+)`) : null;
    const rank = (e: FieldError): number => {
      if (e.field === 'preset' || e.field === 'scenario') return -1;
      const i = fields.findIndex((f) => f.path === e.field);
      if (i >= 0) return i;
      const item = itemPattern?.exec(e.field);
      return fields.length + (item ? Number(item[1]) : 0);
    };
    return errors
      .map((e, i) => ({ e, i, r: rank(e) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.e);
  }

  function revertFields(attempt: Record<string, unknown>, base: object, problems: readonly FieldError[]): void {
    const itemPattern = list ? new RegExp(`^${list.path}\\.(\\d+)(?:\\.|$)`) : null;
    const dropItems = new Set<number>();
    for (const e of problems) {
      const item = itemPattern?.exec(e.field);
      if (item) {
        dropItems.add(Number(item[1]));
        continue;
      }
      if (e.field === 'scenario') continue;
      setPath(attempt, e.field, structuredClone(getPath(base, e.field)));
    }
    const items = list ? getPath(attempt, list.path) : undefined;
    if (list && dropItems.size > 0 && Array.isArray(items)) {
      setPath(
        attempt,
        list.path,
        items.filter((_, i) => !dropItems.has(i)),
      );
    }
  }

  /** Strict then lenient: the lenient result replaces each bad field by the base's value and re-validates. */
  function decodeBoth(query: unknown): { result: Result<S>; read: QueryRead<S, P> } {
    const params = toParams(query);
    if (!params) {
      const errors: FieldError[] = [{ field: 'scenario', code: INVALID_FORMAT }];
      return { result: fail(errors), read: { scenario: structuredClone(source.fallback) as S, errors, preset: null } };
    }
    const errors: FieldError[] = [];
    const id = params.get('preset');
    let preset: P | null = null;
    let base = structuredClone(source.fallback) as S;
    if (id !== null) {
      if (Object.prototype.hasOwnProperty.call(source.presets, id)) {
        preset = id as P;
        base = structuredClone(source.presets[preset]) as S;
      } else errors.push({ field: 'preset', code: UNKNOWN_OPTION });
    }
    const candidate = structuredClone(base) as Record<string, unknown>;
    for (const field of fields) {
      const raw = params.get(field.key);
      if (raw === null) continue;
      const parsed = PARSERS[field.input](raw, field.path);
      if ('error' in parsed) errors.push(parsed.error);
      else setPath(candidate, field.path, parsed.value);
    }
    // A choice named in the URL brings its values for the keys the URL leaves out (`rule=huabei` alone means
    // Huabei's penalty, not the starting scenario's).
    for (const choice of fields) {
      if (!choice.brings || params.get(choice.key) === null) continue;
      for (const { field, value } of broughtBy(fields, choice, getPath(candidate, choice.path)))
        if (params.get(field.key) === null) setPath(candidate, field.path, value);
    }
    applyList(candidate, params, errors);
    const checked = source.validate(candidate);
    if (checked.ok && errors.length === 0) {
      return { result: ok(checked.value.scenario), read: { scenario: checked.value.scenario, errors, preset } };
    }
    // A value that failed to parse is not reported a second time as missing (list items are left as null).
    const parsedBad = (e: FieldError) =>
      e.code === REQUIRED && errors.some((p) => p.field.startsWith(`${e.field}.`) || p.field === e.field);
    const allErrors = sortErrors(checked.ok ? errors : [...errors, ...checked.errors.filter((e) => !parsedBad(e))]);
    const failed = (scenario: S) => ({ result: fail<S>(allErrors), read: { scenario, errors: allErrors, preset } });
    // Lenient: a value that failed to parse already left the base's value in place; if the rest is valid, done.
    if (checked.ok) return failed(checked.value.scenario);
    // Otherwise revert each field the validator rejected to the base's value and try again (a cross-field error
    // can need a second pass); as a last resort use the base itself.
    let attempt = candidate;
    let problems = checked.errors;
    for (let pass = 0; pass < 3; pass++) {
      attempt = structuredClone(attempt);
      revertFields(attempt, base, problems);
      const again = source.validate(attempt);
      if (again.ok) return failed(again.value.scenario);
      problems = again.errors;
    }
    const safe = source.validate(structuredClone(base));
    return failed(safe.ok ? safe.value.scenario : (structuredClone(source.fallback) as S));
  }

  return {
    encode,
    decode: (query) => decodeBoth(query).result,
    read: (query) => decodeBoth(query).read,
    keys: ['preset', ...fields.map((field) => field.key), ...(list ? [list.key] : [])],
  };
}
