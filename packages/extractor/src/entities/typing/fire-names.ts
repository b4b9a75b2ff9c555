// Named wildfires: "The Franklin Fire broke out …", "the Eaton Fire, which …". Fire agencies name a fire after
// a road, a canyon or a landmark, so the parse reads the name as a person's ("Franklin"), a place's or, for want
// of a cue, a firm's. "The" before it and no noun after it say it is the fire, a happening: "Cal Fire said" (no
// article) and "the Cal Fire spokesman" (a noun after: the agency) stay what they were, but for a person's type
// (no one's name ends in "Fire": "according to Cal Fire" is the service). A title after such a name makes it
// the fire service the title is held in: "Los Angeles County Fire Chief Anthony Marrone".
import type { Token } from '../../tokens.js';
import type { TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { FUNCTION_WORDS, isTitle } from '../names/name-tokens.js';
import { aloneTags } from '../../common-word.js';
import { headKind } from '../lexicon/event-heads.js';

/** A noun that is no verb by itself either ("spokesman"; "the Dorrow Fire spread …" is a verb the parse read as
 * a noun). */
const nounOnly = (t: Token) => t.tags.has('Noun') && !(aloneTags(t.normal) ?? []).includes('Verb');

/** The span ends in a fire word after a capitalised word: "Franklin Fire", not "Ring of Fire" (the fire word
 * completes another noun). */
function fireWord(s: TypedSpan): boolean {
  const n = s.tokens.length;
  return n >= 2 && headKind(s.tokens[n - 1].normal) === 'fire' && !FUNCTION_WORDS.has(s.tokens[n - 2].normal);
}

/** "the <Name> Fire" with no noun or title after it. */
function namedFire(s: TypedSpan, tokens: Token[]): boolean {
  const n = s.tokens.length;
  const [before, last, after] = [tokens[s.tokens[0].i - 1], s.tokens[n - 1], tokens[s.tokens[n - 1].i + 1]];
  return (
    fireWord(s) &&
    before?.normal === 'the' &&
    before.sentence === last.sentence &&
    !s.title &&
    !(after && after.sentence === last.sentence && !/\S/.test(last.post) && nounOnly(after))
  );
}

/** "<Name> Fire Chief …": a title right after the name. */
function fireService(s: TypedSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const after = tokens[last.i + 1];
  return fireWord(s) && !/\S/.test(last.post) && !!after && after.sentence === last.sentence && isTitle(after);
}

export const fireNames: EntityStep = {
  name: 'fire-names',
  description:
    'a name ending in "Fire" written after "the" with no noun after it ("The Franklin Fire broke out") is the fire, an Event; one before a title ("County Fire Chief …"), or typed a person\'s ("according to Cal Fire"), is the fire service, an Organization',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.type === 'Organization' && g.strong) continue;
      if (g.spans.some((s) => fireService(s, ctx.tokens))) g.type = 'Organization';
      else if (g.spans.some((s) => namedFire(s, ctx.tokens))) g.type = 'Event';
      // ("according to Cal Fire": no one's name ends in "Fire"; without the article it is the service.)
      else if (g.type === 'Person' && g.spans.every(fireWord)) g.type = 'Organization';
      else continue;
      g.strong = true;
    }
    return groups;
  },
};
