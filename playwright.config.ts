import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build in Debian's Chromium (Playwright's own browser download
 * does not work on these machines). Two servers: the normal build at the root, and a second build under
 * a sub-path, because hosts such as course sites serve us from one.
 */
const SUB_PATH = '/some/sub/path';
// E2E_PORT lets two checkouts on one machine run their suites side by side (the sub-path build uses the next port).
const PORT = Number(process.env.E2E_PORT ?? 4321);
const SUB_PORT = PORT + 1;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromium,
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` }, grepInvert: /@subpath-only/ },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/` }, grep: /@subpath/ },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
      url: `http://127.0.0.1:${PORT}/zh-cn/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx astro build && npx pagefind --site dist-subpath && npx astro preview --host 127.0.0.1 --port ${SUB_PORT} --ignore-lock`,
      env: { SITE_BASE: SUB_PATH, SITE_OUT_DIR: './dist-subpath', LOCAL_PREVIEW: '1' },
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/zh-cn/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  ],
});
