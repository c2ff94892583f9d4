/**
 * The letters and scripts: their ids (fixed — articles, answers and the planner link to /<lang>/help/templates/<id>/)
 * and the fields a reader can fill in. Labels are UI strings (`tpl.field.<id>`); the letters themselves are content in
 * content/templates/<lang>/<id>.mdx, where a field appears as {{id}}.
 */
export const TEMPLATE_IDS = [
  'installment-plan',
  'penalty-waiver',
  'statement-of-debt',
  'complaint-to-lender',
  'complaint-to-regulator',
  'report-illegal-collection',
  'stop-contacting-family',
  'credit-objection',
  'personal-statement',
  'mediation-reply',
  'settlement-certificate',
  'personal-data-request',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** How a field is typed and checked: free text (one line or several), an amount in yuan, or a date. */
export type FieldKind = 'text' | 'long' | 'money' | 'date';

/** Every fillable field, with its kind and the longest value accepted (characters). */
export const TEMPLATE_FIELDS = {
  name: { kind: 'text', max: 40 },
  phone: { kind: 'text', max: 30 },
  lender: { kind: 'text', max: 60 },
  account: { kind: 'text', max: 40 },
  amount: { kind: 'money', max: 14 },
  offer: { kind: 'money', max: 14 },
  dueDate: { kind: 'date', max: 10 },
  payDate: { kind: 'date', max: 10 },
  date: { kind: 'date', max: 10 },
  reason: { kind: 'long', max: 600 },
  events: { kind: 'long', max: 1200 },
  caseNumber: { kind: 'text', max: 60 },
  court: { kind: 'text', max: 60 },
} as const satisfies Record<string, { kind: FieldKind; max: number }>;

export type FieldId = keyof typeof TEMPLATE_FIELDS;
export const FIELD_IDS = Object.keys(TEMPLATE_FIELDS) as FieldId[];

/** The placeholders a letter uses, in order of first appearance: '{{name}} owes {{amount}}' → ['name', 'amount']. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))];
}

/** Splits a letter into literal text and placeholders, for rendering both as text (never as HTML). */
export function splitPlaceholders(text: string): Array<{ text: string } | { field: string }> {
  const parts: Array<{ text: string } | { field: string }> = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{(\w+)\}\}/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ field: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
