// @ts-check
/**
 * Lighthouse (mobile preset, the default config) on one page of each kind, in every language, over the build
 * served gzipped. Accessibility, Best Practices and SEO must be 100. Performance is a timing, and timings on a
 * shared machine are noisy, so it is no gate: `npm test` skips it (which also makes each run much shorter), and
 * `npm run audit:lighthouse` reports it (target ≥ 95) with the table for the README.
 *
 * The pages are chosen from the build: each language's home, first article, each simulator, glossary, search,
 * answers index, and — when the build has them — the plan and the teacher's page.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const GATED = ['accessibility', 'best-practices', 'seo'];

/**
 * For the gated categories only: Lighthouse's default waits (1 s of network and CPU quiet, 1 s after load) exist
 * to time the page; a quarter second is enough for a static page and its islands to settle (the browser gate
 * checks every hydrated page with axe anyway), and cuts a run from ~6 s to ~2.5 s a page.
 * @type {import('lighthouse').Config}
 */
const QUICK_SETTLE = {
  extends: 'lighthouse:default',
  settings: { pauseAfterFcpMs: 0, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250 },
};

/** @param {import('./pages.mjs').Page[]} pages @returns {{ kind: string, path: string }[]} */
export function lighthousePages(pages) {
  const langs = [...new Set(pages.filter((p) => p.indexable).map((p) => p.path.split('/')[1] ?? ''))].sort().reverse();
  const chosen = [];
  for (const lang of langs) {
    const has = (/** @type {string} */ path) => pages.some((p) => p.path === path);
    const firstArticle = pages.find(
      (p) => p.path.startsWith(`/${lang}/`) && p.html.includes('<article class="article"'),
    );
    const candidates = [
      ['home', `/${lang}/`],
      ['article', firstArticle?.path ?? ''],
      ['loan simulator', `/${lang}/simulators/loan/`],
      ['offer comparison', `/${lang}/simulators/compare/`],
      ['overdue simulator', `/${lang}/simulators/overdue/`],
      ['score simulator', `/${lang}/simulators/score/`],
      ['glossary', `/${lang}/glossary/`],
      ['search', `/${lang}/search/`],
      ['answers', `/${lang}/answers/`],
      ['plan', `/${lang}/help/plan/`],
      ["teacher's page", `/${lang}/teach/`],
    ];
    for (const [kind, path] of candidates)
      if (path && has(path)) chosen.push({ kind: /** @type {string} */ (kind), path: /** @type {string} */ (path) });
  }
  return chosen;
}

/**
 * @param {string} origin
 * @param {{ kind: string, path: string }[]} targets
 * @param {{ performance?: boolean }} [options] also run (and report) the Performance category
 * @returns {Promise<{ failures: string[], rows: { kind: string, path: string, scores: Record<string, number>, failing: string[] }[] }>}
 */
export async function runLighthouse(origin, targets, { performance = false } = {}) {
  const onlyCategories = performance ? ['performance', ...GATED] : GATED;
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const failures = [];
  const rows = [];
  try {
    for (const target of targets) {
      const result = await lighthouse(
        origin + target.path,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories,
          // The gated categories read the page, not its timing: no full-page screenshot for them.
          ...(performance ? {} : { disableFullPageScreenshot: true }),
        },
        performance ? undefined : QUICK_SETTLE,
      );
      const lhr = result?.lhr;
      if (!lhr) {
        failures.push(`${target.path}: Lighthouse returned no result`);
        continue;
      }
      /** @type {Record<string, number>} */
      const scores = {};
      for (const [id, category] of Object.entries(lhr.categories)) scores[id] = Math.round((category.score ?? 0) * 100);
      // The audits that cost points in a gated category, so a failure says what to fix.
      const failing = GATED.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}/${ref.id}`),
      );
      for (const id of GATED)
        if ((scores[id] ?? 0) < 100)
          failures.push(
            `${target.path} (${target.kind}): Lighthouse ${id} ${scores[id]} < 100 — failing audits: ${failing.filter((f) => f.startsWith(id)).join(', ')}`,
          );
      rows.push({ ...target, scores, failing });
    }
  } finally {
    chrome.kill();
  }
  return { failures, rows };
}

/** The README table. @param {{ kind: string, path: string, scores: Record<string, number> }[]} rows */
export function lighthouseTable(rows) {
  const lines = ['| page | Performance | Accessibility | Best Practices | SEO |', '|---|---:|---:|---:|---:|'];
  for (const r of rows)
    lines.push(
      `| ${r.kind} \`${r.path}\` | ${r.scores.performance ?? '—'} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`,
    );
  return lines.join('\n');
}
