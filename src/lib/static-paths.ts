import { LOCALES } from '../i18n/locales';

/** getStaticPaths for pages that exist once per language: [{ params: { lang: 'zh-cn' } }, …]. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/** The three simulators, in the order pages list them. */
export const SIMULATOR_KINDS = ['loan', 'overdue', 'score'] as const;

/** getStaticPaths for pages that exist once per language and simulator (the full pages and the embeds). */
export function simulatorStaticPaths() {
  return LOCALES.flatMap((lang) => SIMULATOR_KINDS.map((kind) => ({ params: { lang, kind }, props: { locale: lang, kind } })));
}
