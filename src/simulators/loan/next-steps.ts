/** The articles and answers that explain the loan simulator, linked from its page (locale-free site paths). */
export const EXPLAINED_IN = [
  'basics/interest-and-apr',
  'products/jiebei',
  'products/huabei',
  'answers/huabei-installment-real-apr',
  'products/before-you-borrow',
] as const;
