import { HTML_LANG, type Locale } from '../../i18n/locales';
import { formatNumber as number } from '../../i18n/format';
import type { ChartSeries, ChartSpec } from './chart-spec';
import type { SimTranslate } from './i18n';

/** A chart of amounts in yuan by month, from month 0 (the day the money arrives) to `lastMonth`: loans and offers. */
export function monthlyMoneyChart(
  series: ChartSeries[],
  lastMonth: number,
  locale: Locale,
  t: SimTranslate,
): ChartSpec {
  return {
    series,
    xTitle: t('sim.axis.month'),
    yTitle: t('sim.axis.yuan'),
    lang: HTML_LANG[locale],
    yKind: 'money',
    yFromZero: true,
    xMin: 0,
    xMax: lastMonth,
    xHeading: (x) => t('sim.axis.monthN', { n: number(locale, x) }),
  };
}
