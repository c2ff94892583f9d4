/**
 * The search query set: what readers type, and the page that must come first. Where two pages answer a
 * query equally well, both are listed and either counts as a hit. Paths are locale-free page paths.
 * Kept apart from the test so it can grow without touching test code. When the site gained nine articles and
 * the answers, a query whose new top page answers it as well as the old one (以贷养贷 → help/many-debts,
 * 借呗宽限期 → the grace-period answer) gained that page as an alternative; none lost its original page. 征信异议
 * gained credit/reading-your-report, the article whose title names 异议 (as the English "objection" already has).
 * The bare 征信 gained it too (2026-12-03): the article on reading one's credit report answers that word as well as
 * the report-vs-score one, and it fell to fourth when the loan simulator's methodology grew.
 */
export interface SearchCase {
  query: string;
  expect: string[];
}

export const ZH_QUERIES: SearchCase[] = [
  { query: '征信', expect: ['credit/report-vs-score', 'credit/reading-your-report'] },
  { query: '逾期', expect: ['overdue/what-happens'] },
  { query: '罚息', expect: ['overdue/what-happens'] },
  { query: '催收', expect: ['overdue/collection'] },
  { query: '借呗', expect: ['products/jiebei'] },
  { query: '花呗', expect: ['products/huabei'] },
  { query: '芝麻分', expect: ['credit/report-vs-score'] },
  { query: '失信被执行人', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '个性化分期', expect: ['help/if-you-cant-pay', 'help/negotiating'] },
  {
    query: '逾期多久上征信',
    expect: [
      'overdue/what-happens',
      'credit/report-vs-score',
      'answers/jiebei-one-day-late-credit-report',
      'answers/notice-before-credit-report',
    ],
  },
  { query: '催收打电话给家人', expect: ['overdue/collection'] },
  { query: '网商贷', expect: ['products/mybank-loans'] },
  { query: '花呗分期手续费', expect: ['products/huabei', 'answers/huabei-installment-real-apr'] },
  { query: '年化利率', expect: ['basics/interest-and-apr'] },
  { query: '等额本息和等额本金', expect: ['basics/interest-and-apr'] },
  { query: '以贷养贷', expect: ['products/before-you-borrow', 'help/if-you-cant-pay', 'help/many-debts'] },
  { query: '征信修复', expect: ['credit/recovery'] },
  { query: '一次性信用修复', expect: ['credit/recovery'] },
  { query: '不良记录保留几年', expect: ['credit/recovery', 'answers/how-long-overdue-record-stays'] },
  { query: '限制高消费', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '被起诉', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '诉讼时效', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: '征信异议', expect: ['credit/report-vs-score', 'credit/reading-your-report'] },
  {
    query: '免费查征信报告',
    expect: ['credit/report-vs-score', 'credit/reading-your-report', 'answers/free-credit-report'],
  },
  { query: '爆通讯录', expect: ['overdue/collection'] },
  { query: '上门催收', expect: ['overdue/collection'] },
  { query: '还不上钱怎么办', expect: ['help/if-you-cant-pay'] },
  { query: '借呗宽限期', expect: ['overdue/what-happens', 'products/jiebei', 'answers/jiebei-grace-period'] },
  { query: '自动扣款顺序', expect: ['overdue/what-happens'] },
  { query: '风控', expect: ['basics/credit-and-risk'] },
  { query: '信用卡诈骗', expect: ['overdue/lawsuits-and-enforcement', 'products/credit-card-vs-huabei'] },
  { query: '停息挂账', expect: ['help/if-you-cant-pay', 'help/scams', 'answers/is-interest-freeze-real'] },
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
  { query: 'credit repair scam', expect: ['credit/recovery', 'help/scams', 'answers/is-credit-repair-a-scam'] },
  { query: 'one-off credit repair', expect: ['credit/recovery'] },
  {
    query: 'how long does an overdue record stay',
    expect: ['credit/recovery', 'answers/how-long-overdue-record-stays'],
  },
  { query: 'objection', expect: ['credit/report-vs-score', 'credit/reading-your-report'] },
  { query: "can't pay", expect: ['help/if-you-cant-pay'] },
  { query: 'hardship plan', expect: ['help/if-you-cant-pay', 'help/negotiating'] },
  { query: 'borrowing to repay', expect: ['products/before-you-borrow', 'help/if-you-cant-pay', 'help/many-debts'] },
  { query: 'grace period', expect: ['overdue/what-happens', 'products/jiebei'] },
  { query: 'risk control', expect: ['basics/credit-and-risk'] },
  { query: 'credit card fraud', expect: ['overdue/lawsuits-and-enforcement', 'products/credit-card-vs-huabei'] },
  { query: 'shop owner', expect: ['help/stories', 'products/mybank-loans'] },
  { query: 'lawsuit', expect: ['overdue/lawsuits-and-enforcement'] },
  { query: 'compare loan offers', expect: ['products/before-you-borrow'] },
];

/**
 * Whole questions, typed the way readers type them (particles, slang, no punctuation), each with the answer page
 * that must come first. They differ from the answers' own titles on purpose: a reader never types the title.
 */
export const ZH_QUESTIONS: SearchCase[] = [
  { query: '网贷还不上会不会坐牢', expect: ['answers/will-i-go-to-jail-for-not-paying'] },
  { query: '借呗晚还一天上征信吗', expect: ['answers/jiebei-one-day-late-credit-report'] },
  { query: '催收给我爸妈打电话合法吗', expect: ['answers/can-collectors-call-my-parents'] },
  { query: '催收打电话给我妈', expect: ['answers/can-collectors-call-my-parents'] },
  { query: '催收打电话给家人合法吗', expect: ['answers/can-collectors-call-my-parents'] },
  { query: '被爆通讯录了咋办', expect: ['answers/contact-list-blasted'] },
  { query: '逾期记录几年能消掉', expect: ['answers/how-long-overdue-record-stays'] },
  { query: '老公欠的网贷要我还吗', expect: ['answers/do-i-have-to-pay-my-spouses-online-loans'] },
  { query: '父债子还吗', expect: ['answers/do-children-have-to-pay-parents-debts'] },
  { query: '收到法院调解短信是真的吗', expect: ['answers/is-the-court-mediation-text-real'] },
  { query: '被起诉了不去法院会怎么样', expect: ['answers/what-if-i-ignore-the-court'] },
  { query: '欠网贷会不会被拉进黑名单', expect: ['answers/will-i-be-put-on-the-dishonest-list'] },
  { query: '被限高还能坐高铁吗', expect: ['answers/can-i-take-the-train-if-restricted'] },
  { query: '工资会不会被扣', expect: ['answers/can-the-court-take-my-wages'] },
  { query: '停息挂账靠谱吗', expect: ['answers/is-interest-freeze-real'] },
  { query: '征信修复是不是骗人的', expect: ['answers/is-credit-repair-a-scam'] },
  { query: '花呗分期利息到底多少', expect: ['answers/huabei-installment-real-apr'] },
  { query: '借呗逾期罚息是怎么算的', expect: ['answers/penalty-interest-how-calculated'] },
  { query: '借呗有没有宽限期', expect: ['answers/jiebei-grace-period'] },
  { query: '逾期会自动扣余额宝的钱吗', expect: ['answers/auto-deduction-yuebao'] },
  { query: '征信报告有错怎么办', expect: ['answers/credit-report-error-objection'] },
  { query: '芝麻分和征信是一回事吗', expect: ['answers/sesame-score-vs-credit-report'] },
  { query: '催收半夜打电话怎么办', expect: ['answers/collection-calls-at-night'] },
  { query: '人死了网贷谁还', expect: ['answers/who-pays-online-loans-after-death'] },
  { query: '我是紧急联系人要替他还钱吗', expect: ['answers/does-the-emergency-contact-have-to-pay'] },
  { query: '能不能跟借呗协商分期', expect: ['answers/can-i-negotiate-installments-with-jiebei'] },
  { query: '罚息可以减免吗', expect: ['answers/can-penalty-interest-be-waived'] },
  { query: '欠好几个平台先还哪个', expect: ['answers/which-debt-to-pay-first'] },
  { query: '还清了征信多久恢复', expect: ['answers/credit-report-after-paying-off'] },
  { query: '中国能个人破产吗', expect: ['answers/does-china-have-personal-bankruptcy'] },
  { query: '结清证明在哪开', expect: ['answers/how-to-get-a-settlement-certificate'] },
  { query: '网贷逾期了会变老赖吗', expect: ['answers/will-i-be-put-on-the-dishonest-list'] },
  { query: '老婆借的网贷我要不要还', expect: ['answers/do-i-have-to-pay-my-spouses-online-loans'] },
];

export const EN_QUESTIONS: SearchCase[] = [
  { query: 'can debt collectors call my mom', expect: ['answers/can-collectors-call-my-parents'] },
  { query: 'will i go to jail for not paying my loan', expect: ['answers/will-i-go-to-jail-for-not-paying'] },
  { query: 'how long does a late payment stay on my credit report', expect: ['answers/how-long-overdue-record-stays'] },
  { query: "do i have to pay my husband's loans", expect: ['answers/do-i-have-to-pay-my-spouses-online-loans'] },
  { query: 'is the court mediation text real', expect: ['answers/is-the-court-mediation-text-real'] },
  { query: 'can they freeze my bank card', expect: ['answers/can-the-court-freeze-my-bank-card'] },
  { query: 'does jiebei have a grace period', expect: ['answers/jiebei-grace-period'] },
  { query: 'does huabei show on my credit report', expect: ['answers/huabei-on-credit-report'] },
  { query: 'is credit repair a scam', expect: ['answers/is-credit-repair-a-scam'] },
  { query: 'who pays the loans when someone dies', expect: ['answers/who-pays-online-loans-after-death'] },
  { query: 'can i leave china if i owe money', expect: ['answers/can-i-leave-china-with-unpaid-debts'] },
  { query: 'collector is threatening me', expect: ['answers/collector-threats-call-police', 'overdue/collection'] },
  { query: 'how do i dispute a mistake on my credit report', expect: ['answers/credit-report-error-objection'] },
  { query: 'can they waive the penalty interest', expect: ['answers/can-penalty-interest-be-waived'] },
  { query: 'which debt should i pay first', expect: ['answers/which-debt-to-pay-first'] },
  { query: 'how to check my credit report for free', expect: ['answers/free-credit-report'] },
  { query: 'what happens if i ignore the court', expect: ['answers/what-if-i-ignore-the-court'] },
  { query: 'will my wife have to pay my online loans', expect: ['answers/do-i-have-to-pay-my-spouses-online-loans'] },
];
