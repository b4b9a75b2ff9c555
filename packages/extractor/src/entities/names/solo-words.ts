// Words that stand alone as names: a clause-initial capitalised word ("Climate change affects …", "New faces
// emerge …", "Police arrested …") is taken as a name by itself only when the text also uses it mid-sentence as a
// name on its own or as the last word of one ("… said Goodall", "Jane Goodall"), or as the first word of one
// that is no adjective ("Xi Jinping"); the first word of a name a kind word ends ("World Cup") only when it does
// not modify a lower-case noun ("World number one …"). Being a middle word ("Nature Climate Change", "Irving
// Police Department") or an adjective opening a name ("New Territories") is no such evidence, nor is an ordinary
// word ending the first half of a name coordinated with "and" ("Rogaland Fire and Rescue": the headline's "Fire
// erupts …").
import type { Token } from '../../tokens.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { GROUP_NOUNS } from '../lexicon/demonyms.js';
import { clauseInitial, has, isNameToken, lower } from './name-tokens.js';
import { lexiconTags, plainWord } from '../../lexicon-tags.js';
import { functionWordAlone } from './adjective-alone.js';
import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';

const STRONG = ['Person', 'Place', 'Organization', 'Acronym'];
/** Kind words that end names of bodies, places and events ("Cup", "University", "Square"). */
const HEADS: ReadonlySet<string> = new Set([...ORG_HEADS, ...EVENT_HEADS, ...PLACE_HEADS]);

/**
 * `solo`: words used mid-sentence as a name alone or as its last word (or a first word that is no adjective).
 * `pairs`: two name words written together mid-sentence ("dries mertens"), so that the pair opening a clause
 * ("Dries Mertens's attempt …", where "Dries" could be a verb) is still that name.
 */
export function soloWords(
  bySentence: Token[][],
  styled: (row: Token[]) => boolean[],
): { solo: Set<string>; pairs: Set<string>; kindFirst: Set<string> } {
  const out = new Set<string>();
  const pairs = new Set<string>();
  const kindFirst = new Set<string>();
  for (const row of bySentence) {
    const heading = styled(row);
    const name = row.map((t, k) => !heading[k] && isNameToken(t, row[k - 1]));
    for (let k = 1; k < row.length; k++) {
      if (!name[k] || clauseInitial(row[k], row[k - 1])) continue;
      const joined = (a: number) => name[a] && name[a + 1] && !/\S/.test(row[a].post) && !/['’]s$/.test(row[a].text);
      const first = !joined(k - 1);
      // A capitalised word before it (a clause's first word is no name token: "Rogaland Fire and Rescue said").
      const inner =
        /^\p{Lu}/u.test(row[k - 1].text) &&
        !/\S/.test(row[k - 1].post + row[k].post) &&
        plainWord(row[k].text) &&
        row[k + 1]?.normal === 'and' &&
        !!name[k + 2];
      // ("World Cup", "World Rapid and Blitz Championships": the first word of a name a kind word ends modifies
      // that kind, and "World number one Magnus Carlsen" names no "World".)
      // ("World Anti-Doping Agency": over capitalised words the parse does not take for names, and hyphens.)
      const capNext = (a: number) => !!row[a + 1] && /^\p{Lu}/u.test(row[a + 1].text) && /^[ -]$/.test(row[a].post);
      let e = k;
      while (e < row.length - 1 && (capNext(e) || (row[e + 1]?.normal === 'and' && name[e + 2])))
        e += capNext(e) ? 1 : 2;
      const kinded = e > k && HEADS.has(lower(row[e]).replace(/['’]s$/, ''));
      const last = (k + 1 >= row.length || !joined(k)) && !inner && !(capNext(k) && kinded);
      // ("New People's Party": the parse may read an adjective opening a name as a name word; the lexicon
      // still knows it as an adjective, and "New faces emerge …" names nothing.)
      const adjective = row[k].tags.has('Adjective') || lexiconTags(row[k].normal).includes('Adjective');
      if (last || (first && !inner && !adjective && !kinded)) out.add(lower(row[k]));
      else if (first && !inner && !adjective) kindFirst.add(lower(row[k]));
      if (!last) pairs.add(`${lower(row[k])} ${lower(row[k + 1])}`);
    }
  }
  return { solo: out, pairs, kindFirst: new Set([...kindFirst].filter((w) => !out.has(w))) };
}

/** A one-word span capitalised only by its clause start, with no evidence it is a name by itself. The first
 * word of a name a kind word ends ("World Cup", "Castlegate Bank": `kindFirst`) is evidence only when the word
 * does not modify a lower-case noun right after it ("Castlegate, which …"; not "World number one Magnus …"). */
export function unsupportedOpener(
  tokens: Token[],
  prev: Token | undefined,
  next: Token | undefined,
  solo: Set<string>,
  kindFirst: Set<string>,
): boolean {
  if (tokens.length !== 1) return false;
  const t = tokens[0];
  // (a plural the lexicon lists, "World leaders"; "Varosi employs 900 people" has a verb the parse read as one)
  const noun = !!next && next.tags.has('Noun') && !next.tags.has('Verb');
  const plural = !!next && /s$/.test(next.normal) && !lexiconTags(next.normal).includes('Plural');
  const modifies = noun && !plural && !/\S/.test(t.post) && /^\p{Ll}/u.test(next.text);
  return (
    clauseInitial(t, prev) &&
    (!has(t, STRONG) || functionWordAlone(t.text)) &&
    !COUNTRY_NAMES.has(lower(t)) &&
    !GROUP_NOUNS.has(lower(t).replace(/s$/, '')) &&
    !solo.has(lower(t)) &&
    !(kindFirst.has(lower(t)) && !modifies)
  );
}
