/**
 * The cases of each simulator's "What this means for you" box (MeansBox.astro), in the reader's language: the
 * loan's rate bands and the overdue stages, each with its sentences and where to read next.
 */
import { FINANCIAL_LOAN_REDUCTION_LINE } from '../../engine/constants';
import { STAGES } from '../../engine/stages';
import { formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import { NEXT_BY_BAND } from '../../simulators/loan/next-steps';
import type { AprBand } from '../../simulators/loan/view';
import { NEXT_BY_STAGE } from '../../simulators/overdue/next-steps';

/** One case of the box. */
export interface MeansItem {
  /** The case's id, as the island names it: a stage id or a rate band. */
  id: string;
  /** What it means, in a few short paragraphs. */
  texts: readonly string[];
  /** Where to read next (locale-free site paths). */
  paths: readonly string[];
}

/** The loan simulator's: one per band of the true annual rate (AprBand), against the 24 % line. */
export function loanMeans(locale: Locale): { title: string; items: MeansItem[] } {
  const t = useTranslations(locale);
  const line = formatPercent(locale, FINANCIAL_LOAN_REDUCTION_LINE, 0, 2);
  const bands = Object.keys(NEXT_BY_BAND) as AprBand[];
  return {
    title: t('sim.loan.means.title'),
    items: bands.map((band) => ({
      id: band,
      texts: [t(`sim.loan.means.${band}`, { line })],
      paths: NEXT_BY_BAND[band],
    })),
  };
}

/** The overdue simulator's: one per collection stage, what it means and what to do now. */
export function overdueMeans(locale: Locale): { title: string; items: MeansItem[] } {
  const t = useTranslations(locale);
  return {
    title: t('sim.overdue.means.title'),
    items: STAGES.map((stage) => ({
      id: stage.id,
      texts: [t(`sim.overdue.means.${stage.id}`), t(`sim.stage.${stage.id}.todo`)],
      paths: NEXT_BY_STAGE[stage.id],
    })),
  };
}
