// A topic noun phrase whose head names a happening is an Event, not a Concept, when the article speaks of
// one particular happening: "a fire was reported … the fire spread" (a reader asks when and where it was,
// not what it means). Head words: lexicon/event-heads.ts EVENT_NOUNS. A class or several of them stay a
// concept ("elections", "each election", "attacked war", "five rallies a day"), and so does a phrase
// that says whose it is or with whom ("the outbreak of COVID-19", "the meeting with Acme"). Such a node
// is `unnamed`: another article's "the fire" is another fire.
// Runs after unnamed-events.ts, which takes the concepts its own nodes refer to first.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { EVENT_NOUNS } from '../lexicon/event-heads.js';
import { isCap } from '../names/capitals.js';

const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const INDEFINITE = new Set(['a', 'an']);
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Prepositions whose complement says whose it is or with whom: "the meeting with Acme … the meeting with
 * Borel" are two meetings, "the outbreak of COVID-19" is the illness's. */
const WHICH = new Set(['of', 'with', 'between']);

type Determiner = 'definite' | 'indefinite' | undefined;

function determinerOf(s: TypedSpan, tokens: Token[]): Determiner {
  const before = tokens[s.tokens[0].i - 1];
  if (!before || before.sentence !== s.sentence) return undefined;
  if (DEFINITE.has(before.normal) || /['’]s?$/.test(before.text) || before.tags.has('Possessive')) return 'definite';
  // "the 2020 election", "holds 2020 election" (a headline drops "the"): a year says which one.
  if (YEAR.test(before.text)) return 'definite';
  return INDEFINITE.has(before.normal) ? 'indefinite' : undefined;
}

/** Happenings that are also made things ("an open-source game"): a happening only when the head stands alone
 * ("the game was a hard match"), with no word saying which kind it is. */
const ALSO_PRODUCTS = new Set(['game']);
/** Words for a happening that say no kind of happening: "the event" alone only points back ("launched this
 * event", "the event held in Delhi"), and a node "event" tells a reader nothing; "the sporting event" does. */
const KINDLESS = new Set(['event']);

/** The group names one particular happening: an event-noun head, singular, "a" at most once and first. */
export function namesHappening(g: NameGroup, tokens: Token[]): boolean {
  const head = g.key.split(' ').pop() ?? '';
  if (g.type !== 'Concept' || !EVENT_NOUNS.has(head) || (ALSO_PRODUCTS.has(head) && g.words > 1)) return false;
  if (KINDLESS.has(head) && g.words === 1) return false;
  const spans = [...g.spans].sort((a, b) => a.start - b.start);
  const dets = spans.map((s) => determinerOf(s, tokens));
  const single = spans.every((s) => {
    const last = s.tokens[s.tokens.length - 1];
    const after = tokens[last.i + 1];
    // "the next general election cycle": a noun after it is the phrase's real head.
    const more =
      !!after && !/\S/.test(last.post) && (WHICH.has(after.normal) || (after.tags.has('Noun') && !isCap(after)));
    return last.normal === head && !/^\p{Lu}/u.test(last.text) && !more;
  });
  if (!single || dets.some((d) => d === undefined)) return false;
  // "a fire was reported … the fire": the indefinite introduces it; a later "a fire" is another one.
  return dets.every((d, i) => d === 'definite' || (i === 0 && dets.slice(1).includes('definite')));
}

export const eventNouns: EntityStep = {
  name: 'event-nouns',
  description:
    'a topic noun phrase naming one particular happening ("a fire … the fire", "the outbreak") is an unnamed Event',
  apply(groups, ctx) {
    for (const g of groups) {
      if (!namesHappening(g, ctx.tokens)) continue;
      g.type = 'Event';
      g.unnamed = true;
      for (const s of g.spans) s.type = 'Event';
    }
    return groups;
  },
};
