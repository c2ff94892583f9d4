import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { LoanState } from '../../../src/simulators/loan/state.svelte';
import { OverdueState } from '../../../src/simulators/overdue/state.svelte';
import { ScoreState } from '../../../src/simulators/score/state.svelte';
import { LOAN_PRESETS, OVERDUE_PRESETS, SCORE_PRESETS } from '../../../src/engine/presets';
import { simulateLoan } from '../../../src/engine/schedule';
import { pathPresets } from '../../../src/lib/preset-paths';

// The rune state classes the islands bind to, driven the way a reader drives the form.
describe('simulator state', () => {
  it('starts from a preset, and from the default scenario for an unknown one', () => {
    expect(new LoanState('huabei-12').scenario).toEqual(LOAN_PRESETS['huabei-12']);
    expect(new LoanState('huabei-12').preset).toBe('huabei-12');
    expect(new LoanState('no-such-preset').scenario).toEqual(LOAN_PRESETS.custom);
  });

  it('recomputes the figures as the reader types', () => {
    const sim = new LoanState('jiebei-12');
    sim.set('n', '24');
    const expected = simulateLoan({ ...LOAN_PRESETS['jiebei-12'], term: 24 });
    expect(expected.ok && sim.output).toEqual(expected.ok && expected.value);
    expect(sim.errors).toEqual([]);
    expect(sim.dirty).toBe(true);
  });

  it('keeps the last valid scenario and figures on screen while a field is invalid', () => {
    const sim = new LoanState('jiebei-12');
    sim.set('p', '20000');
    const shown = sim.output;
    sim.set('p', '-5');
    expect(sim.errors).toEqual([{ field: 'principal', code: 'out-of-range', min: 1, max: 10_000_000 }]);
    expect(sim.output).toBe(shown);
    expect(sim.scenario.principal).toBe(20_000);
    sim.set('p', '２０，０００'); // full-width digits and a Chinese comma, as an input method types them
    expect(sim.errors).toEqual([]);
    expect(sim.scenario.principal).toBe(20_000);
  });

  it('reads an amount typed with its unit or currency sign as the plain number', () => {
    const plain = new OverdueState('jiebei-30');
    plain.set('a', '3000');
    for (const typed of ['3000元', '¥3000', '￥3,000', '３０００']) {
      const sim = new OverdueState('jiebei-30');
      sim.set('a', typed);
      expect(sim.errors, typed).toEqual([]);
      expect(sim.output, typed).toEqual(plain.output);
    }
    const loan = new LoanState('jiebei-12');
    loan.set('p', '20000元');
    expect(loan.scenario.principal).toBe(20_000);
  });

  it('puts the missed due date at today minus the days late, until the reader sets one', async () => {
    const sim = new OverdueState('jiebei-30');
    const before = sim.output;
    sim.dateFromToday('2027-03-15');
    expect(sim.text.date).toBe('2027-02-13');
    expect(sim.dirty).toBe(false);
    expect(sim.preset).toBe('jiebei-30');
    expect(sim.output.final).toEqual(before.final);
    expect(await sim.currentQuery()).not.toMatch(/date=/);
    sim.set('dpd', '45');
    expect(sim.text.date).toBe('2027-01-29');
    sim.applyPreset('huabei-30');
    expect(sim.text.date).toBe('2027-02-13');
    sim.set('date', '2026-05-01');
    sim.set('dpd', '10');
    expect(sim.text.date).toBe('2026-05-01');
    expect(await sim.currentQuery()).toMatch(/date=2026-05-01/);
  });

  it('keeps the date a link gives', async () => {
    const sim = new OverdueState();
    sim.dateFromToday('2027-03-15');
    await sim.loadQuery('?dpd=10&date=2026-02-01');
    expect(sim.text.date).toBe('2026-02-01');
    const other = new OverdueState();
    other.dateFromToday('2027-03-15');
    await other.loadQuery('?dpd=10');
    expect(other.text.date).toBe('2027-03-05');
  });

  it('recognises a preset typed by hand, and any change as custom', () => {
    const sim = new LoanState('jiebei-12');
    sim.set('m', 'fee-installment');
    sim.set('r', '0');
    sim.set('f', '8.8');
    expect(sim.preset).toBe('huabei-12');
    sim.set('f', '8.7');
    expect(sim.preset).toBeNull();
    sim.applyPreset('mybank-12');
    expect(sim.preset).toBe('mybank-12');
    expect(sim.scenario).toEqual(LOAN_PRESETS['mybank-12']);
  });

  it('reads a shared URL: bad values are replaced and reported, and the URL is then rewritten', async () => {
    const sim = new OverdueState();
    await sim.loadQuery('?preset=huabei-30&dpd=60&x=abc');
    expect(sim.scenario).toEqual({ ...OVERDUE_PRESETS['huabei-30'], dpd: 60 });
    expect(sim.urlErrors).toEqual([{ field: 'penaltyMultiplier', code: 'not-a-number' }]);
    expect(sim.dirty).toBe(true);
    expect(sim.query).toBe(
      'mode=amount&a=10000&miss=1&dpd=60&rule=huabei&x=0&pd=0.05&g=0&c=0&date=2026-01-10&p=10000&rt=daily&r=0&n=12&m=fee-installment&f=8.8',
    );
    sim.set('dpd', '90');
    expect(sim.urlErrors).toEqual([]);
  });

  it('keeps what the reader typed while a shared link was still being read', async () => {
    // The URL codec loads on demand: a fast reader can change a field before the link's scenario arrives.
    const sim = new LoanState('huabei-3');
    const reading = sim.loadQuery('?preset=huabei-3');
    sim.set('p', '4321');
    await reading;
    expect(sim.scenario.principal).toBe(4321);
    expect(sim.preset).toBeNull();
  });

  it('leaves a clean URL alone, and ignores an empty one', async () => {
    const sim = new OverdueState('jiebei-30');
    await sim.loadQuery('');
    expect(sim.dirty).toBe(false);
    await sim.loadQuery('?preset=stopped-365');
    expect(sim.scenario).toEqual(OVERDUE_PRESETS['stopped-365']);
    expect(sim.urlErrors).toEqual([]);
    expect(sim.dirty).toBe(false);
  });

  it('names the preset page a scenario query describes, for the embed snippet', async () => {
    // The form offers exactly the presets that have a page of their own, so the embed can point at one.
    expect(new LoanState().codec.presetIds).toEqual(pathPresets('loan'));
    expect(new OverdueState().codec.presetIds).toEqual(pathPresets('overdue'));
    expect(new ScoreState().codec.presetIds).toEqual(pathPresets('score'));
    const sim = new LoanState('huabei-12');
    expect(await sim.presetOfQuery('p=10000&rt=daily&r=0&n=12&m=fee-installment&f=8.8')).toBe('huabei-12');
    expect(await sim.presetOfQuery('preset=huabei-12')).toBe('huabei-12');
    expect(await sim.presetOfQuery('p=10000&rt=daily&r=0&n=12&m=fee-installment&f=9')).toBeNull();
    expect(await sim.presetOfQuery('p=oops')).toBeNull();
    expect(await new ScoreState().presetOfQuery(await new ScoreState('unpaid-year').currentQuery())).toBe(
      'unpaid-year',
    );
  });

  it("fills in a product rule's penalty values when the reader picks it", () => {
    const sim = new OverdueState('jiebei-30');
    sim.setRule('huabei');
    expect(sim.scenario).toMatchObject({ preset: 'huabei', penaltyMultiplier: 0, penaltyDailyRate: 0.05 });
    sim.set('pay', '');
    expect(sim.scenario.payOnDay).toBeUndefined();
  });

  it('compares two payment days, keeping the last valid comparison while one is being corrected', () => {
    const sim = new OverdueState('jiebei-30');
    sim.setCompare('x', '7');
    sim.setCompare('y', '30');
    flushSync();
    const shown = sim.comparison;
    expect(shown && shown.y.paid > shown.x.paid).toBe(true);
    sim.setCompare('y', '3o');
    expect(sim.comparisonErrors.map((e) => e.field)).toEqual(['dayY']);
    expect(sim.comparison).toBe(shown);
  });

  it('adds, edits and removes late payments, and routes an event error to its field', () => {
    const sim = new ScoreState('one-late-30');
    expect(sim.scenario).toEqual(SCORE_PRESETS['one-late-30']);
    sim.addEvent();
    expect(sim.scenario.events).toHaveLength(2);
    expect(sim.scenario.events[1]).toEqual({ month: 15, dpd: 30, amount: 1000, settledMonth: 15 });
    sim.setEvent(1, 'settled', '2');
    expect(sim.errors).toEqual([{ field: 'events.1.settledMonth', code: 'out-of-range', min: 15, max: 120 }]);
    expect(sim.scenario.events).toHaveLength(2); // the last valid scenario stays
    sim.setNever(1, true);
    expect(sim.scenario.events[1]?.settledMonth).toBeNull();
    sim.removeEvent(0);
    expect(sim.scenario.events).toEqual([{ month: 15, dpd: 30, amount: 1000, settledMonth: null }]);
    while (sim.canAdd) sim.addEvent();
    expect(sim.scenario.events).toHaveLength(10);
  });
});
