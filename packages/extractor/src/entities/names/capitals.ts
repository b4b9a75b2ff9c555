// Whether a token is written with a capital, and its word in lower case: the tests the store-side name helpers
// (name-particles.ts, title-token.ts) share with the name finder, kept apart from name-tokens.ts so that `@kg/extractor/names` loads no parser.
import type { Token } from '../../tokens.js';

export const isCap = (t: Pick<Token, 'text'>) => /^\p{Lu}/u.test(t.text);

/** A token's word in lower case, without a possessive "'s". */
export const lower = (t: Pick<Token, 'text'>) => t.text.toLowerCase().replace(/['’]s$/, '');
