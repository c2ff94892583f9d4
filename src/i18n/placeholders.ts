/**
 * Fills `{name}` placeholders from `vars`; a missing variable is left visible (`{name}`) so a test or a reader
 * notices it instead of a silent blank. Shared by the pages' translator (translate.ts) and the islands' (which
 * receive only their own strings, src/simulators/shared/i18n.ts); this module carries no dictionary.
 */
export function fillPlaceholders(template: string, vars?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}
