import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prunePolicy } from '../../../src/lib/csp-per-page.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('per-page CSP hashes', () => {
  const script = 'document.documentElement.dataset.js = "1";';
  const style = '.x{color:red}';
  const other = 'console.log("another page")';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)} ${hash(other)}; style-src 'self' ${hash(style)} ${hash(other)};`;

  it("keeps the hashes of the page's own inline scripts and styles and drops the rest", () => {
    const { html, removed } = prunePolicy(page(policy, `<script>${script}</script><style>${style}</style>`));
    expect(removed).toBe(2);
    expect(html).toContain(hash(script));
    expect(html).toContain(hash(style));
    expect(html).not.toContain(hash(other));
    expect(html).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(html).toContain("default-src 'self'");
  });

  it('never adds a hash the build did not allow, and ignores data blocks and external scripts', () => {
    const strict = `script-src 'self' ${hash(other)}`;
    const body = `<script>${script}</script><script type="application/json">${other}</script><script src="/a.js"></script>`;
    const { html } = prunePolicy(page(strict, body));
    expect(html).not.toContain(hash(script));
    expect(html).not.toContain(hash(other));
  });

  it('leaves a page without a policy unchanged', () => {
    const plain = '<html><body><script>1</script></body></html>';
    expect(prunePolicy(plain)).toEqual({ html: plain, removed: 0 });
  });
});
