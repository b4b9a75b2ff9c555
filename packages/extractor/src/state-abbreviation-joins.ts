// Sentences compromise's splitter cuts after a US state's abbreviation that is also a word ("SEATTLE, Wash. (AP)
// — …", "in Boston, Mass. last year"): it takes the period for a sentence end, and a dateline loses its
// agency and the town its clause. A piece ending on a town, a comma and such an abbreviation
// (lexicon/state-abbreviations.ts) rejoins the next when that one cannot open a sentence: it opens with a
// bracket, a dash or a lower-case word. A capitalised next piece stays a sentence of its own
// (abbreviation-ends.ts says when).
import { STATE_ABBREVIATIONS } from './entities/lexicon/state-abbreviations.js';
import { joinPieces } from './sentence-joins.js';

const STATE_END = /\p{Lu}[\p{L}.'-]*,\s+((?:\p{Lu}\.)+\p{Lu}|\p{Lu}\.\p{Lu}\p{Ll}|\p{Lu}\p{Ll}{1,4})\.\s*$/u;
const NO_OPENER = /^(?:[([]|[-–—]|\p{Ll})/u;

/** compromise's `sentences` (of one text, in order), each piece cut after a state's abbreviation joined to
 * the next one that cannot open a sentence. */
export function joinStateAbbreviations(sentences: string[]): string[] {
  return joinPieces(sentences, (before, piece) => {
    const state = STATE_END.exec(before);
    return !!state && STATE_ABBREVIATIONS.has(state[1].replace(/\./g, '').toLowerCase()) && NO_OPENER.test(piece);
  });
}
