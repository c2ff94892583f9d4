import { describe, expect, it } from 'vitest';
import { normaliseBase, siteUrl } from '../../src/lib/deploy.mjs';

describe('deployment settings', () => {
  it('refuses a deployment build without SITE_URL, naming the fix', () => {
    expect(() => siteUrl(undefined, false, true)).toThrow(/SITE_URL is not set.*npm start/s);
    expect(() => siteUrl('  ', false, true)).toThrow(/SITE_URL is not set/);
  });

  it('uses the loopback address only for a local preview or a command that is not a build', () => {
    expect(siteUrl(undefined, true, true)).toBe('http://127.0.0.1:4321');
    expect(siteUrl(undefined, false, false)).toBe('http://127.0.0.1:4321');
    expect(siteUrl('https://example.org', false, true)).toBe('https://example.org');
  });

  it('rejects a SITE_URL that is not an origin', () => {
    expect(() => siteUrl('example.org', false, true)).toThrow(/must be an origin/);
  });

  it('normalises the base path', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('some/sub/path/')).toBe('/some/sub/path');
    expect(normaliseBase('/loanlens')).toBe('/loanlens');
  });
});
