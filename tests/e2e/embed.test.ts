import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { LOAN_PRESETS, simulateLoan } from '../../src/engine/index';
import { SIMULATOR_KINDS, type SimulatorKind } from '../../src/engine/scenario';

/** The preset each kind's embed opens with on the host page. */
const EMBED_PRESETS: Record<SimulatorKind, string> = {
  loan: 'huabei-3',
  compare: 'money-kept-back',
  overdue: 'stopped-365',
  score: 'unpaid-year',
};

/**
 * The embeddable simulator on someone else's site: a tiny host page served from a second local origin loads
 * public/embed.js from LoanLens and iframes the embed page; the iframe must grow to its content's height, and
 * messages that do not come from that iframe must be ignored.
 */
let server: Server;
let hostOrigin = '';
let siteBase = '';

// eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
test.beforeAll(async ({}, testInfo) => {
  siteBase = String(testInfo.project.use.baseURL ?? '');
  server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://host').searchParams;
    // /?snippet=…: a course page made of exactly the HTML the "Embed this" dialog wrote.
    const snippet = query.get('snippet');
    if (snippet !== null) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><title>Course page</title></head><body>
        <h1>A course page</h1>${snippet}</body></html>`);
      return;
    }
    const kind = query.get('kind') ?? 'loan';
    const src = `${siteBase}en/embed/${kind}/?preset=${EMBED_PRESETS[kind as SimulatorKind] ?? 'huabei-3'}`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Host page</title></head><body>
      <h1>A host page</h1>
      <iframe id="frame" src="${src}" title="LoanLens" data-loanlens-embed="${kind}" style="width:100%;height:300px;border:0"></iframe>
      <script src="${siteBase}embed.js" async></script>
    </body></html>`);
  });
  // Port 0: the system picks a free port, so parallel workers and projects never collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

for (const kind of SIMULATOR_KINDS) {
  test(`an embedded ${kind} simulator on another origin resizes its iframe to fit @subpath`, async ({ page }) => {
    await page.goto(`${hostOrigin}/?kind=${kind}`);
    const frame = page.locator('#frame');
    const inner = page.frameLocator('#frame');
    await expect(inner.locator(`[data-simulator="${kind}"] .inputs input`).first()).toBeEnabled();
    await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(600);
    // The content may still change once the island has read the link's scenario (a comparison of two offers
    // instead of the default three is shorter), so the frame is compared with the content as it is at each look.
    const mismatch = async () => {
      const content = await inner
        .locator('[data-embed-kind]')
        .evaluate((box) => Math.ceil(box.getBoundingClientRect().height + (box as HTMLElement).offsetTop));
      return Math.round((await frame.boundingBox())?.height ?? 0) - content;
    };
    await expect.poll(mismatch).toBe(0);
  });
}

test('the host ignores resize messages that do not come from the iframe', async ({ page }) => {
  await page.goto(`${hostOrigin}/?kind=loan`);
  const frame = page.locator('#frame');
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(600);
  // The iframe may still grow while the island hydrates (a real resize); compare only once its height has settled.
  const styleHeight = () => frame.evaluate((el) => (el as HTMLElement).style.height);
  await expect
    .poll(async () => {
      const first = await styleHeight();
      await page.waitForTimeout(300);
      return first === (await styleHeight());
    })
    .toBe(true);
  const before = await styleHeight();
  await page.evaluate(() => window.postMessage({ type: 'loanlens:resize', kind: 'loan', height: 250 }, '*'));
  await page.waitForTimeout(200);
  expect(await frame.evaluate((el) => (el as HTMLElement).style.height)).toBe(before);
});

test('the embed page is not indexed, reads its scenario from the URL and links back to the full page', async ({
  page,
}) => {
  await page.goto('en/embed/overdue/?preset=huabei-30&dpd=45');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('header.site-header')).toHaveCount(0);
  const sim = page.locator('[data-simulator="overdue"]');
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  await expect(sim.getByLabel('Days late', { exact: true })).toHaveValue('45');
  const back = sim.locator('[data-full-page-link]');
  await expect(back).toHaveAttribute('target', '_blank');
  await expect(back).toHaveAttribute('rel', 'noopener');
  await expect(back).toHaveAttribute('href', /\/en\/simulators\/overdue\/\?.*dpd=45/);
});

/** Every digit of a displayed amount as a number: '¥10,880.00' → 10880. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

/** Opens "Embed this" on a simulator page, chooses the options and returns the snippet it writes. */
async function snippetFrom(
  page: Page,
  path: string,
  choose: { theme?: 'light' | 'dark' | 'system'; compact?: boolean },
): Promise<string> {
  await page.goto(path);
  const sim = page.locator('[data-simulator]').first();
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  await sim.locator('[data-embed-open]').click();
  const dialog = page.getByRole('dialog');
  if (choose.theme) await dialog.locator(`[data-embed-theme="${choose.theme}"]`).check();
  if (choose.compact) await dialog.locator('[data-embed-compact]').check();
  return dialog.locator('[data-embed-code]').inputValue();
}

test('embed options round-trip: the dialog writes the preset path with theme and compact, and the host page gets them', async ({
  page,
}) => {
  test.slow(); // two simulator pages, two embeds
  const snippet = await snippetFrom(page, 'en/simulators/loan/huabei-12/', { theme: 'dark', compact: true });
  const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&') ?? '';
  // Nothing was changed from the preset: its own pre-rendered path, the options in the query.
  expect(new URL(src).pathname).toMatch(/\/en\/embed\/loan\/huabei-12\/$/);
  expect(new URL(src).searchParams.get('theme')).toBe('dark');
  expect(new URL(src).searchParams.get('compact')).toBe('1');

  await page.goto(`${hostOrigin}/?snippet=${encodeURIComponent(snippet)}`);
  const frame = page.frameLocator('iframe[data-loanlens-embed]');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('html')).toHaveAttribute('data-compact', '');
  const sim = frame.locator('[data-simulator="loan"]');
  await expect(sim.locator('.inputs input').first()).toBeEnabled();
  // Dark: a dark page background. Compact: the figures stay, the help lines and the chart below them go.
  const background = await frame
    .locator('body')
    .evaluate((body) => getComputedStyle(body).backgroundColor.match(/\d+/g)?.slice(0, 3).map(Number) ?? []);
  expect(Math.max(...background)).toBeLessThan(80);
  await expect(sim.locator('[data-figure="apr"]')).toBeVisible();
  await expect(sim.locator('.help').first()).toBeHidden();
  await expect(sim.locator('h2.sim-heading').first()).toBeHidden();
  const expected = simulateLoan(LOAN_PRESETS['huabei-12']);
  if (!expected.ok) throw new Error('preset must be valid');
  expect(amount(await sim.locator('[data-figure="paid"] dd').innerText())).toBe(expected.value.totals.paid / 100);

  // A changed scenario is written as a query on the main embed path; the options ride along, and the embed
  // keeps them (and the scenario, not flagged as a bad link) when the reader changes a value inside it.
  const custom = await snippetFrom(page, 'en/simulators/loan/?preset=huabei-6&n=5', { theme: 'light' });
  const customSrc = new URL(/src="([^"]+)"/.exec(custom)?.[1]?.replaceAll('&amp;', '&') ?? '');
  expect(customSrc.pathname).toMatch(/\/en\/embed\/loan\/$/);
  expect(customSrc.searchParams.get('theme')).toBe('light');
  expect(customSrc.searchParams.get('n')).toBe('5');
  await page.goto(customSrc.href);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).not.toHaveAttribute('data-compact', /.*/);
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  const term = page.locator('[data-simulator="loan"]').getByLabel('Term', { exact: true });
  await expect(term).toBeEnabled();
  await expect(term).toHaveValue('5');
  await term.fill('7');
  await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('7');
  expect(new URL(page.url()).searchParams.get('theme')).toBe('light');
});

test('unknown embed options fall back to the defaults', async ({ page }) => {
  await page.goto('en/embed/loan/huabei-12/?theme=purple&compact=yes');
  await expect(page.locator('[data-simulator="loan"] .inputs input').first()).toBeEnabled();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await expect(page.locator('html')).not.toHaveAttribute('data-compact', /.*/);
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  await expect(page.locator('[data-simulator="loan"] h2.sim-heading').first()).toBeVisible();
});

test('an embed in an iframe sandboxed with allow-scripts only hydrates and resizes on another origin', async ({
  page,
}) => {
  test.slow();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const snippet = (await snippetFrom(page, 'en/simulators/overdue/huabei-30/', {})).replace(
    '<iframe ',
    '<iframe sandbox="allow-scripts" ',
  );
  await page.goto(`${hostOrigin}/?snippet=${encodeURIComponent(snippet)}`);
  const frame = page.locator('iframe[data-loanlens-embed]');
  const inner = page.frameLocator('iframe[data-loanlens-embed]');
  await expect(inner.locator('[data-simulator="overdue"] .inputs input').first()).toBeEnabled({ timeout: 15_000 });
  const contentHeight = await inner
    .locator('[data-embed-kind]')
    .evaluate((box) => Math.ceil(box.getBoundingClientRect().height + (box as HTMLElement).offsetTop));
  await expect.poll(async () => Math.round((await frame.boundingBox())?.height ?? 0)).toBe(contentHeight);
  expect(problems).toEqual([]);
});
