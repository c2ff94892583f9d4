// @ts-check
/**
 * Every page in real Chromium, as a reader would load it: no CSP violation, no console error, no page error, no
 * request to another origin, no cookie, and only the documented storage keys (src/lib/storage-keys.ts); then axe.
 * One browser; a few workers, each reusing one tab (a fresh context per worker; cookies and storage are checked
 * and cleared after every page). A page with islands that wait to be visible is scrolled to its end so they hydrate too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { STORAGE_KEYS } from '../../src/lib/storage-keys.ts';

/**
 * axe-core itself, added to every document like the probe below and run directly: @axe-core/playwright's
 * analyze() re-injects axe and finishes each run in a fresh blank page, which made it about four times slower
 * per page — the difference between the audit fitting in CI or not. (The e2e tests, which axe a few states each,
 * keep using it.)
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const DOCUMENTED_KEYS = new Set(STORAGE_KEYS.map(({ key }) => key));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Runs in every document before its own scripts (Playwright injects it outside the page's CSP): records CSP
// violations and every storage key written, even one removed again before the audit looks.
const PROBE = () => {
  const w = /** @type {any} */ (window);
  w.__audit = { csp: [], keys: [] };
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__audit.csp.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || ''}:${event.lineNumber} ${event.sample ? `"${event.sample}"` : ''}`,
    );
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (/** @type {string} */ key, /** @type {string} */ value) {
    w.__audit.keys.push(String(key));
    return setItem.call(this, key, value);
  };
};

/**
 * @param {string} origin e.g. http://127.0.0.1:4383
 * @param {import('./pages.mjs').Page[]} pages
 * @param {{ workers?: number, axe?: boolean }} [options]
 * @returns {Promise<{ failures: string[], pages: number }>}
 */
export async function checkInBrowser(origin, pages, { workers = 2, axe = true } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  /** @type {string[]} */
  const failures = [];
  const queue = [...pages];
  let done = 0;

  async function worker() {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    await context.addInitScript(PROBE);
    await context.addInitScript({ content: AXE_SOURCE });
    const page = await context.newPage();
    /** @type {string[]} */
    let problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`third-party request: ${url}`);
    });
    for (let next = queue.shift(); next; next = queue.shift()) {
      const target = next;
      problems = [];
      try {
        const response = await page.goto(origin + target.path, { waitUntil: 'load' });
        const expected = target.path === '/404.html' ? 404 : 200;
        if (response?.status() !== 200 && !(expected === 404 && response?.status() === 404))
          problems.push(`HTTP ${response?.status()}`);
        // Scroll through a page with islands that wait to be visible, so they hydrate (and can fail) too.
        if (target.html.includes('client="visible"'))
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
              window.scrollTo(0, y);
              await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
            }
          });
        // Pages with islands or script files load more after the scroll (hydration, the chart's chunk): wait for
        // the network to settle there. A static page has nothing left to load, and waiting would cost 0.5 s each.
        if (/<astro-island|<script[^>]*\ssrc=/.test(target.html))
          await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
        const probe = await page.evaluate(() => {
          const audit = /** @type {any} */ (window).__audit ?? { csp: [], keys: [] };
          return {
            csp: audit.csp,
            keys: [...audit.keys, ...Object.keys(localStorage), ...Object.keys(sessionStorage)],
          };
        });
        for (const violation of probe.csp) problems.push(`CSP violation: ${violation}`);
        for (const key of new Set(probe.keys))
          if (!DOCUMENTED_KEYS.has(key)) problems.push(`undocumented storage key: ${key}`);
        const cookies = await context.cookies();
        if (cookies.length > 0) problems.push(`cookies: ${cookies.map((c) => c.name).join(', ')}`);
        if (axe) {
          // Only violations are read: asking axe for nothing else skips collecting every passing node (faster).
          /** @type {{ id: string, help: string, nodes: { target: string[] }[] }[]} */
          const violations = await page.evaluate(
            async (tags) =>
              (
                await /** @type {any} */ (window).axe.run(document, {
                  runOnly: { type: 'tag', values: tags },
                  resultTypes: ['violations'],
                })
              ).violations,
            AXE_TAGS,
          );
          for (const v of violations)
            problems.push(
              `axe ${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')})`,
            );
        }
        await context.clearCookies();
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      } catch (error) {
        problems.push(`could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
      for (const problem of new Set(problems)) failures.push(`${target.path}: ${problem}`);
      done += 1;
    }
    await context.close();
  }

  try {
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    await browser.close();
  }
  return { failures, pages: done };
}
