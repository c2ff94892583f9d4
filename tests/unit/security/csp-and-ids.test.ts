import { describe, expect, it } from 'vitest';
import { scriptHash, inlineScript } from '../../../src/lib/csp';
import { letterFirstHeadingIds, slugify } from '../../../src/lib/markdown/heading-ids.mjs';

describe('inline script hashes', () => {
  it('match the SHA-256 a browser computes (Web Crypto, an independent implementation)', async () => {
    const code = "document.documentElement.dataset.x = '借贷';\n";
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
    expect(scriptHash(code)).toBe(`sha256-${Buffer.from(digest).toString('base64')}`);
  });

  it('registers the hash on the page and returns the code unchanged', () => {
    const inserted: string[] = [];
    const code = 'console.log(1)';
    expect(inlineScript({ csp: { insertScriptHash: (hash) => void inserted.push(hash) } }, code)).toBe(code);
    expect(inserted).toEqual([scriptHash(code)]);
  });
});

describe('heading ids', () => {
  function run(texts: string[], presetIds: (string | undefined)[] = []) {
    const plugin = letterFirstHeadingIds()();
    return texts.map((text, i) => {
      const node = { tagName: 'h2', properties: presetIds[i] ? { id: presetIds[i] } : ({} as Record<string, string>) };
      plugin.element.visit(node, {
        textContent: () => text,
        setProperty: (n: typeof node, key: string, value: string) =>
          ((n.properties as Record<string, string>)[key] = value),
      });
      return (node.properties as Record<string, string>).id;
    });
  }

  it('prefix only ids that would begin with a digit, keeping them unique', () => {
    expect(run(['1. Header and identity', 'Summary', '1. Header and identity', '2026 年的变化'])).toEqual([
      'section-1-header-and-identity',
      undefined,
      'section-1-header-and-identity-1',
      'section-2026-年的变化',
    ]);
  });

  it('leave ids set by the author alone', () => {
    expect(run(['1. Header'], ['own-id'])).toEqual(['own-id']);
  });

  it('slugify keeps letters and digits of any script', () => {
    expect(slugify(' 24个月 Repayment record! ')).toBe('24个月-repayment-record');
  });
});
