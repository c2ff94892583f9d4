/**
 * Every `step`-th item of a series, always keeping the last one, so a chart of a long series draws a few hundred
 * points instead of thousands (display only: the table and the CSV keep their own rows).
 */
export function everyNth<T>(items: readonly T[], step: number): T[] {
  const n = Math.max(1, Math.floor(step));
  if (n === 1) return [...items];
  const out = items.filter((_, i) => i % n === 0);
  const last = items[items.length - 1];
  if (last !== undefined && out[out.length - 1] !== last) out.push(last);
  return out;
}
