// Pieces of titles cut at a small word: "Conway's Game of Life", "the Faculty of Arts and Education", "the
// Trust and Safety team", "Introduction to Project Management". name-spans.ts joins "of", "and" and "to" only
// where an organisation or place word says the words are one name, so elsewhere the title falls apart into
// capitalised common words ("Game", "Life", "Education", "Safety") that name nothing by themselves. Such a
// one-word piece is dropped when it is an ordinary word, the word across the small word is capitalised and no
// known name ("Apple and Google", "Star of Mysore" keep their pieces), and the article never uses the word as
// a name by itself elsewhere ("Labor and Liberal leaders … Labor said" keeps "Labor"). Likewise an ordinary
// word split off the title after it: "the Community Manager".
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { GROUP_NOUNS } from '../lexicon/demonyms.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { commonNoun, unnamedWord } from './common-nouns.js';
import { clauseInitial, has, isTitle, lower, quiet } from './name-tokens.js';
import { aloneTags } from '../../common-word.js';

// The small words a title is cut at, and the determiners that may follow them ("Back to the Future", "The Time
// of Your Life").
const LINKS = new Set(['and', 'of', 'for', 'to']);
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its']);

const singular = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');

/** "May he Rest In Peace", "Gone With the Wind": a preposition capitalised mid-clause is a title's word written
 * in title case, so the capitalised words it links are pieces of that title as much as across "of". */
function titleCased(row: Token[], k: number): boolean {
  const t = row[k];
  // By itself: in context the parse tags a capitalised "In" a proper noun.
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || clauseInitial(t, row[k - 1])) return false;
  return (aloneTags(t.normal) ?? []).includes('Preposition');
}

/** The capitalised word across a link word from `t` on the side `step` (-1 or 1): "Game [of] Life", "Back [to
 * the] Future" (a determiner may stand between the link word and the piece after it). */
function across(row: Token[], t: Token, step: number): Token | undefined {
  let k = t.pos + step;
  if (step < 0 && DETERMINERS.has(row[k]?.normal ?? '')) k--;
  if (!LINKS.has(row[k]?.normal ?? '') && !titleCased(row, k)) return undefined;
  k += step;
  // ("The Progressive and The New York Times": a capital "The" opens another title.)
  if (step > 0 && DETERMINERS.has(row[k]?.normal ?? '') && row[k].text !== 'The') k++;
  const word = row[k];
  // "According to Reuters": a word capitalised by its clause start opens no title.
  if (!word || !/^\p{Lu}/u.test(word.text) || clauseInitial(word, row[word.pos - 1])) return undefined;
  if (has(word, ['Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Pronoun'])) return undefined;
  // "the Senate and House": a body's word standing alone as a name is one, and so is its partner.
  const link = row[Math.min(t.pos, word.pos) + 1];
  if (link.normal === 'and' && ORG_HEADS.has(lower(word)) && !/^\p{Lu}/u.test(row[word.pos - 1]?.text ?? ''))
    return undefined;
  const [from, to] = step > 0 ? [t.pos, k] : [k, t.pos];
  for (let n = from; n < to; n++) if (!quiet(row[n], row[n + 1])) return undefined;
  return word;
}

/** "The Karsby Party and Komeito lost": an organisation or place word ending a longer name ("Karsby Party") is
 * that name's head, not a piece of a title cut at "and"; a word across from it that is no ordinary word names
 * a body of its own. */
function headOfLongerName(row: Token[], word: Token): boolean {
  const before = row[word.pos - 1];
  return (
    (ORG_HEADS.has(lower(word)) || PLACE_HEADS.has(lower(word))) &&
    !!before &&
    /^\p{Lu}/u.test(before.text) &&
    quiet(before, word) &&
    !/['’]s?$/.test(before.text) &&
    !clauseInitial(before, row[before.pos - 1])
  );
}

/** Which spans are such pieces (`lowered`: words the article writes in lower case, lowerCaseWords; `family`:
 * the article's surnames, common-nouns.ts surnames). The caller keeps a piece whose word the article also
 * uses as a name by itself (keepSupported). */
export function titlePieces(
  spans: NameSpan[],
  bySentence: Token[][],
  lowered: Set<string>,
  family: Set<string>,
): boolean[] {
  const ordinary = (t: Token) => commonNoun(t, lowered);
  const piece = (s: NameSpan): boolean => {
    if (s.tokens.length !== 1 || s.keyText || s.title || s.work || s.credit) return false;
    const t = s.tokens[0];
    const word = lower(t);
    if (!unnamedWord(t) || isTitle(t)) return false;
    // "the Senate and House", "Sunni and Shia": a body's or a people's word names one alone.
    if (ORG_HEADS.has(word) || PLACE_HEADS.has(word) || GROUP_NOUNS.has(word.replace(/s$/, ''))) return false;
    const row = bySentence[t.sentence];
    const after = row[t.pos + 1];
    // "the Community Manager", "our Sales Director": an ordinary word between a determiner and a title word that
    // names no one is the office's field (not "Labour MP (…) Tom Watson", "Republican Senator Ben Sasse": a
    // party before its member's title).
    const holder = row[t.pos + 2];
    const held = !!holder && quiet(after, holder) && /^\p{Lu}/u.test(holder.text);
    const field = DETERMINERS.has(row[t.pos - 1]?.normal ?? '') && quiet(row[t.pos - 1], t);
    if (after && quiet(t, after) && isTitle(after) && /^\p{Lu}/u.test(after.text) && !held && field && ordinary(t))
      return true;
    // "the Democratic and Republican parties", "the Foreign Affairs and Intelligence committees": each word
    // names a body whose head word the plural after them gives (elided, not a piece of a title).
    if (after && /^\p{Ll}+s$/u.test(after.text) && ORG_HEADS.has(singular(after.normal))) return false;
    // One of the two words is known as an ordinary word ("Game" of "Game of Life"; the lexicon lacks "life").
    return [-1, 1].some((step) => {
      const other = across(row, t, step);
      if (!other || !unnamedWord(other)) return false;
      // (an ordinary word across from the head stays a piece: "GitHub Trust and Safety team")
      return ordinary(t) || (ordinary(other) && !headOfLongerName(row, other));
    });
  };
  // ("Condoleezza Rice … Rice and Okafor": a surname stands for the person.)
  return spans.map((s) => piece(s) && !family.has(lower(s.tokens[0])));
}
