import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every internal link in the built site points at a page or file that exists. Reads the production build
 * (dist/) directly, so it covers links written by hand in MDX as well as generated ones.
 */
const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function targetExists(pathname: string): boolean {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '');
  const local = join(DIST, clean);
  return clean.endsWith('/') ? existsSync(join(local, 'index.html')) : existsSync(local);
}

test('every internal link in the build resolves', () => {
  const broken: string[] = [];
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = (match[1] ?? '').replaceAll('&amp;', '&');
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      if (!targetExists(href)) broken.push(`${file} → ${href}`);
    }
  }
  expect(broken).toEqual([]);
});
