import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * Data flows one way: content + i18n → pages → islands → engine. The engine must stay framework-free so it can
 * be tested in Node and reused anywhere; this reads every engine file's imports and fails on anything else.
 */
const ENGINE = 'src/engine';

function importsOf(source: string): string[] {
  return [
    ...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1] ?? match[2] ?? '');
}

describe('engine boundaries', () => {
  // Sub-folders (such as plan/) are part of the engine too.
  const files = (readdirSync(ENGINE, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts'));
  const insideEngine = (name: string, specifier: string) =>
    /^\.\.?\//.test(specifier) &&
    !normalize(join(ENGINE, dirname(name), specifier)).startsWith('..') &&
    normalize(join(ENGINE, dirname(name), specifier)).startsWith(normalize(ENGINE));

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports only its own modules: no Svelte, Astro, chart.js, DOM or UI code', () => {
    const offending = files.flatMap((name) =>
      importsOf(readFileSync(join(ENGINE, name), 'utf8'))
        .filter((specifier) => !insideEngine(name, specifier))
        .map((specifier) => `${name} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('touches no browser globals', () => {
    const offending = files.filter((name) =>
      /\b(window|document|localStorage|navigator)\s*\./.test(readFileSync(join(ENGINE, name), 'utf8')),
    );
    expect(offending).toEqual([]);
  });
});
