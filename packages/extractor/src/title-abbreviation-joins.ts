// Sentences compromise's splitter cuts after an office title's abbreviation it does not know ("said Coun. Amrit
// Sandhu", "Cllr. Ann Cole", "Insp. Tom Hale", "Msgr. …"): it takes the period for a sentence end, and the
// person loses the clause they speak in. Such an abbreviation only ever stands before a name, so a piece ending
// on one rejoins the next when that one opens with a capital. (compromise knows "Sen.", "Gov.", "Sgt." …)
import { joinPieces } from './sentence-joins.js';
import { SPLIT_TITLE_ABBREVIATIONS } from './entities/lexicon/titles.js';

const TITLE_END = new RegExp(`(?:^|[^\\p{L}.])(?:${SPLIT_TITLE_ABBREVIATIONS.join('|')})\\.\\s*$`, 'u');
const CAPITAL_NEXT = /^\s*\p{Lu}/u;

/** compromise's `sentences` (of one text, in order), each piece cut after a title's abbreviation joined to the
 * capitalised piece after it. */
export function joinTitleAbbreviations(sentences: string[]): string[] {
  return joinPieces(sentences, (before, piece) => TITLE_END.test(before) && CAPITAL_NEXT.test(piece));
}
