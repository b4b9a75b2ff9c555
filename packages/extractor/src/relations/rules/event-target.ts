// An attack event named by its noun phrase, with its target after "on/against": "a missile strike on an
// army base", "the bombing of the embassy", "the assassination of Ann Cole" → the event ATTACKS the target.
// Only an event node of the entity stage is a subject (an unnamed "drone strike" or a named "Paris attack"):
// a bare concept "attack" may stand for several attacks of the article. An accident noun is no attack
// (the edge gate drops those), and a labour or hunger strike is "against" a policy, not an attack, so
// "strike" takes only "on".
import type { Chunk } from '../chunks.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { nounType } from '../vocabulary.js';

/** Nouns of an act aimed at someone or something, with the prepositions that introduce the target. */
const TARGET_PREPS: Record<string, ReadonlySet<string>> = {
  strike: new Set(['on']),
  strikes: new Set(['on']),
  airstrike: new Set(['on']),
  airstrikes: new Set(['on']),
  assassination: new Set(['of']),
  killing: new Set(['of']),
  murder: new Set(['of']),
  bombing: new Set(['of', 'on']),
  shelling: new Set(['of']),
};
/** The other attack nouns of the vocabulary take "on" or "against" ("an attack on", "a raid against"). */
const DEFAULT_PREPS = new Set(['on', 'against']);
/** Targets are things with a place in the world: a topic is not attacked. */
const TARGETS = new Set(['Person', 'Organization', 'Place', 'Product', 'Event']);

function targetPreps(headWord: string): ReadonlySet<string> | undefined {
  const own = TARGET_PREPS[headWord];
  if (own) return own;
  return nounType(headWord) === 'ATTACKS' ? DEFAULT_PREPS : undefined;
}

/** The event node the phrase names by its head word: an Event, not a concept or a name inside it. */
function eventOf(view: SentenceView, np: Chunk): string | undefined {
  const e = np.head;
  return e && view.types.get(e) === 'Event' && view.entityAt[np.to] === e ? e : undefined;
}

export const eventTarget: RelationRule = {
  name: 'event-target',
  description: 'an attack event\'s noun phrase, then its target after "on/against" ("of" for killings)',
  // (a headline makes the unnamed strike central enough to be a node)
  example: 'Missile strike on Harbour Bridge\n\nA missile strike on the Harbour Bridge killed two guards.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((np, i) => {
      if (np.kind !== 'NP' || np.breakAfter) return;
      const event = eventOf(view, np);
      const preps = event ? targetPreps(np.headWord) : undefined;
      const prep = ch[i + 1];
      const target = ch[i + 2];
      if (!event || !preps || prep?.kind !== 'PREP' || prep.breakAfter || target?.kind !== 'NP') return;
      const word = view.toks[prep.from].normal;
      // The target's own head: "on the base" names the base, "on the base's gate" names no one here.
      const O = target.head;
      if (!preps.has(word) || !O || O === event || !TARGETS.has(view.types.get(O) ?? '')) return;
      if (view.entityAt[target.to] !== O) return;
      out.push({
        subject: event,
        object: O,
        predicate: { type: 'ATTACKS', lemma: np.headWord.replace(/s$/, ''), text: view.slice(np.from, target.to) },
        confidence: 0.7,
        from: np.from,
        to: target.to,
      });
    });
    return out;
  },
};
