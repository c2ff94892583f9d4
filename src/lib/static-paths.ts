import { LOCALES } from '../i18n/locales';

/** getStaticPaths for pages that exist once per language: [{ params: { lang: 'zh-cn' } }, …]. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}
