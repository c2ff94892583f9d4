import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/engine/stages';
import { NEXT_BY_BAND } from '../../../src/simulators/loan/next-steps';

/**
 * The collection guide is static HTML; the overdue island only names the stage its scenario reaches on the box
 * around it (`data-current-stage`), and the guide's CSS marks that stage. So the CSS must have a rule for every
 * stage the engine can reach, each pairing the box's value with the same stage item.
 */
const css = readFileSync('src/components/sim/CollectionGuide.astro', 'utf8');
const meansCss = readFileSync('src/components/sim/MeansBox.astro', 'utf8');
const island = readFileSync('src/islands/OverdueSimulator.svelte', 'utf8');

describe('collection guide: the island marks the stage through one attribute', () => {
  it('has one marking rule per engine stage, pairing the same id on both sides', () => {
    const rules = [...css.matchAll(/\[data-current-stage='([^']+)'\]\) \[data-stage-item='([^']+)'\]/g)];
    expect(rules.every(([, box, item]) => box === item)).toBe(true);
    expect(rules.map(([, id]) => id).sort()).toEqual(STAGES.map((stage) => stage.id).sort());
  });

  it('shows "what this means for you" for every case an island can name: each stage and each rate band', () => {
    const rules = [...meansCss.matchAll(/\[data-means-current='([^']+)'\]\) \[data-means-for='([^']+)'\]/g)];
    expect(rules.every(([, box, item]) => box === item)).toBe(true);
    const bands = Object.keys(NEXT_BY_BAND);
    expect(rules.map(([, id]) => id).sort()).toEqual([...STAGES.map((stage) => stage.id), ...bands].sort());
  });

  it('is set by the island on the box around the guide, without touching the guide itself', () => {
    expect(island).toMatch(/data-current-stage=\{view\.stage\}/);
    expect(island).toMatch(/data-means-current=\{view\.stage\}/);
    expect(island).not.toMatch(/querySelector/);
  });
});
