// Located names: a two- or three-word name no rule could type (the `default` guess, Organization) that stands
// after "in", "near", "outside" … in most of its mentions is a place ("a block of flats in La Llagosta", "a
// base in Maidan Shahr"), as place-cues.ts does for one-word names. Not a journal or a publication ("published
// in Science Advances", "a study in Current Biology"), nor a name used as a modifier ("in Marine Traffic data").
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { FUNCTION_WORDS } from '../names/name-tokens.js';
import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';

type Span = NameGroup['spans'][number];

const HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS]);
const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across']);
/** Lower-case particles inside place names: "Surigao del Sur", "Tuna el-Gebel", "Ciudad de México". */
const PARTICLES = new Set(['del', 'de', 'la', 'el', 'al', 'di', 'da', 'do', 'dos', 'das', 'do']);
/** What is "in" a journal, a book or a programme rather than in a place. */
const PUBLISHED = new Set(
  `published publishes publish appeared appears appear printed wrote written writes write reported reports
  study studies paper papers article articles report research findings letter issue edition column review
  journal featured features starred stars role roles character characters`.split(/\s+/),
);

/** A place name's word: capitalised with lower case after ("Maidan", "Ffestiniog"), or a particle; not an
 * acronym or a brand's inner capital ("Project MKUltra"), nor a capitalised small word of a title ("Get On
 * Up"). */
const nameWord = (t: Token) =>
  (/^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(t.text) && !FUNCTION_WORDS.has(t.normal)) ||
  PARTICLES.has(t.normal.replace(/-.*$/, ''));

/** "in Quang Ninh and Hai Phong provinces": the token before "and" ends a name that a locative word opens; the
 * locative, or undefined. */
function coordinatedLocative(and: Token, tokens: Token[]): Token | undefined {
  let k = and.i - 1;
  while (k >= 0 && tokens[k].sentence === and.sentence && nameWord(tokens[k]) && !/[^\s]/.test(tokens[k].post)) k--;
  const t = tokens[k];
  return k < and.i - 1 && t && t.sentence === and.sentence && LOCATIVE.has(t.text) ? t : undefined;
}

function located(s: Span, tokens: Token[]): boolean {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  const prev = tokens[first.i - 1];
  const before = prev?.normal === 'and' && prev.sentence === first.sentence ? coordinatedLocative(prev, tokens) : prev;
  // Not "Chair In Global Islamic Politics": a capitalised "In" is a word of a title.
  if (!before || before.sentence !== first.sentence || !LOCATIVE.has(before.text)) return false;
  // "the Autonomous Region in Muslim Mindanao": a capitalised place or organisation word before "in" makes one
  // longer name of both (not "Cipriani Dolci in Grand Central Terminal").
  const head = tokens[before.i - 1];
  if (head?.sentence === first.sentence && /^\p{Lu}/u.test(head.text) && HEADS.has(head.normal)) return false;
  // "in Marine Traffic data": the name modifies a noun.
  const after = tokens[last.i + 1];
  if (after && after.sentence === last.sentence && !/\S/.test(last.post) && /^\p{Ll}/u.test(after.text)) {
    // ("in Quang Ninh and Hai Phong provinces": a place word after it says what kind of place.)
    const placeWord = PLACE_HEADS.has(after.normal) || PLACE_HEADS.has(after.normal.replace(/s$/, ''));
    if (after.tags.has('Noun') && !after.tags.has('Pronoun') && !placeWord) return false;
  }
  for (let k = before.i - 1; k >= before.i - 4 && k >= 0; k--) {
    if (tokens[k].sentence !== first.sentence) break;
    if (PUBLISHED.has(tokens[k].normal)) return false;
  }
  return true;
}

/** A two- or three-word name of place-name words that only the `default` rule typed (a weak Organization):
 * one that place cues may retype (also route-places.ts). */
export function guessedName(g: NameGroup): boolean {
  if (g.strong || g.type !== 'Organization' || g.words < 2 || g.words > 3) return false;
  return g.spans.every((s) => s.typeRule === 'default' && s.tokens.every(nameWord));
}

export const locatedNames: EntityStep = {
  name: 'located-names',
  description:
    'a two- or three-word name only guessed an Organization that stands after "in"/"near" in most of its mentions is a Place',
  apply(groups, ctx) {
    for (const g of groups) {
      if (!guessedName(g)) continue;
      // "served in World War Two", "in Mardi Gras Festival": an event word makes an event, wherever it was held.
      if (g.spans.some((s) => s.tokens.some((t) => EVENT_HEADS.has(t.normal)))) continue;
      const at = g.spans.filter((s) => located(s, ctx.tokens));
      if (at.length * 2 > g.spans.length) g.type = 'Place';
    }
    return groups;
  },
};
