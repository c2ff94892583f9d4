/**
 * Engine benchmarks: run with `npx vitest bench --run` (or `npm run bench`). Figures and how to read them:
 * bench/ENGINE.md. Budget: the three simulators recomputed together, as one UI change does, < 1 ms median.
 */
import { ipmt, pmt, ppmt } from 'financial';
import { describe, expect, test } from 'vitest';
import {
  LOAN_METHODS,
  OVERDUE_PRESETS,
  SCORE_PRESETS,
  simulateLoan,
  simulateOverdue,
  simulateScore,
  simulateCompare,
  type CompareScenario,
  type LoanScenario,
  type OverdueScenario,
  type ScoreScenario,
} from '../src/engine/index';
import { buildSchedule } from '../src/engine/schedule';
import { validateLoan } from '../src/engine/validate';

const loan360: LoanScenario = {
  principal: 1_000_000,
  rateType: 'annual',
  rate: 4.2,
  term: 360,
  method: 'equal-installment',
  feeRate: 3,
};

/** Three 360-month offers side by side: the longest comparison a reader can ask for. */
const compare360: CompareScenario = {
  count: '3',
  a: loan360,
  b: { ...loan360, method: 'equal-principal' },
  c: { ...loan360, rateType: 'daily', rate: 0.04, method: 'interest-first' },
};

const overdue1825: OverdueScenario = {
  ...OVERDUE_PRESETS['stopped-365'],
  loan: loan360,
  dpd: 1825,
};

const score120: ScoreScenario = {
  start: 650,
  months: 120,
  events: [
    { month: 3, dpd: 30, amount: 900, settledMonth: 4 },
    { month: 20, dpd: 200, amount: 10_000, settledMonth: 30 },
    { month: 50, dpd: 5, amount: 300, settledMonth: 50 },
  ],
};

function must<T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

// Tinybench options: at least 1 s and 200 iterations per benchmark, after a warm-up.
const options = { time: 1_000, iterations: 200, warmupTime: 200 };

describe('engine benchmarks', () => {
  test('loan: 360-month schedule + IRR, per method (simulateLoan)', async ({ bench }) => {
    const names = LOAN_METHODS.map((method) => `simulateLoan ${method} 360 months`);
    const results = await bench.compare(
      ...LOAN_METHODS.map((method, i) => {
        const s = { ...loan360, method };
        return bench(names[i] as string, () => {
          must(simulateLoan(s));
        });
      }),
      options,
    );
    for (const name of names) logMedian(name, results.get(name));
  });

  test('overdue: 1,825-day series of a 360-month loan (simulateOverdue)', async ({ bench }) => {
    const result = await bench('simulateOverdue 1,825 days', () => {
      must(simulateOverdue(overdue1825));
    }).run(options);
    logMedian('simulateOverdue 1,825 days', result);
  });

  test('score: 120-month series, 3 events (simulateScore)', async ({ bench }) => {
    const result = await bench('simulateScore 120 months', () => {
      must(simulateScore(score120));
    }).run(options);
    logMedian('simulateScore 120 months', result);
  });

  test('compare: three 360-month offers, one UI change, within 1 ms median (simulateCompare)', async ({ bench }) => {
    const result = await bench('simulateCompare 3 × 360 months', () => {
      must(simulateCompare(compare360));
    }).run(options);
    logMedian('simulateCompare 3 × 360 months', result);
    expect(median(result)).toBeLessThan(1);
  });

  test('one UI change: loan + overdue + score recomputed together, within 1 ms median', async ({ bench }) => {
    const results = await bench.compare(
      bench('all three (360-month loan, 1,825-day overdue, 120-month score)', () => {
        must(simulateLoan(loan360));
        must(simulateOverdue(overdue1825));
        must(simulateScore(score120));
      }),
      bench('all three, presets (jiebei-12, stopped-365, unpaid-year)', () => {
        must(simulateLoan(OVERDUE_PRESETS['stopped-365'].loan));
        must(simulateOverdue(OVERDUE_PRESETS['stopped-365']));
        must(simulateScore(SCORE_PRESETS['unpaid-year']));
      }),
      options,
    );
    const worst = results.get('all three (360-month loan, 1,825-day overdue, 120-month score)');
    logMedian('all three (360-month loan, 1,825-day overdue, 120-month score)', worst);
    logMedian('all three, presets', results.get('all three, presets (jiebei-12, stopped-365, unpaid-year)'));
    expect(median(worst)).toBeLessThan(1);
  });

  test('ratio: the same 360-month equal-installment schedule, engine vs the financial package', async ({ bench }) => {
    const input = must(validateLoan(loan360));
    const P = input.principal;
    const r = 0.042 / 12;
    const results = await bench.compare(
      bench('engine buildSchedule (integer fen)', () => {
        buildSchedule(input);
      }),
      bench('financial pmt + ipmt + ppmt per period', () => {
        const rows: { payment: number; principal: number; interest: number; balance: number }[] = [];
        const payment = -pmt(r, 360, P);
        let balance: number = P;
        for (let k = 1; k <= 360; k++) {
          const interest = -ipmt(r, k, 360, P);
          const principal = -ppmt(r, k, 360, P);
          balance -= principal;
          rows.push({ payment, principal, interest, balance });
        }
      }),
      options,
    );
    const engine = median(results.get('engine buildSchedule (integer fen)'));
    const oracle = median(results.get('financial pmt + ipmt + ppmt per period'));
    logMedian('engine buildSchedule (integer fen)', results.get('engine buildSchedule (integer fen)'));
    logMedian('financial pmt + ipmt + ppmt per period', results.get('financial pmt + ipmt + ppmt per period'));
    console.info(`ratio financial / engine (median): ${(oracle / engine).toFixed(1)}×`);
  });
});

/** Prints the median, which the comparison table does not show. */
function logMedian(name: string, result: unknown): void {
  console.info(`median ${median(result).toFixed(4)} ms  ${name}`);
}

/** Median latency in ms of a benchmark result. */
function median(result: unknown): number {
  const latency = (result as { latency?: { p50?: number } }).latency;
  return latency?.p50 ?? Number.POSITIVE_INFINITY;
}
