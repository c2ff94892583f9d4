/** The score simulator's URL codec, derived from its field table (the island builds its own on first use). */
import { urlCodec } from '../shared/url-codec';
import { SCORE_URL_SOURCE } from './fields';

export const scoreUrl = urlCodec(SCORE_URL_SOURCE);
