import { LOCALES } from '../i18n/locales';
import { SIMULATOR_KINDS } from '../engine/scenario';
import { pathPresets } from './preset-paths';

/** getStaticPaths for pages that exist once per language: [{ params: { lang: 'zh-cn' } }, …]. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/**
 * getStaticPaths for the full simulator pages and the embeds (`[kind]/[...preset]`): once per language and
 * simulator without a preset (`preset` undefined), and once per preset that has its own path.
 */
export function simulatorStaticPaths() {
  return LOCALES.flatMap((lang) =>
    SIMULATOR_KINDS.flatMap((kind) =>
      [undefined, ...pathPresets(kind)].map((preset) => ({
        params: { lang, kind, preset },
        props: { locale: lang, kind, preset },
      })),
    ),
  );
}
