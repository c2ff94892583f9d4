import { LOCALES } from '../i18n/locales';
import { SIMULATOR_KINDS } from '../engine/scenario';

/** getStaticPaths for pages that exist once per language: [{ params: { lang: 'zh-cn' } }, …]. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/** getStaticPaths for pages that exist once per language and simulator (the full pages and the embeds). */
export function simulatorStaticPaths() {
  return LOCALES.flatMap((lang) =>
    SIMULATOR_KINDS.map((kind) => ({ params: { lang, kind }, props: { locale: lang, kind } })),
  );
}
