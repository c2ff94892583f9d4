/** Counts the tables rendered on one page: each page render has its own Request object, so counts never leak between pages. */
const counts = new WeakMap<Request, number>();

export function nextTableNumber(request: Request): number {
  const next = (counts.get(request) ?? 0) + 1;
  counts.set(request, next);
  return next;
}
