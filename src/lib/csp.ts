/**
 * Inline scripts under the Content Security Policy. Astro hashes the scripts and styles it bundles, but not
 * `is:inline` ones: each inline script's hash is added here, computed from the exact text the page emits, so a
 * changed script can never run with a stale hash (nor be silently blocked).
 *
 * Call it in a page's or layout's frontmatter, before the <head> renders (hashes added later are not in the meta).
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for a script's text, e.g. sha256-abc…= */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

interface CspContext {
  csp?: { insertScriptHash: (hash: `sha256-${string}`) => void } | undefined;
}

/** Allows `code` as an inline script on the page being rendered and returns it unchanged (for `set:html`). */
export function inlineScript(astro: CspContext, code: string): string {
  astro.csp?.insertScriptHash(scriptHash(code));
  return code;
}
