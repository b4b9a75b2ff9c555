// Whether a token is written with a capital: the one test the store-side name helpers (name-particles.ts)
// share with the name finder, kept apart from name-tokens.ts so that `@kg/extractor/names` loads no parser.
import type { Token } from '../../tokens.js';

export const isCap = (t: Pick<Token, 'text'>) => /^\p{Lu}/u.test(t.text);
