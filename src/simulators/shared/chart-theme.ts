import type { ChartPalette, ChartTone } from './chart-spec';

const TONES: ChartTone[] = ['c1', 'c2', 'c3', 'c4', 'c5'];

/**
 * Reads the chart colours from CSS custom properties on `el` (defined in SimFrame.svelte for both themes), so a
 * canvas — which cannot use CSS — still follows the light/dark theme and keeps the same contrast as the page.
 */
export function readPalette(el: Element): ChartPalette {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const tones = Object.fromEntries(TONES.map((tone) => [tone, read(`--sim-${tone}`, '#0a6660')])) as Record<
    ChartTone,
    string
  >;
  return {
    tones,
    text: read('--text-muted', '#4d5866'),
    grid: read('--border', '#d9d5cb'),
    band: [read('--sim-band-a', 'rgb(0 0 0 / 0.04)'), read('--sim-band-b', 'rgb(0 0 0 / 0.09)')],
    surface: read('--surface', '#ffffff'),
  };
}

/**
 * Calls `onChange` whenever the effective theme may have changed: the site's toggle (page-controls.js dispatches
 * `loanlens:theme` on document) or the system preference. Returns the unsubscribe function.
 */
export function onThemeChange(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  document.addEventListener('loanlens:theme', onChange);
  media.addEventListener('change', onChange);
  return () => {
    document.removeEventListener('loanlens:theme', onChange);
    media.removeEventListener('change', onChange);
  };
}
