import { describe, expect, it } from 'vitest';
import { normalizeTyped, readAmount, readNumber, sameValue } from '../../../src/simulators/shared/typed';
import { tableToCsv } from '../../../src/simulators/shared/csv';
import { formatCell, rawCell, tableOf, type TableModel } from '../../../src/simulators/shared/table';
import { DEFAULT_LOAN, simulateLoan } from '../../../src/engine';
import { loanView } from '../../../src/simulators/loan/view';
import { everyNth } from '../../../src/simulators/shared/sample';
import { simTranslator, errorMessage } from '../../../src/simulators/shared/i18n';
import { localizeErrors } from '../../../src/simulators/shared/form-errors';
import { en } from '../../../src/i18n/ui/en';
import { zhCn } from '../../../src/i18n/ui/zh-cn';

describe('reading typed numbers', () => {
  it('accepts the plain decimals the URL codec accepts', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber('0.04')).toBe(0.04);
    expect(readNumber('1e-7')).toBe(1e-7);
    expect(readNumber('-0')).toBe(0);
  });

  it('tidies a Chinese input method and thousands separators', () => {
    expect(normalizeTyped(' １２，０００．５ ')).toBe('12000.5');
    expect(readNumber('10,000')).toBe(10000);
    expect(readNumber('１０００')).toBe(1000);
  });

  it('reads an amount with the currency sign or unit a reader adds', () => {
    for (const typed of [
      '3000',
      '3000元',
      '3000 元',
      '¥3000',
      '￥3000',
      '￥3,000元',
      '３０００',
      '３，０００元',
      ' ¥ 3000 ',
    ]) {
      expect(readAmount(typed), typed).toBe(3000);
    }
    expect(readAmount('12.5元')).toBe(12.5);
    expect(readAmount('元')).toBeUndefined();
    expect(readAmount('3000美元')).toBe('3000美');
    expect(readAmount('30元00')).toBe('30元00');
    // Only amounts drop a unit: other numbers stay as strict as the URL codec.
    expect(readNumber('3000元')).toBe('3000元');
  });

  it('leaves anything else for the engine to reject, and empty as missing', () => {
    expect(readNumber('')).toBeUndefined();
    expect(readNumber('   ')).toBeUndefined();
    expect(readNumber('12abc')).toBe('12abc');
    expect(readNumber('0x10')).toBe('0x10');
    expect(readNumber('Infinity')).toBe('Infinity');
    expect(readNumber('1,2')).toBe('1,2');
  });

  it('compares scenarios structurally, ignoring absent optional fields', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, pay: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});

describe('tables and CSV', () => {
  const table: TableModel = {
    caption: 'Schedule',
    columns: [
      { key: 'period', label: 'Month', kind: 'integer' },
      { key: 'payment', label: 'Payment, "yuan"', kind: 'money' },
      { key: 'stage', label: 'Stage', kind: 'text' },
      { key: 'rate', label: 'Rate', kind: 'percent' },
    ],
    rows: [
      [1, 899.75, 'calls, early', 0.1586],
      [12, 10000, '=HYPERLINK("x")', 0],
    ],
  };

  it('writes plain numbers, quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(tableToCsv(table)).toBe(
      'Month,"Payment, ""yuan""",Stage,Rate\r\n1,899.75,"calls, early",15.86\r\n12,10000.00,"\'=HYPERLINK(""x"")",0\r\n',
    );
  });

  it('builds each row from the column specs, so a heading and its cells stay together', () => {
    const built = tableOf(
      'Squares',
      [
        { key: 'n', label: 'n', kind: 'integer', cell: (n: number) => n },
        { key: 'sq', label: 'n²', kind: 'integer', cell: (n: number) => n * n },
      ],
      [2, 3],
    );
    expect(built.columns.map((column) => column.label)).toEqual(['n', 'n²']);
    expect(built.rows).toEqual([
      [2, 4],
      [3, 9],
    ]);
    expect(tableToCsv(built)).toBe('n,n²\r\n2,4\r\n3,9\r\n');
  });

  it('writes the loan schedule CSV with one heading per column and the engine’s amounts in each row', () => {
    const result = simulateLoan(DEFAULT_LOAN);
    if (!result.ok) throw new Error('the default loan must compute');
    const { table } = loanView(result.value, 'en', simTranslator(en));
    const [heading = '', ...lines] = tableToCsv(table).trim().split('\r\n');
    expect(heading.split(',')).toHaveLength(table.columns.length);
    expect(lines).toHaveLength(result.value.rows.length);
    result.value.rows.forEach((row, i) => {
      const cells = lines[i]?.split(',') ?? [];
      expect(cells).toHaveLength(table.columns.length);
      expect(Number(cells[0])).toBe(row.period);
      expect(cells).toContain((row.payment / 100).toFixed(2));
      expect(cells).toContain((row.balance / 100).toFixed(2));
    });
  });

  it('formats the same cells for the reader', () => {
    expect(formatCell('en', 'money', 10797.01)).toBe('¥10,797.01');
    expect(formatCell('zh-cn', 'money', 10797.01)).toBe('¥10,797.01');
    expect(formatCell('en', 'percent', 0.1586)).toBe('15.86%');
    expect(rawCell('money', 0.1)).toBe('0.10');
  });

  it('downsamples a long series but keeps its last point', () => {
    const days = Array.from({ length: 1826 }, (_, i) => i);
    const sampled = everyNth(days, Math.ceil(days.length / 400));
    expect(sampled.length).toBeLessThanOrEqual(401);
    expect(sampled[0]).toBe(0);
    expect(sampled[sampled.length - 1]).toBe(1825);
    expect(everyNth([1, 2, 3], 1)).toEqual([1, 2, 3]);
  });
});

describe('localized errors', () => {
  const t = simTranslator(en);

  it('fills placeholders and shows a missing key as itself', () => {
    expect(t('sim.error.outOfRange', { min: 1, max: 360 })).toBe('Enter a value from 1 to 360.');
    expect(simTranslator({})('sim.csv')).toBe('sim.csv');
  });

  it('turns engine codes into sentences with the limits in the field’s unit', () => {
    expect(errorMessage(t, { field: 'term', code: 'out-of-range', min: 1, max: 360 }, (v) => `${v} months`)).toBe(
      'Enter a value from 1 months to 360 months.',
    );
    expect(errorMessage(t, { field: 'p', code: 'not-a-number' }, String)).toBe(en['sim.error.notANumber']);
    expect(errorMessage(t, { field: 'p', code: 'invalid-format' }, String)).toBe(en['sim.error.invalid']);
  });

  it('gives each field its first error and lists them for the summary', () => {
    const { byKey, items } = localizeErrors(
      [
        { field: 'principal', code: 'out-of-range', min: 1, max: 10_000_000 },
        { field: 'principal', code: 'required' },
        { field: 'term', code: 'not-an-integer' },
      ],
      [
        { key: 'p', kind: 'decimal', label: 'Amount borrowed', unit: 'yuan' },
        { key: 'n', kind: 'integer', label: 'Term', unit: 'months' },
      ],
      (path) => ({ principal: 'p', term: 'n' })[path],
      (key) => `sim-${key}`,
      t,
      'en',
    );
    expect(byKey).toEqual({ p: 'Enter a value from 1 yuan to 10,000,000 yuan.', n: en['sim.error.notAnInteger'] });
    expect(items.map((i) => i.id)).toEqual(['sim-p', 'sim-n']);
  });

  it('writes Chinese limits without spaces around the numbers and units', () => {
    const { byKey } = localizeErrors(
      [{ field: 'principal', code: 'out-of-range', min: 1, max: 10_000_000 }],
      [{ key: 'p', kind: 'decimal', label: '借款金额', unit: '元' }],
      () => 'p',
      (key) => `sim-${key}`,
      simTranslator(zhCn),
      'zh-cn',
    );
    expect(byKey.p).toBe('请输入1元到10,000,000元之间的数值。');
  });
});
