/**
 * The golden set of simulator URLs: shared links are a public interface, so each of these must keep decoding to
 * the same scenario, with the same notices, and computing the same figures. `scripts/record-golden-urls.mjs`
 * records what the code computes into simulator-urls.json; tests/unit/simulators/golden-urls.test.ts replays it.
 * Add URLs freely (then re-record); never re-record to make a changed figure pass without saying so.
 */
import type { SimulatorKind } from '../../src/engine/scenario';

export type GoldenKind = SimulatorKind;

export const GOLDEN_URLS: readonly { kind: GoldenKind; query: string; why: string }[] = [
  // Presets, as articles and answers link to them.
  ...[
    'jiebei-12',
    'jiebei-interest-first',
    'huabei-3',
    'huabei-6',
    'huabei-9',
    'huabei-12',
    'mybank-12',
    'card-minimum',
    'custom',
  ].map((id) => ({ kind: 'loan' as const, query: `preset=${id}`, why: 'loan preset' })),
  ...['jiebei-30', 'huabei-30', 'shop-owner-20', 'stopped-365'].map((id) => ({
    kind: 'overdue' as const,
    query: `preset=${id}`,
    why: 'overdue preset',
  })),
  ...['one-late-30', 'unpaid-year'].map((id) => ({
    kind: 'score' as const,
    query: `preset=${id}`,
    why: 'score preset',
  })),
  ...['jiebei-huabei-mybank', 'repayment-methods', 'money-kept-back', 'custom'].map((id) => ({
    kind: 'compare' as const,
    query: `preset=${id}`,
    why: 'comparison preset',
  })),
  // No query at all: the default scenario.
  { kind: 'compare', query: '', why: 'default' },
  {
    kind: 'compare',
    query:
      'k=2&p1=5000&rt1=annual&r1=18&n1=24&m1=equal-principal&f1=0&p2=5000&d2=200&rt2=daily&r2=0.03&n2=24&m2=bullet&f2=0',
    why: 'two offers, annual against a bullet with money kept back',
  },
  { kind: 'compare', query: 'preset=repayment-methods&k=2&n2=6', why: 'preset with an override: unlike terms' },
  { kind: 'compare', query: 'k=4&n3=0&m2=balloon&p1=abc', why: 'bad count and bad fields in several offers' },
  { kind: 'compare', query: 'k=2&r3=5', why: 'a bad value in the offer left out' },
  { kind: 'loan', query: '', why: 'default' },
  { kind: 'overdue', query: '', why: 'default' },
  { kind: 'score', query: '', why: 'default' },
  // Custom values, as the share button writes them.
  { kind: 'loan', query: 'p=10000&rt=daily&r=0.04&n=12&m=equal-installment&f=0', why: 'canonical jiebei' },
  { kind: 'loan', query: 'p=3000&rt=annual&r=18&n=24&m=equal-principal&f=0', why: 'annual rate, equal principal' },
  { kind: 'loan', query: 'p=50000&rt=daily&r=0.05&n=36&m=interest-first&f=0', why: 'interest first' },
  { kind: 'loan', query: 'p=12000&rt=annual&r=7.2&n=12&m=bullet&f=0', why: 'bullet' },
  { kind: 'loan', query: 'p=8888.88&rt=daily&r=0&n=6&m=fee-installment&f=4.5', why: 'fee installment, cents' },
  { kind: 'loan', query: 'p=1000000&rt=annual&r=4.2&n=360&m=equal-installment&f=0', why: 'mortgage-like, 360 months' },
  { kind: 'loan', query: 'p=1&rt=daily&r=1&n=1&m=equal-installment&f=0', why: 'smallest amount, highest daily rate' },
  { kind: 'loan', query: 'p=10000000&rt=annual&r=365&n=360&m=equal-installment&f=100', why: 'every maximum' },
  { kind: 'loan', query: 'preset=huabei-12&p=5000', why: 'preset with an override' },
  { kind: 'loan', query: 'p=20000&n=24', why: 'partial query over the default' },
  { kind: 'loan', query: 'p=1e4&r=.04', why: 'exponent and leading dot' },
  { kind: 'overdue', query: 'preset=huabei-30&dpd=60', why: 'preset with an override' },
  {
    kind: 'overdue',
    query: 'mode=amount&a=10000&rule=huabei&dpd=30',
    why: 'rule named without its values (kept as today)',
  },
  {
    kind: 'overdue',
    query:
      'mode=loan&miss=3&dpd=95&rule=jiebei&x=1.5&pd=0&g=3&c=1&date=2026-01-31&p=20000&rt=daily&r=0.05&n=12&m=equal-installment&f=0',
    why: 'loan mode, compound, grace, month-end',
  },
  { kind: 'overdue', query: 'preset=stopped-365&pay=200', why: 'paid on day 200' },
  {
    kind: 'overdue',
    query: 'mode=loan&miss=1&dpd=200&rule=jiebei&acc=90&p=10000&rt=daily&r=0.04&n=12&m=equal-installment',
    why: 'acceleration after 90 days, without the preset',
  },
  {
    kind: 'overdue',
    query: 'preset=shop-owner-20&dpd=120&acc=60&c=1',
    why: 'acceleration with compound interest on',
  },
  { kind: 'overdue', query: 'preset=stopped-365&acc=0&pay=45', why: 'acceleration on the first missed due date' },
  {
    kind: 'overdue',
    query: 'mode=amount&a=3000&dpd=1825&rule=custom&x=0&pd=0.1&g=0&c=0&date=2028-02-29',
    why: 'longest, leap day',
  },
  { kind: 'overdue', query: 'mode=amount&a=900&dpd=0', why: 'zero days late' },
  { kind: 'overdue', query: 'preset=shop-owner-20&date=2099-12-31', why: 'last allowed date' },
  { kind: 'score', query: 's=700&mo=60&e=2_90_5000_-', why: 'one event never settled' },
  { kind: 'score', query: 's=650&mo=84&e=none', why: 'no events' },
  { kind: 'score', query: 's=350&mo=120&e=1_1825_10000000_-&e=120_1_1_120', why: 'extremes' },
  { kind: 'score', query: 's=950&mo=1&e=1_30_900_1', why: 'one month shown' },
  { kind: 'score', query: 'e=3_30_900_4&e=15_60_2000_16&e=27_120_5000_-', why: 'three events' },
  { kind: 'score', query: 's=400&mo=40&e=1_1825_5000_30', why: 'settled at the floor: climbs from it the next month' },
  // Hostile or broken: each must give a valid scenario and the same notices as today.
  { kind: 'loan', query: 'p=abc&n=24', why: 'not a number' },
  { kind: 'loan', query: 'n=12.5', why: 'not an integer' },
  { kind: 'loan', query: 'p=0x10&r=Infinity&n=%2012', why: 'hex, Infinity, leading space' },
  { kind: 'loan', query: 'p=-5&r=-1&n=0&f=101', why: 'out of range everywhere' },
  { kind: 'loan', query: 'p=10000.001', why: 'too many decimals' },
  { kind: 'loan', query: 'rt=weekly&m=balloon', why: 'unknown options' },
  { kind: 'loan', query: 'preset=nope&p=5000', why: 'unknown preset' },
  { kind: 'loan', query: 'preset=__proto__', why: 'prototype key as preset' },
  { kind: 'loan', query: 'p=&r=&n=', why: 'empty values' },
  { kind: 'loan', query: 'rt=daily&r=5', why: 'daily rate above 1 %' },
  { kind: 'loan', query: 'p=%3Cscript%3Ealert(1)%3C%2Fscript%3E&m=%22%3E%3Cimg', why: 'markup in values' },
  { kind: 'loan', query: 'p=10000&p=20000&zz=1&constructor=1', why: 'repeated and unknown keys' },
  { kind: 'overdue', query: 'preset=stopped-365&pay=400', why: 'pay after the last day' },
  { kind: 'overdue', query: 'mode=loan&miss=13&n=12', why: 'missed period beyond the term' },
  { kind: 'overdue', query: 'date=2026-02-30&c=yes&mode=boat', why: 'bad date, boolean, option' },
  { kind: 'overdue', query: 'dpd=1826&g=91&x=11&pd=1.5', why: 'limits' },
  { kind: 'overdue', query: 'preset=stopped-365&acc=1826', why: 'acceleration day beyond the limit' },
  { kind: 'overdue', query: 'mode=loan&acc=1.5', why: 'acceleration day not whole' },
  { kind: 'overdue', query: 'date=1999-12-31&a=0', why: 'date before 2000, zero amount' },
  { kind: 'overdue', query: 'rule=__proto__&preset=toString', why: 'prototype keys' },
  { kind: 'overdue', query: 'p=abc&rt=weekly&n=0', why: 'bad nested loan' },
  { kind: 'score', query: 's=9999', why: 'score out of range' },
  { kind: 'score', query: 'e=2_90', why: 'event with too few parts' },
  { kind: 'score', query: 'mo=12&e=13_30_900_14', why: 'event after the months shown' },
  { kind: 'score', query: 'e=3_30_900_2', why: 'settled before it was late' },
  { kind: 'score', query: 'e=a_b_c_d&e=3_30_900_4', why: 'one bad event among good ones' },
  {
    kind: 'score',
    query:
      'e=1_30_1_-&e=2_30_1_-&e=3_30_1_-&e=4_30_1_-&e=5_30_1_-&e=6_30_1_-&e=7_30_1_-&e=8_30_1_-&e=9_30_1_-&e=10_30_1_-&e=11_30_1_-',
    why: 'too many events',
  },
  { kind: 'score', query: 'e=3_0_900_4&s=&mo=abc', why: 'zero days late, empty and bad numbers' },
  { kind: 'score', query: 'preset=unpaid-year&e=none&s=700', why: 'preset with events removed' },
];
