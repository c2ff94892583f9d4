/**
 * Element ids for term hints. A page may mark the same term twice (or two articles' worth of terms may meet on one
 * page), so each hint gets a running number; the glossary id in front keeps the markup readable.
 */
let counter = 0;

export function nextHintId(glossaryId: string): string {
  counter += 1;
  return `term-hint-${glossaryId}-${counter}`;
}
