/**
 * The search query set: what readers type, and the page that must come first. Where two pages answer a
 * query equally well, both are listed and either counts as a hit. Paths are locale-free article paths.
 * Kept apart from the test so it can grow without touching test code.
 */
export interface SearchCase {
  query: string;
  expect: string[];
}

export const ZH_QUERIES: SearchCase[] = [
  { query: '征信', expect: ['credit/report-vs-score'] },
  { query: '逾期', expect: ['overdue/what-happens'] },
  { query: '罚息', expect: ['overdue/what-happens'] },
  { query: '催收', expect: ['overdue/collection'] },
  { query: '借呗', expect: ['products/jiebei'] },
  { query: '花呗', expect: ['products/huabei'] },
  { query: '芝麻分', expect: ['credit/report-vs-score'] },
  { query: '失信被执行人', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '个性化分期', expect: ['help/if-you-cant-pay'] },
  { query: '逾期多久上征信', expect: ['overdue/what-happens', 'credit/report-vs-score'] },
  { query: '催收打电话给家人', expect: ['overdue/collection'] },
  { query: '网商贷', expect: ['products/mybank-loans'] },
  { query: '花呗分期手续费', expect: ['products/huabei'] },
  { query: '年化利率', expect: ['basics/interest-and-apr'] },
  { query: '等额本息和等额本金', expect: ['basics/interest-and-apr'] },
  { query: '以贷养贷', expect: ['products/before-you-borrow', 'help/if-you-cant-pay'] },
  { query: '征信修复', expect: ['credit/recovery'] },
  { query: '一次性信用修复', expect: ['credit/recovery'] },
  { query: '不良记录保留几年', expect: ['credit/recovery'] },
  { query: '限制高消费', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '被起诉', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '诉讼时效', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '征信异议', expect: ['credit/report-vs-score'] },
  { query: '免费查征信报告', expect: ['credit/report-vs-score'] },
  { query: '爆通讯录', expect: ['overdue/collection'] },
  { query: '上门催收', expect: ['overdue/collection'] },
  { query: '还不上钱怎么办', expect: ['help/if-you-cant-pay'] },
  { query: '借呗宽限期', expect: ['overdue/what-happens', 'products/jiebei'] },
  { query: '自动扣款顺序', expect: ['overdue/what-happens'] },
  { query: '风控', expect: ['basics/credit-and-risk'] },
  { query: '信用卡诈骗', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '停息挂账', expect: ['help/if-you-cant-pay'] },
  { query: '百行征信', expect: ['credit/report-vs-score'] },
  { query: '借钱之前', expect: ['products/before-you-borrow'] },
  { query: '开店周转逾期', expect: ['help/stories'] },
];

export const EN_QUERIES: SearchCase[] = [
  { query: 'credit report', expect: ['credit/report-vs-score'] },
  { query: 'Sesame score', expect: ['credit/report-vs-score'] },
  { query: 'penalty interest', expect: ['overdue/what-happens'] },
  { query: 'debt collection', expect: ['overdue/collection'] },
  { query: 'collector called my friends', expect: ['overdue/collection'] },
  { query: 'Jiebei', expect: ['products/jiebei'] },
  { query: 'Huabei installment fee', expect: ['products/huabei'] },
  { query: 'MYbank', expect: ['products/mybank-loans'] },
  { query: 'APR', expect: ['basics/interest-and-apr'] },
  { query: 'equal principal', expect: ['basics/interest-and-apr'] },
  { query: 'dishonest debtor list', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: 'limitation period', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: 'credit repair scam', expect: ['credit/recovery'] },
  { query: 'one-off credit repair', expect: ['credit/recovery'] },
  { query: 'how long does an overdue record stay', expect: ['credit/recovery'] },
  { query: 'objection', expect: ['credit/report-vs-score'] },
  { query: "can't pay", expect: ['help/if-you-cant-pay'] },
  { query: 'hardship plan', expect: ['help/if-you-cant-pay'] },
  { query: 'borrowing to repay', expect: ['products/before-you-borrow', 'help/if-you-cant-pay'] },
  { query: 'grace period', expect: ['overdue/what-happens', 'products/jiebei'] },
  { query: 'risk control', expect: ['basics/credit-and-risk'] },
  { query: 'credit card fraud', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: 'shop owner', expect: ['help/stories'] },
  { query: 'lawsuit', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: 'compare loan offers', expect: ['products/before-you-borrow'] },
];
