/** The loan simulator's URL codec, derived from its field table (the island builds its own on first use). */
import { urlCodec } from '../shared/url-codec';
import { LOAN_URL_SOURCE } from './fields';

export const loanUrl = urlCodec(LOAN_URL_SOURCE);
