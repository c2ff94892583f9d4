/**
 * Scenario ⇄ query string, one codec per simulator, so a simulator's state can live in its URL and be shared.
 *
 * Keys (short but readable; numbers in user units — yuan, percent — written with `String(n)`):
 *
 * | simulator | key      | field                  | example                  |
 * |-----------|----------|------------------------|--------------------------|
 * | loan      | `p`      | principal, yuan        | `p=10000`                |
 * |           | `rt`     | rateType               | `rt=daily` / `rt=annual` |
 * |           | `r`      | rate, percent          | `r=0.04`                 |
 * |           | `n`      | term, months           | `n=12`                   |
 * |           | `m`      | method                 | `m=equal-installment`    |
 * |           | `f`      | feeRate, percent       | `f=8.8`                  |
 * | overdue   | `mode`   | mode                   | `mode=amount`            |
 * |           | `a`      | amountDue, yuan        | `a=900`                  |
 * |           | `miss`   | missedPeriod           | `miss=1`                 |
 * |           | `dpd`    | dpd, days              | `dpd=30`                 |
 * |           | `rule`   | preset (penalty rule)  | `rule=jiebei`            |
 * |           | `x`      | penaltyMultiplier      | `x=1.5`                  |
 * |           | `pd`     | penaltyDailyRate, %    | `pd=0.05`                |
 * |           | `g`      | graceDays              | `g=0`                    |
 * |           | `c`      | compound, 1 or 0       | `c=0`                    |
 * |           | `pay`    | payOnDay (optional)    | `pay=15`                 |
 * |           | `date`   | startDate              | `date=2026-01-10`        |
 * |           | loan keys| the loan               | `p=900&rt=daily&…`       |
 * | score     | `s`      | start score            | `s=650`                  |
 * |           | `mo`     | months                 | `mo=84`                  |
 * |           | `e`      | one event, repeated: month_dpd_amount_settledMonth (`-` = never); `e=none` = no events | `e=3_30_900_4` |
 * | all       | `preset` | a preset id (decode only): the base that the other keys override | `preset=huabei-12` |
 *
 * Strict: unknown keys are ignored; a missing key takes the base's value (the preset's, else the default
 * scenario's); a present but bad value is an error on the scenario field (not the URL key), e.g.
 * `{ field: 'term', code: 'not-an-integer' }`. Numbers must be plain decimals (`12`, `0.04`, `1e-7`); `0x10`,
 * `Infinity`, ` 12` are `not-a-number`. `decode*` returns a Result; `read*` never fails — it falls back to the base
 * value for each bad field and returns the errors for a notice. Round trip: `decode(encode(s))` deep-equals `s`
 * for every valid scenario, and `encode(decode(q))` is the canonical form of `q` (keys in the table's order).
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
} from './errors';
import {
  DEFAULT_LOAN,
  DEFAULT_OVERDUE,
  DEFAULT_SCORE,
  LOAN_PRESETS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  type LoanPresetId,
  type OverduePresetId,
  type ScorePresetId,
} from './presets';
import type { LoanScenario, OverdueScenario, ScoreEvent, ScoreScenario } from './scenario';
import { validateLoan, validateOverdue, validateScore } from './validate';

/** What `read*Query` returns: always a valid scenario, the problems found, and the preset used as the base. */
export interface QueryRead<S, P extends string> {
  scenario: S;
  errors: FieldError[];
  preset: P | null;
}

type Params = URLSearchParams;
type Parsed = { value: unknown } | { error: FieldError };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a plain decimal number as written by `String(n)`. */
function parseNumber(raw: string, field: string): Parsed {
  if (raw === '') return { error: { field, code: REQUIRED } };
  if (!NUMBER.test(raw)) return { error: { field, code: NOT_A_NUMBER } };
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

function toParams(query: unknown): Params | null {
  if (typeof query === 'string') return new URLSearchParams(query);
  if (typeof URLSearchParams !== 'undefined' && query instanceof URLSearchParams) return query;
  return null;
}

/** A field of a scenario in the URL: key, scenario path, and how to read and write it. */
interface KeySpec {
  key: string;
  path: string;
  parse: (raw: string, field: string) => Parsed;
}

const LOAN_KEYS: readonly KeySpec[] = [
  { key: 'p', path: 'principal', parse: parseNumber },
  { key: 'rt', path: 'rateType', parse: parseText },
  { key: 'r', path: 'rate', parse: parseNumber },
  { key: 'n', path: 'term', parse: parseNumber },
  { key: 'm', path: 'method', parse: parseText },
  { key: 'f', path: 'feeRate', parse: parseNumber },
];

const OVERDUE_KEYS: readonly KeySpec[] = [
  { key: 'mode', path: 'mode', parse: parseText },
  { key: 'a', path: 'amountDue', parse: parseNumber },
  { key: 'miss', path: 'missedPeriod', parse: parseNumber },
  { key: 'dpd', path: 'dpd', parse: parseNumber },
  { key: 'rule', path: 'preset', parse: parseText },
  { key: 'x', path: 'penaltyMultiplier', parse: parseNumber },
  { key: 'pd', path: 'penaltyDailyRate', parse: parseNumber },
  { key: 'g', path: 'graceDays', parse: parseNumber },
  { key: 'c', path: 'compound', parse: parseBoolean },
  { key: 'pay', path: 'payOnDay', parse: parseNumber },
  { key: 'date', path: 'startDate', parse: parseText },
  ...LOAN_KEYS.map((k) => ({ ...k, path: `loan.${k.path}` })),
];

const SCORE_KEYS: readonly KeySpec[] = [
  { key: 's', path: 'start', parse: parseNumber },
  { key: 'mo', path: 'months', parse: parseNumber },
];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
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

function formatNumber(n: unknown): string {
  if (typeof n === 'number') return String(n + 0);
  try {
    return String(n);
  } catch {
    return ''; // an object whose toString throws: written as empty, which decodes as 'required'
  }
}

function encodeKeys(scenario: unknown, keys: readonly KeySpec[], params: Params): void {
  for (const spec of keys) {
    const value = getPath(scenario, spec.path);
    if (value === undefined || value === null) continue;
    if (typeof value === 'boolean') params.append(spec.key, value ? '1' : '0');
    else params.append(spec.key, formatNumber(value));
  }
}

/** Reads the `preset` key: the base scenario, and an error for an unknown id. */
function baseFrom<S, P extends string>(
  params: Params,
  table: Readonly<Record<P, Readonly<S>>>,
  fallback: Readonly<S>,
  errors: FieldError[],
): { base: S; preset: P | null } {
  const id = params.get('preset');
  if (id === null) return { base: structuredClone(fallback) as S, preset: null };
  if (Object.prototype.hasOwnProperty.call(table, id)) {
    return { base: structuredClone(table[id as P]) as S, preset: id as P };
  }
  errors.push({ field: 'preset', code: UNKNOWN_OPTION });
  return { base: structuredClone(fallback) as S, preset: null };
}

/** Applies the URL's keys over a copy of the base; parse errors are collected and the field is left as the base. */
function applyKeys(candidate: Record<string, unknown>, params: Params, keys: readonly KeySpec[], errors: FieldError[]) {
  for (const spec of keys) {
    const raw = params.get(spec.key);
    if (raw === null) continue;
    const parsed = spec.parse(raw, spec.path);
    if ('error' in parsed) errors.push(parsed.error);
    else setPath(candidate, spec.path, parsed.value);
  }
}

/**
 * The generic strict-then-lenient decoder. `strict` returns errors; the lenient result replaces each bad field by
 * the base's value (score events: drops the bad ones) and re-validates, falling back to the whole base if needed.
 */
function decodeWith<S extends object, P extends string>(
  query: unknown,
  table: Readonly<Record<P, Readonly<S>>>,
  fallback: Readonly<S>,
  keys: readonly KeySpec[],
  validate: (s: unknown) => Result<{ scenario: S }>,
  extra?: (candidate: Record<string, unknown>, params: Params, errors: FieldError[]) => void,
): { result: Result<S>; read: QueryRead<S, P> } {
  const params = toParams(query);
  if (!params) {
    const errors: FieldError[] = [{ field: 'scenario', code: INVALID_FORMAT }];
    return {
      result: fail(errors),
      read: { scenario: structuredClone(fallback) as S, errors, preset: null },
    };
  }
  const errors: FieldError[] = [];
  const { base, preset } = baseFrom(params, table, fallback, errors);
  const candidate = structuredClone(base) as Record<string, unknown>;
  applyKeys(candidate, params, keys, errors);
  extra?.(candidate, params, errors);
  const checked = validate(candidate);
  if (checked.ok && errors.length === 0) {
    return { result: ok(checked.value.scenario), read: { scenario: checked.value.scenario, errors, preset } };
  }
  // A value that failed to parse is not reported a second time as missing (score events are left as null).
  const parsedBad = (e: FieldError) =>
    e.code === REQUIRED && errors.some((p) => p.field.startsWith(`${e.field}.`) || p.field === e.field);
  const allErrors = sortErrors(checked.ok ? errors : [...errors, ...checked.errors.filter((e) => !parsedBad(e))], keys);
  // Lenient: a value that failed to parse already left the base's value in place; if the rest is valid, done.
  if (checked.ok) return { result: fail(allErrors), read: { scenario: checked.value.scenario, errors: allErrors, preset } };
  // Otherwise revert each field the validator rejected to the base's value and try again (a cross-field error
  // can need a second pass); as a last resort use the base itself.
  let attempt = candidate;
  let problems = checked.errors;
  for (let pass = 0; pass < 3; pass++) {
    attempt = structuredClone(attempt);
    revertFields(attempt, base, problems);
    const again = validate(attempt);
    if (again.ok) return { result: fail(allErrors), read: { scenario: again.value.scenario, errors: allErrors, preset } };
    problems = again.errors;
  }
  const safe = validate(structuredClone(base));
  const scenario = safe.ok ? safe.value.scenario : (structuredClone(fallback) as S);
  return { result: fail(allErrors), read: { scenario, errors: allErrors, preset } };
}

/** Orders errors as the keys are ordered in the URL ('preset' first, events last, by index), stably. */
function sortErrors(errors: FieldError[], keys: readonly KeySpec[]): FieldError[] {
  const rank = (e: FieldError): number => {
    if (e.field === 'preset' || e.field === 'scenario') return -1;
    const i = keys.findIndex((k) => k.path === e.field);
    if (i >= 0) return i;
    const event = /^events\.(\d+)/.exec(e.field);
    return keys.length + (event ? Number(event[1]) : 0);
  };
  return errors
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}

function revertFields(attempt: Record<string, unknown>, base: object, problems: readonly FieldError[]): void {
  const dropEvents = new Set<number>();
  for (const e of problems) {
    const event = /^events\.(\d+)(?:\.|$)/.exec(e.field);
    if (event) {
      dropEvents.add(Number(event[1]));
      continue;
    }
    if (e.field === 'scenario') continue;
    if (e.field === 'loan') {
      attempt.loan = structuredClone(getPath(base, 'loan'));
      continue;
    }
    setPath(attempt, e.field, structuredClone(getPath(base, e.field)));
  }
  if (dropEvents.size > 0 && Array.isArray(attempt.events)) {
    attempt.events = (attempt.events as unknown[]).filter((_, i) => !dropEvents.has(i));
  }
}

// ───────────────────────── Loan ─────────────────────────

/**
 * Encodes a loan scenario as a canonical query string (no leading '?').
 *
 * @example encodeLoanQuery(LOAN_PRESETS['jiebei-12']) // 'p=10000&rt=daily&r=0.04&n=12&m=equal-installment&f=0'
 */
export function encodeLoanQuery(s: LoanScenario): string {
  const params = new URLSearchParams();
  encodeKeys(s, LOAN_KEYS, params);
  return params.toString();
}

/**
 * Decodes a loan query string (with or without '?') or URLSearchParams, strictly.
 *
 * @example decodeLoanQuery('?preset=huabei-3&p=5000') // ok: huabei-3 with a principal of 5,000 yuan
 * @example decodeLoanQuery('n=12.5') // { ok: false, errors: [{ field: 'term', code: 'not-an-integer' }] }
 */
export function decodeLoanQuery(query: unknown): Result<LoanScenario> {
  return decodeLoan(query).result;
}

/**
 * Decodes a loan query leniently: always a valid scenario (bad fields take the base's value), plus the errors.
 *
 * @example readLoanQuery('p=abc&n=24') // { scenario: { …DEFAULT_LOAN, term: 24 }, errors: [{ field: 'principal', code: 'not-a-number' }], preset: null }
 */
export function readLoanQuery(query: unknown): QueryRead<LoanScenario, LoanPresetId> {
  return decodeLoan(query).read;
}

function decodeLoan(query: unknown) {
  return decodeWith<LoanScenario, LoanPresetId>(query, LOAN_PRESETS, DEFAULT_LOAN, LOAN_KEYS, validateLoan);
}

// ───────────────────────── Overdue ─────────────────────────

/**
 * Encodes an overdue scenario (with its loan) as a canonical query string.
 *
 * @example encodeOverdueQuery(OVERDUE_PRESETS['huabei-30'])
 * // 'mode=amount&a=10000&miss=1&dpd=30&rule=huabei&x=0&pd=0.05&g=0&c=0&date=2026-01-10&p=10000&rt=daily&r=0&n=12&m=fee-installment&f=8.8'
 */
export function encodeOverdueQuery(s: OverdueScenario): string {
  const params = new URLSearchParams();
  encodeKeys(s, OVERDUE_KEYS, params);
  return params.toString();
}

/**
 * Decodes an overdue query strictly (see the module header). `preset` takes an overdue preset id.
 *
 * @example decodeOverdueQuery('preset=huabei-30&dpd=60') // ok: Huabei 10,000 yuan, 60 days
 */
export function decodeOverdueQuery(query: unknown): Result<OverdueScenario> {
  return decodeOverdue(query).result;
}

/**
 * Decodes an overdue query leniently (always a valid scenario, plus errors).
 *
 * @example readOverdueQuery('preset=stopped-365&pay=400').errors // [{ field: 'payOnDay', code: 'out-of-range', min: 0, max: 365 }]
 */
export function readOverdueQuery(query: unknown): QueryRead<OverdueScenario, OverduePresetId> {
  return decodeOverdue(query).read;
}

function decodeOverdue(query: unknown) {
  return decodeWith<OverdueScenario, OverduePresetId>(
    query,
    OVERDUE_PRESETS,
    DEFAULT_OVERDUE,
    OVERDUE_KEYS,
    validateOverdue,
  );
}

// ───────────────────────── Score ─────────────────────────

function encodeEvent(e: ScoreEvent): string {
  const settled = e.settledMonth === null ? '-' : formatNumber(e.settledMonth);
  return [formatNumber(e.month), formatNumber(e.dpd), formatNumber(e.amount), settled].join('_');
}

/** Reads the repeated `e` keys into `candidate.events`. */
function applyEvents(candidate: Record<string, unknown>, params: Params, errors: FieldError[]): void {
  const raws = params.getAll('e');
  if (raws.length === 0) return;
  if (raws.length === 1 && raws[0] === 'none') {
    candidate.events = [];
    return;
  }
  const events: unknown[] = [];
  raws.forEach((raw, i) => {
    const field = `events.${i}`;
    const parts = raw.split('_');
    if (parts.length !== 4) {
      errors.push({ field, code: INVALID_FORMAT });
      events.push(null);
      return;
    }
    const [month, dpd, amount, settled] = parts as [string, string, string, string];
    const event: Record<string, unknown> = {};
    let bad = false;
    const read = (name: string, text: string) => {
      const parsed = parseNumber(text, `${field}.${name}`);
      if ('error' in parsed) {
        errors.push(parsed.error);
        bad = true;
      } else event[name] = parsed.value;
    };
    read('month', month);
    read('dpd', dpd);
    read('amount', amount);
    if (settled === '-') event.settledMonth = null;
    else read('settledMonth', settled);
    events.push(bad ? null : event);
  });
  candidate.events = events;
}

/**
 * Encodes a score scenario as a canonical query string; events as repeated `e` keys, `e=none` for no events.
 *
 * @example encodeScoreQuery(SCORE_PRESETS['one-late-30']) // 's=650&mo=84&e=3_30_900_4'
 */
export function encodeScoreQuery(s: ScoreScenario): string {
  const params = new URLSearchParams();
  encodeKeys(s, SCORE_KEYS, params);
  // Tolerates a malformed scenario (never throws): non-object events are skipped.
  const events = (isObject(s) && Array.isArray(s.events) ? s.events : []).filter(isObject) as ScoreEvent[];
  if (events.length === 0) params.append('e', 'none');
  for (const e of events) params.append('e', encodeEvent(e));
  return params.toString();
}

/**
 * Decodes a score query strictly.
 *
 * @example decodeScoreQuery('s=700&mo=60&e=2_90_5000_-') // ok: one 90-day event in month 2, never settled
 * @example decodeScoreQuery('e=2_90') // { ok: false, errors: [{ field: 'events.0', code: 'invalid-format' }] }
 */
export function decodeScoreQuery(query: unknown): Result<ScoreScenario> {
  return decodeScore(query).result;
}

/**
 * Decodes a score query leniently: bad events are dropped, other bad fields take the base's value.
 *
 * @example readScoreQuery('s=9999').scenario.start // 650 (with an out-of-range error on 'start')
 */
export function readScoreQuery(query: unknown): QueryRead<ScoreScenario, ScorePresetId> {
  return decodeScore(query).read;
}

function decodeScore(query: unknown) {
  return decodeWith<ScoreScenario, ScorePresetId>(
    query,
    SCORE_PRESETS,
    DEFAULT_SCORE,
    SCORE_KEYS,
    validateScore,
    applyEvents,
  );
}
