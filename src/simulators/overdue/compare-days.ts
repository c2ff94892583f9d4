/** "Pay on day X or Y?" starts with a quick payment a week in against the scenario's own last day (at least the day after). */
const QUICK_DAY = 7;

/** The days compared until the reader picks others, as the form's text. */
export function defaultCompareDays(dpd: number): { x: string; y: string } {
  return { x: String(QUICK_DAY), y: String(Math.max(dpd, QUICK_DAY + 1)) };
}
