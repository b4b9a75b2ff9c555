// "identified as Sudesh Amman, 20, … Amman, who was described as …": a one-word name the gazetteer made a
// place that is the family name of one person the article names, and is itself used as only a person is (a
// relative "who" after it, or it speaks: "Amman said"), is that person's family name used alone. Retyped a
// Person here so the surname merge rule joins it to the full name; a town the article only visits keeps its
// type ("Jack London … sailed to London"), as does a name two people of the article share.
import type { EntityStep } from '../entity-step.js';
import type { TypedSpan } from '../spans.js';
import type { Token } from '../../tokens.js';
import { speaks } from './city-names.js';
import { relativeWho } from './person-clauses.js';

/** Rules that type a one-word name a place from the gazetteer alone (no cue in the text). */
const GAZETTEER_RULES = new Set([
  'country-city',
  'lexicon-place',
  'place-form',
  'compromise-place',
  'known-place-word',
]);

/** "in Medina", "the Medina mosque", "Medina's": nothing before or after the mention makes it a place or
 * a modifier (a possessive may be either's). */
function bare(s: TypedSpan, tokens: Token[]): boolean {
  const [first, last] = [s.tokens[0], s.tokens[s.tokens.length - 1]];
  const [before, after] = [tokens[first.i - 1], tokens[last.i + 1]];
  const quietAfter = !!after && after.sentence === last.sentence && !/\S/.test(last.post);
  if (quietAfter && after.tags.has('Noun') && !after.tags.has('Verb')) return false;
  return !(before?.sentence === first.sentence && (before.tags.has('Preposition') || before.tags.has('Determiner')));
}

/** "Medina named Tom Hale to replace him": the name is the subject of a past verb right after it. */
function actsAt(s: TypedSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const next = tokens[last.i + 1];
  return !!next && next.sentence === last.sentence && !/\S/.test(last.post) && next.tags.has('PastTense');
}

export const surnamePlaces: EntityStep = {
  name: 'surname-places',
  description:
    'a one-word gazetteer place that is one named person’s family name and is used as a person ("Amman, who") is a Person',
  apply(groups, ctx) {
    // How many of the article's full personal names end in each word.
    const owners = new Map<string, number>();
    for (const p of groups)
      if (p.type === 'Person' && p.words >= 2) owners.set(p.lastWord, (owners.get(p.lastWord) ?? 0) + 1);
    for (const g of groups) {
      if (g.words !== 1 || g.type !== 'Place' || !g.spans.every((s) => GAZETTEER_RULES.has(s.typeRule))) continue;
      if (owners.get(g.lastWord) !== 1) continue;
      const cued = g.spans.some((s) => relativeWho(s, ctx.tokens) || speaks(s, ctx.tokens));
      if (cued || (g.spans.every((s) => bare(s, ctx.tokens)) && g.spans.some((s) => actsAt(s, ctx.tokens)))) {
        g.type = 'Person';
        g.strong = true;
      }
    }
    return groups;
  },
};
