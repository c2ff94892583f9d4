import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';

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
    const kind = new URL(request.url ?? '/', 'http://host').searchParams.get('kind') ?? 'loan';
    const src = `${siteBase}en/embed/${kind}/?preset=${kind === 'loan' ? 'huabei-3' : kind === 'overdue' ? 'stopped-365' : 'unpaid-year'}`;
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

for (const kind of ['loan', 'overdue', 'score'] as const) {
  test(`an embedded ${kind} simulator on another origin resizes its iframe to fit @subpath`, async ({ page }) => {
    await page.goto(`${hostOrigin}/?kind=${kind}`);
    const frame = page.locator('#frame');
    const inner = page.frameLocator('#frame');
    await expect(inner.locator(`[data-simulator="${kind}"] .inputs input`).first()).toBeEnabled();
    await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(600);
    const contentHeight = await inner
      .locator('[data-embed-kind]')
      .evaluate((box) => Math.ceil(box.getBoundingClientRect().height + (box as HTMLElement).offsetTop));
    await expect.poll(async () => Math.round((await frame.boundingBox())?.height ?? 0)).toBe(contentHeight);
  });
}

test('the host ignores resize messages that do not come from the iframe', async ({ page }) => {
  await page.goto(`${hostOrigin}/?kind=loan`);
  const frame = page.locator('#frame');
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(600);
  const before = await frame.evaluate((el) => (el as HTMLElement).style.height);
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
