// Object cues: a weakly typed name written before a common object noun ("the Polaroid format", "the ICI
// system", "the Silver Clouds installation") names a made thing: Product. Not a person's name used for the
// maker ("Warhol prints" after "Andy Warhol"), nor a name that looks personal. An owned name before a vehicle
// noun ("its Orion capsule", "Acme's Kestrel drone"; not "the Boeing plane", a maker's) and a name after "a" and
// a year ("a 1998 Rover Mini", one car of a model) are models too.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { personLike } from './person-like.js';
import { OBJECT_HEADS, VEHICLE_HEADS } from '../lexicon/work-words.js';
import type { NameSpan } from '../spans.js';

const owned = (s: NameSpan, tokens: Token[]) => !!s.owner || !!tokens[s.tokens[0].i - 1]?.tags.has('Possessive');
/** "a 1998 Rover Mini": an article and a model year before the name. */
const modelYear = (s: NameSpan, tokens: Token[]) =>
  /^(19|20)\d\d$/.test(tokens[s.tokens[0].i - 1]?.text ?? '') && /^an?$/.test(tokens[s.tokens[0].i - 2]?.normal ?? '');

function retypeByObjectCues(groups: NameGroup[], tokens: Token[]): void {
  const personWords = new Set<string>();
  for (const g of groups) if (g.type === 'Person' && g.strong) personWords.add(g.firstWord).add(g.lastWord);
  for (const g of groups) {
    if (g.strong || g.type === 'Concept') continue;
    if (g.spans.some((s) => modelYear(s, tokens) || (VEHICLE_HEADS.has(s.nounAfter ?? '') && owned(s, tokens)))) {
      g.type = 'Product';
      g.strong = true;
      continue;
    }
    if (!g.spans.some((s) => OBJECT_HEADS.has(s.nounAfter ?? ''))) continue;
    if (personWords.has(g.key) || personLike(g, tokens)) continue;
    // A name compromise knows as a place or person stays one ("the Texas system").
    if (g.spans.every((s) => s.tokens.every((t) => t.tags.has('Place') || t.tags.has('Person')))) continue;
    g.type = 'Product';
    g.strong = true;
  }
}

export const objectCues: EntityStep = {
  name: 'object-cues',
  description: 'a weakly typed name before a common object noun ("the Polaroid format") is a Product',
  apply(groups, ctx) {
    retypeByObjectCues(groups, ctx.tokens);
    return groups;
  },
};
