/**
 * Every key the site writes to the reader's browser storage (localStorage), and why. The privacy page lists
 * exactly these, and the browser audit fails if a page writes any other key. Nothing here ever leaves the device.
 */
export const STORAGE_KEYS = [
  { key: 'loanlens-theme', purpose: 'privacy.key.theme' },
  { key: 'loanlens-lang', purpose: 'privacy.key.lang' },
] as const;
