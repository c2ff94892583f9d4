import type { AprBand } from './view';

/** Where the loan simulator sends a reader next, by where the true annual rate stands (locale-free site paths). */
export const NEXT_BY_BAND: Readonly<Record<AprBand, readonly string[]>> = {
  'up-to-24': [
    'answers/daily-rate-to-annual-rate',
    'answers/huabei-installment-real-apr',
    'products/before-you-borrow',
  ],
  'over-24': ['answers/jiebei-above-12-percent-usury', 'answers/upfront-deduction-interest', 'help/negotiating'],
};

/** The articles and answers that explain the loan simulator, linked from its page (locale-free site paths). */
export const EXPLAINED_IN = [
  'basics/interest-and-apr',
  'products/jiebei',
  'products/huabei',
  'answers/huabei-installment-real-apr',
  'products/before-you-borrow',
] as const;
