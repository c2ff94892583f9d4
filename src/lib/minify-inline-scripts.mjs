// @ts-check
import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';

/**
 * The scripts in src/scripts/*.js imported with `?raw` are written into pages as inline scripts (every page
 * carries the theme and page controls; articles carry the quiz), so they are sent minified: their comments are
 * for maintainers, not readers' data plans. Every importer gets the same minified text, so the CSP hash computed
 * from it (src/lib/csp.ts) always matches what the page emits.
 * @returns {import('vite').Plugin}
 */
export function minifyInlineScripts() {
  return {
    name: 'loanlens:minify-inline-scripts',
    enforce: 'pre',
    load(id) {
      const match = /^(.*\/src\/scripts\/[^/]+\.js)\?raw$/.exec(id);
      if (!match?.[1]) return null;
      const file = match[1];
      const result = minifySync(file, readFileSync(file, 'utf8'));
      if (result.errors.length > 0) throw new Error(`Could not minify ${file}: ${result.errors[0]?.message}`);
      return `export default ${JSON.stringify(result.code)};`;
    },
  };
}
