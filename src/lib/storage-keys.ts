/**
 * Every key the site writes to the reader's browser storage (localStorage), and why. The privacy page lists
 * exactly these, scripts that can import take their key from here, and the browser tests fail if a page writes
 * any other key. Nothing here ever leaves the device. (The inline theme and language scripts cannot import, so
 * they spell their keys out; the privacy test exercises them.)
 */
export const STORAGE = {
  theme: { key: 'loanlens-theme', purpose: 'privacy.key.theme' },
  lang: { key: 'loanlens-lang', purpose: 'privacy.key.lang' },
  quiz: { key: 'loanlens-quiz', purpose: 'privacy.key.quiz' },
  evidenceLog: { key: 'loanlens.evidenceLog.v1', purpose: 'privacy.key.evidenceLog' },
  evidenceLogUnreadable: { key: 'loanlens.evidenceLog.unreadable', purpose: 'privacy.key.evidenceLogUnreadable' },
} as const;

export const STORAGE_KEYS = Object.values(STORAGE);

/** Where the quiz script keeps a reader's answers; the quiz hands this name to its script. */
export const QUIZ_STORAGE_KEY = STORAGE.quiz.key;
