import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [url, out, w, full] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w), height: 900 } });
await p.goto(url); await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
