// "Xi Jinping" … "Xi": a weakly typed two- or three-word personal-looking name whose first or last word is
// also used alone (as a weak name or a person) is a person's name.
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { givenNamePlace, personLike } from './person-like.js';
import { TITLES } from '../lexicon/titles.js';

/** "changed his registration to Libertarian" … "the Libertarian National Convention": a word the article also
 * writes right before "Party" is the party's own word (its members' adjective), no personal name used alone. */
function partyWords(groups: NameGroup[]): Set<string> {
  const words = new Set<string>();
  for (const g of groups) {
    const w = g.key.split(' ');
    if (w.length >= 2 && w[w.length - 1] === 'party') words.add(w[w.length - 2]);
  }
  return words;
}

/** "a Republican Assemblywoman": an office word ends a description of a party's member, a person still. */
const officeWord = (w: string) => TITLES.has(w) || /(?:man|woman|person)$/.test(w);

export const nameUsedAlone: EntityStep = {
  name: 'name-used-alone',
  description: 'a weakly typed personal-looking name later used by its first or last word alone is a Person',
  apply(groups, ctx) {
    // "Montana Native Vote" … "Montana", "Mysore Divisional Railway" … "in Mysore": a word the article uses
    // alone for a place is the place named, not a person's name used alone.
    const places = new Set(groups.filter((g) => g.words === 1 && g.type === 'Place').map((g) => g.key));
    const notNames = partyWords(groups);
    // ("his home in the Palisades" after "Pacific Palisades": a word only ever written after "the" is no one's
    // name; a person's name takes no article.)
    const theOnly = (g: NameGroup) => g.spans.every((s) => ctx.tokens[s.tokens[0].i - 1]?.normal === 'the');
    const singles = new Set(
      groups
        .filter((g) => g.words === 1 && (!g.strong || g.type === 'Person') && !places.has(g.key) && !theOnly(g))
        .map((g) => g.key),
    );
    // ("Rival Airbus Defence and Space had also bid": a name the parse cut before "and" and a capitalised word
    // that names nothing by itself is part of a longer name, a body's, not a person's.)
    const inNames = new Set(groups.flatMap((g) => g.spans.flatMap((s) => s.tokens.map((t) => t.i))));
    const cut = (g: NameGroup) =>
      g.spans.some((s) => {
        const last = s.tokens[s.tokens.length - 1];
        const [and, next] = [ctx.tokens[last.i + 1], ctx.tokens[last.i + 2]];
        return and?.normal === 'and' && !!next && /^\p{Lu}/u.test(next.text) && !inNames.has(next.i);
      });
    for (const g of groups) {
      // ("Castleford Raiders" … "Raiders": a body named by a place and a plural noun, place-plurals.ts.)
      if (g.words < 2 || g.words > 3 || g.spans.some((s) => s.typeRule === 'place-plural') || cut(g)) continue;
      const alone = (w: string) => singles.has(w) && (!notNames.has(w) || officeWord(g.lastWord));
      // "Peter Hall" … "Hall": only the family name alone ("Victoria Station" … "Victoria" is no cue).
      const used = givenNamePlace(g, ctx.tokens)
        ? alone(g.lastWord)
        : !g.strong &&
          g.type !== 'Concept' &&
          personLike(g, ctx.tokens, groups) &&
          (alone(g.firstWord) || alone(g.lastWord));
      if (used) {
        g.type = 'Person';
        g.strong = true;
      }
    }
    return groups;
  },
};
