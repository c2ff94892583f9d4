/**
 * A form field as data: the islands describe their forms as lists of these and render them with Field.svelte.
 */
export interface FieldSpec {
  /** The form key it edits (an engine URL key such as 'p' or 'dpd'). */
  key: string;
  kind: 'decimal' | 'integer' | 'date' | 'choice' | 'check';
  label: string;
  help?: string | undefined;
  /** Unit shown after the box ('元', '% a day'…); also used to state limits in error messages. */
  unit?: string | undefined;
  options?: readonly { value: string; label: string }[];
}
