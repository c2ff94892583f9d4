/**
 * What a simulator's full page and its embed page both work out before rendering: the titles (the preset's in
 * them when the page is a preset's own) and the inline script that marks a shared link's scenario as still to be
 * read (url-pending.ts). Called in the page's frontmatter, before <head> renders, so the script's hash is in the CSP.
 */
import { presetLabel } from '../components/sim/preset-label';
import type { SimulatorKind } from '../engine/scenario';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { inlineScript } from './csp';
import { EMBED_OPTION_KEYS } from './embed-options';
import { urlPendingScript } from './url-pending';

/** The props of both pages (from simulatorStaticPaths). */
export interface SimulatorPageProps {
  locale: Locale;
  kind: SimulatorKind;
  /** A preset with its own path, or undefined for the simulator's main page. */
  preset: string | undefined;
}

type AstroContext = Parameters<typeof inlineScript>[0];

export function simulatorPage(astro: AstroContext, { locale, kind, preset }: SimulatorPageProps) {
  const t = useTranslations(locale);
  const title = t(`simulators.${kind}.title`);
  const label = preset ? presetLabel(locale, kind, preset) : null;
  return {
    t,
    title,
    /** The preset's name, for a preset's own page. */
    label,
    /** The document title: the simulator's, with the preset's name on a preset's own page. */
    documentTitle: label ? t('preset.title', { title, preset: label }) : title,
    pendingScript: inlineScript(astro, urlPendingScript(EMBED_OPTION_KEYS)),
  };
}
