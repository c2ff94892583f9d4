/** The loan simulator's URL codec, derived from its field table. Loaded on first use (not in the page's initial JS). */
import { DEFAULT_LOAN, LOAN_PRESETS, type LoanPresetId } from '../../engine/presets-loan';
import type { LoanScenario } from '../../engine/scenario';
import { validateLoan } from '../../engine/validate-loan';
import { urlCodec } from '../shared/url-codec';
import { LOAN_FIELDS } from './fields';

export const loanUrl = urlCodec<LoanScenario, LoanPresetId>({
  fields: LOAN_FIELDS,
  presets: LOAN_PRESETS,
  fallback: DEFAULT_LOAN,
  validate: validateLoan,
});
