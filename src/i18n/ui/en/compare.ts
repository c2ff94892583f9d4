/** The offer comparison (src/simulators/compare/). English defines the keys; zh-cn/compare.ts must have exactly the same. */
export const compare = {
  'simulators.compare.title': 'Compare loan offers',
  'simulators.compare.blurb':
    'Two or three offers side by side, such as a Jiebei loan, Huabei installments or a bank’s: what each costs in total, its true annual rate and which is cheaper.',
  'simulators.compare': 'offer comparison',

  'sim.compare.name': 'Loan offer comparison',
  'sim.compare.intro':
    'Enter each offer as the lender quotes it. Compare offers for the same amount and time where you can: a bigger or longer loan always costs more in total.',
  'sim.compare.count': 'Offers to compare',
  'sim.compare.count.2': 'Two',
  'sim.compare.count.3': 'Three',
  'sim.compare.offer.a': 'Offer A',
  'sim.compare.offer.b': 'Offer B',
  'sim.compare.offer.c': 'Offer C',
  'sim.compare.listSeparator': ', ',
  'sim.compare.noRate': 'not computable',
  'sim.compare.preset.jiebei-huabei-mybank':
    'Jiebei (A), Huabei installments (B) and MYbank (C), each 10,000 yuan for 12 months',
  'sim.compare.preset.repayment-methods':
    'One Jiebei loan repaid three ways: equal installments (A), equal principal (B), interest first (C)',
  'sim.compare.preset.money-kept-back': 'The same loan, received in full (A) or with 500 yuan kept back at payout (B)',
  'sim.compare.preset.custom': 'Your own numbers',

  'sim.compare.summary.like':
    '{cheapest} is the better offer: it costs {cost} beyond the money you receive, {gap} less than {dearest}, and its true annual rate is the lowest, {rate}.',
  'sim.compare.summary.split':
    '{cheapest} costs least in total, {cost}, but {lowest} charges the lowest true annual rate, {rate}. {cheapest} is cheaper in total because you repay its money sooner, not because its price is lower.',
  'sim.compare.summary.sameRate':
    'All {count} offers charge the same true annual rate, {rate}. {cheapest} costs least in total, {cost}, only because you repay its money sooner: you pay for the money for less time.',
  'sim.compare.summary.same': 'The offers cost the same: {cost} each, at a true annual rate of {rate}.',
  'sim.compare.summary.unlike':
    'These offers pay out different amounts or run for different lengths of time, so their totals do not compare directly: compare their rates. {lowest} has the lowest true annual rate, {rate}.',

  'sim.compare.fig.cheapest': 'Costs least in total',
  'sim.compare.fig.cheapestNote': '{cost} beyond the money you receive',
  'sim.compare.fig.lowestRate': 'Lowest true annual rate',
  'sim.compare.fig.allSame': 'All the same',
  'sim.compare.fig.gap': 'The dearest costs more by',
  'sim.compare.fig.gapNote': '{dearest} against {cheapest}',
  'sim.compare.fig.gapNone': 'they all cost the same',

  'sim.compare.table.caption': 'The offers side by side',
  'sim.compare.best': 'lowest',
  'sim.compare.row.method': 'How it is repaid',
  'sim.compare.row.received': 'Money you receive',
  'sim.compare.row.months': 'Months',
  'sim.compare.row.payment': 'First payment',
  'sim.compare.row.last': 'Last payment',
  'sim.compare.row.paid': 'Total repaid',
  'sim.compare.row.cost': 'Cost',
  'sim.compare.costNote':
    'Cost is all you repay beyond the money you receive: interest, fees and anything kept back at payout. The true annual rate is its price per year.',
  'sim.compare.row.rate': 'True annual rate',
  'sim.compare.simpleRate': '{rate} (simple rate: one payment at the end)',

  'sim.compare.chart.title': 'What each offer has cost so far',
  'sim.compare.chart.summary':
    'Interest, fees and any money kept back, added up month by month until each loan is repaid: {list}.',
  'sim.compare.chart.item': '{offer} {cost} over {months} months',
  'sim.compare.chart.tableCaption': 'Cost so far, month by month',
  'sim.compare.table.show': 'Show the months as a table',
  'sim.compare.csvName': 'offers-cost-by-month',
} as const;
