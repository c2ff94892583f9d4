/**
 * The search UI's words, from the JSON block every page carries (#search-i18n, written by BaseLayout from the
 * locale's dictionary): the search code itself holds no language.
 */
const strings: Record<string, string | undefined> = readStrings();

function readStrings(): Record<string, string | undefined> {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('search-i18n')?.textContent || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string | undefined>) : {};
  } catch {
    return {};
  }
}

/** A UI string with its {placeholders} filled in; the key itself when the string is missing. */
export function t(key: string, vars?: Record<string, string | number>): string {
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars && name in vars ? String(vars[name]) : whole,
  );
}

/** The search page of this language and of the other one (for "search the Chinese pages"), and its html lang. */
export const links = {
  searchPage: strings.searchPageUrl ?? '',
  otherSearchPage: strings.otherSearchUrl ?? '',
  otherLang: strings.otherLang ?? '',
};
