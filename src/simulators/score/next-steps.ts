/** The articles and answers that explain the credit-record simulator, linked from its page (locale-free site paths). */
export const EXPLAINED_IN = [
  'credit/report-vs-score',
  'credit/reading-your-report',
  'credit/recovery',
  'answers/how-long-overdue-record-stays',
] as const;
