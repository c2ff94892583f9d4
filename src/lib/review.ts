/**
 * The editor's review report (`npm run review`): which dated facts are older than a year, and when each page was
 * last reviewed, oldest first. A report to act on, not a test: nothing here fails.
 */
import type { DatedFact } from '../data/dated-facts';

/** A partial date ('2025', '2025-09', '2025-09-22') read as its last possible day, so a month is not judged too old. */
export function endOfPartialDate(value: string): Date {
  const [year = 'NaN', month, day] = value.split('-');
  const y = Number(year);
  if (day) return new Date(Date.UTC(y, Number(month) - 1, Number(day)));
  if (month) return new Date(Date.UTC(y, Number(month), 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** The date `months` calendar months before `today` (UTC). */
export function monthsBefore(today: Date, months: number): Date {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return date;
}

/** Facts last confirmed before the cut-off (default: 12 months before today), oldest first. */
export function staleFacts(facts: readonly DatedFact[], today: Date, months = 12): DatedFact[] {
  const cutoff = monthsBefore(today, months).getTime();
  return facts
    .filter((fact) => endOfPartialDate(fact.asOf).getTime() < cutoff)
    .sort(
      (a, b) => endOfPartialDate(a.asOf).getTime() - endOfPartialDate(b.asOf).getTime() || a.id.localeCompare(b.id),
    );
}

/** One page in both languages: when each was last reviewed (undefined when that language is missing). */
export interface ReviewedPage {
  collection: string;
  path: string;
  updated: Partial<Record<'zh-cn' | 'en', string>>;
}

/** The older of a page's two review dates: the one that decides when to look at it again. */
export function oldestDate(page: ReviewedPage): string {
  const dates = Object.values(page.updated).filter((date): date is string => Boolean(date));
  return dates.sort()[0] ?? '0000-00-00';
}

export function oldestFirst(pages: readonly ReviewedPage[]): ReviewedPage[] {
  return [...pages].sort(
    (a, b) =>
      oldestDate(a).localeCompare(oldestDate(b)) ||
      a.collection.localeCompare(b.collection) ||
      a.path.localeCompare(b.path),
  );
}

function formatValue(value: DatedFact['value']): string {
  return Array.isArray(value) ? value.join(' / ') : String(value);
}

/** The report as plain text lines. */
export function formatReport(
  facts: readonly DatedFact[],
  pages: readonly ReviewedPage[],
  today: Date,
  months = 12,
): string[] {
  const isoToday = today.toISOString().slice(0, 10);
  const stale = staleFacts(facts, today, months);
  const lines = [`Review report for ${isoToday}`, ''];
  lines.push(
    `Dated facts last confirmed more than ${months} months ago: ${stale.length} of ${facts.length} (src/data/dated-facts.ts)`,
  );
  for (const fact of stale) {
    lines.push(`  ${fact.asOf.padEnd(10)}  [${fact.confidence}] ${fact.id}: ${fact.label}`);
    lines.push(`              value: ${formatValue(fact.value)} · source: ${fact.source}`);
    lines.push(`              stated on: ${fact.usedBy.join(', ')}`);
  }
  if (stale.length === 0) lines.push('  none');
  lines.push('', `Pages by last review, oldest first (zh-cn / en): ${pages.length}`);
  for (const page of oldestFirst(pages)) {
    const zh = page.updated['zh-cn'] ?? 'missing';
    const en = page.updated.en ?? 'missing';
    const differ = zh !== en ? '  ← the two languages differ' : '';
    lines.push(`  ${zh} / ${en}  ${page.collection}/${page.path}${differ}`);
  }
  return lines;
}
