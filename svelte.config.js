import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // Svelte would otherwise add code to every page that records its version on `window`; nothing reads it.
  compilerOptions: { discloseVersion: false },
};
