/** The offer comparison's URL codec, derived from its field table (the island builds its own on first use). */
import { urlCodec } from '../shared/url-codec';
import { COMPARE_URL_SOURCE } from './fields';

export const compareUrl = urlCodec(COMPARE_URL_SOURCE);
