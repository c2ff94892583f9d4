/** What the preset tables of every simulator kind share (presets-loan.ts, presets-overdue.ts, presets-score.ts). */

/** Freezes an object and everything inside it, so a shared preset cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A deep copy of preset `id` of a preset table, safe to mutate; null for an id the table does not have. */
export function presetFrom<T>(table: Readonly<Record<string, Readonly<T>>>, id: string): T | null {
  if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(table, id)) return null;
  return structuredClone(table[id]) as T;
}
