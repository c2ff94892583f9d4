// @ts-check
/**
 * html-validate over every page, with the checked-in .htmlvalidate.json (rules relaxed there only with a reason).
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

const CONFIG = new URL('../../.htmlvalidate.json', import.meta.url);
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** @typedef {import('./pages.mjs').Page} Page */

/** @param {Page[]} pages @returns {Promise<{ failures: string[], errors: number }>} */
export async function validateHtml(pages) {
  // The config file carries a `$comment` explaining each relaxed rule; html-validate takes the rest.
  const { $comment: _comment, ...config } = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const failures = [];
  let errors = 0;
  for (const page of pages) {
    // Astro's island loader emits this <style> in <body> before the first island (see .htmlvalidate.json); it is
    // blanked with spaces of the same length so line:column positions of everything else stay exact.
    const html = page.html.replaceAll(ASTRO_ISLAND_STYLE, ' '.repeat(ASTRO_ISLAND_STYLE.length));
    const report = await validator.validateString(html, page.path);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity !== 2) continue;
        errors += 1;
        failures.push(
          `${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`,
        );
      }
    }
  }
  return { failures, errors };
}
