import type { compare as en } from '../en/compare';

/** 借款方案比较（src/simulators/compare/）。键与 en/compare.ts 完全一致。 */
export const compare = {
  'simulators.compare.title': '比较借款方案',
  'simulators.compare.blurb':
    '把两到三个方案放在一起比，比如借呗、花呗分期或银行的贷款：各自总共花多少钱、真实年化利率多少、哪个更省。',
  'simulators.compare': '借款方案比较',

  'sim.compare.name': '借款方案比较',
  'sim.compare.intro': '按贷款方给出的报价逐一填写。尽量比较金额和期限相同的方案：借得越多、越久，总成本自然越高。',
  'sim.compare.count': '比较几个方案',
  'sim.compare.count.2': '两个',
  'sim.compare.count.3': '三个',
  'sim.compare.offer.a': '方案A',
  'sim.compare.offer.b': '方案B',
  'sim.compare.offer.c': '方案C',
  'sim.compare.listSeparator': '、',
  'sim.compare.noRate': '无法计算',
  'sim.compare.preset.jiebei-huabei-mybank': '借呗（A）、花呗分期（B）与网商贷（C），各借1万元12个月',
  'sim.compare.preset.repayment-methods': '同一笔借呗借款三种还法：等额本息（A）、等额本金（B）、先息后本（C）',
  'sim.compare.preset.money-kept-back': '同一笔借款：全额到手（A）或放款时先扣500元（B）',
  'sim.compare.preset.custom': '自定义数值',

  'sim.compare.summary.like':
    '{cheapest}更划算：除了实际到手的钱，你要多付{cost}，比{dearest}少{gap}，真实年化利率也最低，为{rate}。',
  'sim.compare.summary.split':
    '{cheapest}总成本最低，为{cost}；但{lowest}的真实年化利率最低，为{rate}。{cheapest}总共花得少，是因为本金还得更早，而不是价格更低。',
  'sim.compare.summary.sameRate':
    '这{count}个方案的真实年化利率相同，都是{rate}。{cheapest}总成本最低，为{cost}，只是因为本金还得更早、占用资金的时间更短。',
  'sim.compare.summary.same': '这些方案成本相同：每个都是{cost}，真实年化利率{rate}。',
  'sim.compare.summary.unlike':
    '这些方案到手金额或期限不同，总成本不能直接比较，应该比较利率：{lowest}的真实年化利率最低，为{rate}。',

  'sim.compare.fig.cheapest': '总成本最低',
  'sim.compare.fig.cheapestNote': '到手金额之外多付{cost}',
  'sim.compare.fig.lowestRate': '真实年化利率最低',
  'sim.compare.fig.allSame': '全部相同',
  'sim.compare.fig.gap': '最贵的方案多花',
  'sim.compare.fig.gapNote': '{dearest}与{cheapest}相比',
  'sim.compare.fig.gapNone': '各方案成本相同',

  'sim.compare.table.caption': '各方案对照',
  'sim.compare.best': '最低',
  'sim.compare.row.method': '还款方式',
  'sim.compare.row.received': '实际到手',
  'sim.compare.row.months': '月数',
  'sim.compare.row.payment': '首期还款',
  'sim.compare.row.last': '末期还款',
  'sim.compare.row.paid': '还款总额',
  'sim.compare.row.cost': '成本',
  'sim.compare.costNote':
    '成本指到手金额之外要多还的全部钱：利息、手续费和放款时先扣的钱。真实年化利率是它按年计的价格。',
  'sim.compare.row.rate': '真实年化利率',
  'sim.compare.simpleRate': '{rate}（单利：到期一次还清）',

  'sim.compare.chart.title': '各方案累计花费',
  'sim.compare.chart.summary': '利息、手续费和放款时先扣的钱，按月累计到还清为止：{list}。',
  'sim.compare.chart.item': '{offer}{months}个月共{cost}',
  'sim.compare.chart.tableCaption': '逐月累计成本',
  'sim.compare.table.show': '以表格查看逐月数据',
  'sim.compare.csvName': '各方案逐月成本',
} as const satisfies Record<keyof typeof en, string>;
