/**
 * Domain words that general word segmenters (ICU's dictionary in Intl.Segmenter) split into single characters,
 * so search keeps them whole. The published lexicon (/search-lexicon.json) adds every article keyword and
 * glossary term to these; this list covers words readers type that may not be anyone's keyword.
 */
export const CURATED_WORDS = [
  '征信', '征信报告', '信用报告', '催收', '借呗', '花呗', '网商贷', '网商银行', '罚息', '逾期', '芝麻分', '芝麻信用',
  '失信', '失信被执行人', '限制高消费', '限高', '个性化分期', '停息挂账', '以贷养贷', '通讯录', '爆通讯录', '宽限期',
  '呆账', '坏账', '百行征信', '异议', '信用修复', '征信修复', '一次性信用修复', '等额本息', '等额本金', '先息后本',
  '年化利率', '日利率', '手续费', '分期', '诉讼时效', '强制执行', '起诉', '风控', '额度', '自动扣款', '还款日',
  '账单日', '最低还款', '上门催收', '家人', '信用卡诈骗', '恶意透支', '周转', '开店',
];
