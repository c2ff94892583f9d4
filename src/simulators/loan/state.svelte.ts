// Values come from the engine's own modules, not its index: the index re-exports the URL codec, which would
// then land in every simulator's initial JavaScript (the islands load it on demand, see `url` below).
import { LOAN_PRESETS, LOAN_PRESET_IDS, DEFAULT_LOAN, findPreset } from '../../engine/presets';
import { simulateLoan } from '../../engine/schedule';
import type { LoanPresetId, LoanResult, LoanScenario } from '../../engine';
import { ScenarioState, type ScenarioCodec } from '../shared/scenario-state.svelte';
import { readNumber } from '../shared/typed';

/** The loan form, one text per field; keys are the engine's URL keys (p principal, rt rate type, r rate, n term, m method, f fee). */
export type LoanText = Record<'p' | 'rt' | 'r' | 'n' | 'm' | 'f', string>;

/** Scenario field path (as in engine errors) → form key, so each error lands on its field. */
export const LOAN_FIELD_KEYS: Readonly<Record<string, keyof LoanText>> = {
  principal: 'p',
  rateType: 'rt',
  rate: 'r',
  term: 'n',
  method: 'm',
  feeRate: 'f',
};

export const loanCodec: ScenarioCodec<LoanText, LoanScenario, LoanResult, LoanPresetId> = {
  toScenario: (text) => ({
    principal: readNumber(text.p),
    rateType: text.rt,
    rate: readNumber(text.r),
    term: readNumber(text.n),
    method: text.m,
    feeRate: readNumber(text.f),
  }),
  fromScenario: (s) => ({
    p: String(s.principal),
    rt: s.rateType,
    r: String(s.rate),
    n: String(s.term),
    m: s.method,
    f: String(s.feeRate),
  }),
  simulate: simulateLoan,
  presets: LOAN_PRESETS,
  // 'custom' is what any edited scenario shows as, so it is not offered itself.
  presetIds: LOAN_PRESET_IDS.filter((id) => id !== 'custom'),
  url: async () => {
    const { readLoanQuery, encodeLoanQuery } = await import('../../engine/url-state');
    return { read: readLoanQuery, encode: encodeLoanQuery };
  },
};

/** The loan simulator's state, starting from a preset id (as articles pass it) or the default scenario. */
export class LoanState extends ScenarioState<LoanText, LoanScenario, LoanResult, LoanPresetId> {
  constructor(presetId?: string) {
    super(loanCodec, (presetId ? findPreset('loan', presetId) : null) ?? structuredClone(DEFAULT_LOAN));
  }

  set(key: keyof LoanText, value: string): void {
    this.text[key] = value;
    this.touch();
  }
}

