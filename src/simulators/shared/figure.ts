/** One key figure of a result, as shown in a card: 'Total repaid' — '¥10,797.05'. */
export interface Figure {
  id: string;
  label: string;
  value: string;
  /** A short note under the value ('the same each month'). */
  sub?: string;
}
