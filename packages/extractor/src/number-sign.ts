// Sentences compromise's splitter cuts after the number sign "No." ("Symphony No. 9", "ranked No. 3", "China
// Railway No. 10 Engineering Group"): it takes the period for a sentence end, and the name or phrase is split
// across two sentences. A piece ending on "No."/"Nos." (any case) rejoins the next when that one opens with a
// digit: a sentence ending on the word "no" is rarely followed by one opening with a numeral.

import { joinPieces } from './sentence-joins.js';

const SIGN_END = /(?:^|[\s(])[Nn]os?\.\s*$/;
const DIGIT_START = /^\d/;

/** compromise's `sentences` (of one text, in order), each piece cut after a number sign joined to the next. */
export function joinNumberSigns(sentences: string[]): string[] {
  return joinPieces(sentences, (before, piece) => SIGN_END.test(before) && DIGIT_START.test(piece));
}
