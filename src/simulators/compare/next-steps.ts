/** The articles and answers that explain the offer comparison, linked from its page (locale-free site paths). */
export const EXPLAINED_IN = [
  'basics/interest-and-apr',
  'answers/daily-rate-to-annual-rate',
  'answers/huabei-installment-real-apr',
  'answers/jiebei-equal-installments-vs-interest-first',
  'answers/upfront-deduction-interest',
  'products/before-you-borrow',
] as const;
