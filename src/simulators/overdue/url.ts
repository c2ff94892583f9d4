/** The overdue simulator's URL codec, derived from its field table (the island builds its own on first use). */
import { urlCodec } from '../shared/url-codec';
import { OVERDUE_URL_SOURCE } from './fields';

export const overdueUrl = urlCodec(OVERDUE_URL_SOURCE);
