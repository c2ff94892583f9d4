/** The overdue simulator's URL codec, derived from its field table. Loaded on first use (not in the page's initial JS). */
import { DEFAULT_OVERDUE, OVERDUE_PRESETS, type OverduePresetId } from '../../engine/presets-overdue';
import type { OverdueScenario } from '../../engine/scenario';
import { validateOverdue } from '../../engine/validate-overdue';
import { urlCodec } from '../shared/url-codec';
import { OVERDUE_FIELDS } from './fields';

export const overdueUrl = urlCodec<OverdueScenario, OverduePresetId>({
  fields: OVERDUE_FIELDS,
  presets: OVERDUE_PRESETS,
  fallback: DEFAULT_OVERDUE,
  validate: validateOverdue,
});
