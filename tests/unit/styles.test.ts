import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The custom properties declared in a CSS block. */
function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], (m[2] ?? '').trim()]));
}

// tokens.css must state the dark palette twice (system preference without JavaScript, and the toggle); the two
// copies are only safe while they are identical.
describe('theme tokens', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const media = /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{([^}]*)\}/.exec(
    css,
  )?.[1];
  const toggle = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)?.[1];
  const light = /:root \{([^}]*)\}/.exec(css)?.[1];

  it('gives the system dark theme and the dark toggle the same palette', () => {
    expect(media && toggle).toBeTruthy();
    expect(declarations(media ?? '')).toEqual(declarations(toggle ?? ''));
  });

  it('gives every light colour a dark counterpart', () => {
    const dark = declarations(toggle ?? '');
    const colours = Object.entries(declarations(light ?? '')).filter(([, value]) => /^(#|rgb)/.test(value));
    expect(colours.length).toBeGreaterThan(20);
    const missing = colours.map(([name]) => name).filter((name) => !(name in dark));
    expect(missing).toEqual([]);
  });
});
