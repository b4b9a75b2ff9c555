// Which sense of "attack" / "strike" / "hit" a draft carries. A natural force attacks no one: what a storm,
// a quake or an illness hits it affects ("Typhoon Halong strikes Luzon", "COVID-19 hit Italy" → AFFECTS). A
// person who "attacked" another person or a topic did it in words ("Biden attacked Trump for the tweet",
// "attacked the investigation as a witch hunt" → CRITICIZES); "attacked him with a knife", "attacked Ann Cole
// in a car park", or in a sentence of violence ("Police arrested Tom Hale after he attacked Ann Cole"), stays an
// attack.
// What one hits or slaps someone with can be a measure, not a blow: "hit Huawei with sanctions" sanctions it,
// "hit Acme with a lawsuit" accuses it, "hit Beta with export curbs" blocks it.
// Applied to a draft before the edge gate, as object-preposition.ts is, so the new type's end signature is
// checked as any other's.
import { entityTokens, namedIllness } from './entity-tokens.js';
import { FALLBACK_TYPE, nounType } from './vocabulary.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';

/** Words that make a happening a natural force (in a name, "Hurricane Lorenzo", or a phrase, "the flood"). */
const HAZARD_WORDS = new Set(
  `hurricane typhoon cyclone storm tornado blizzard earthquake quake tsunami flood floods flooding landslide
  mudslide avalanche wildfire bushfire drought heatwave eruption outbreak epidemic pandemic`.split(/\s+/),
);

function hazard(view: SentenceView, id: string): boolean {
  const type = view.types.get(id);
  // ("Chido hit Mozambique" after "Cyclone Chido": a short form is the storm too; the id holds the name's words.)
  const named = () =>
    id
      .slice(id.indexOf(':') + 1)
      .split('-')
      .some((w) => HAZARD_WORDS.has(w));
  return (
    (type === 'Event' && (entityTokens(view, id).some((k) => HAZARD_WORDS.has(view.toks[k].normal)) || named())) ||
    (type === 'Concept' && namedIllness(view, id))
  );
}

/** Words of violence and its aftermath: in a sentence with one ("Police arrested Tom Hale after he attacked Ann
 * Cole", "was arrested for attacking"), an attack on a person was a blow, not words. */
const VIOLENCE_WORDS = new Set(
  `police arrest arrested arrests custody charged assault assaulted stabbed stabbing shot shooting injured injuries
  wounded wounds killed killing murder murdered punched beaten beat knife gun weapon hospital hospitalised
  hospitalized physically violently`.split(/\s+/),
);

/** Prepositions of a scene, and the gatherings where words are traded in one ("at a rally" is no blow's place). */
const SCENE_PREPS = new Set(['in', 'at', 'outside', 'near', 'inside']);
const FORUMS = new Set(
  'rally debate debates meeting conference hearing interview speech session summit event forum campaign'.split(' '),
);

/** "attacked Ann Cole, 44, in a car park": the object (an age set off after it skipped) is followed by a place the
 * attack happened at, not a forum of words. */
function scene(view: SentenceView, d: TripleDraft): boolean {
  let k = d.to + 1;
  if (/^,/.test(view.toks[d.to].post) && /^\d{1,3}$/.test(view.toks[k]?.text ?? '') && /^,/.test(view.toks[k].post))
    k++;
  if (!SCENE_PREPS.has(view.toks[k]?.normal ?? '')) return false;
  const place = view.toks.slice(k + 1, k + 4).find((t) => !t.tags.has('Determiner') && !t.tags.has('Adjective'));
  return !!place && !FORUMS.has(place.normal);
}

/** A person attacking a person or a topic, with no weapon after the object ("with a knife"), no word of violence
 * in the sentence and no scene of a blow after it ("in a car park"). */
function inWords(view: SentenceView, d: TripleDraft): boolean {
  if (d.verb?.lemma !== 'attack' || d.predicate.lemma !== 'attack') return false;
  if (view.types.get(d.subject) !== 'Person') return false;
  if (view.toks.some((t) => VIOLENCE_WORDS.has(t.normal)) || scene(view, d)) return false;
  return ['Person', 'Concept'].includes(view.types.get(d.object) ?? '') && view.toks[d.to + 1]?.normal !== 'with';
}

/** Measures the vocabulary has no noun for, by the relation they make: limits block, levies sanction. */
const MEASURES: Record<string, string> = {
  curbs: 'BLOCKS',
  controls: 'BLOCKS',
  limits: 'BLOCKS',
  caps: 'BLOCKS',
  quotas: 'BLOCKS',
  duties: 'SANCTIONS',
  taxes: 'SANCTIONS',
  tax: 'SANCTIONS',
  levies: 'SANCTIONS',
  levy: 'SANCTIONS',
};
const BLOW_VERBS = new Set(['hit', 'strike', 'slap']);

/** "hit Huawei with new export curbs": the relation the measure after "with" makes, if it is one. */
function measureWith(view: SentenceView, d: TripleDraft): string | undefined {
  if (!d.verb || !BLOW_VERBS.has(d.verb.lemma) || view.toks[d.to + 1]?.normal !== 'with') return undefined;
  const np = view.chunks.find((c) => c.kind === 'NP' && c.from === d.to + 2);
  if (!np) return undefined;
  const head = view.toks[np.to].normal;
  const type = nounType(head) ?? MEASURES[head];
  return type === 'ATTACKS' ? undefined : type;
}

const retype = (d: TripleDraft, type: string): TripleDraft => ({ ...d, predicate: { ...d.predicate, type } });

/** The draft retyped by the sense of its attack verb, or the draft itself. */
export function retypedByAttackSense(view: SentenceView, d: TripleDraft): TripleDraft {
  // ("slapped Acme with a fine": "slap" has no type of its own)
  const measure = (d.predicate.type === 'ATTACKS' || d.predicate.type === FALLBACK_TYPE) && measureWith(view, d);
  if (measure) return retype(d, measure);
  if (d.predicate.type !== 'ATTACKS') return d;
  if (hazard(view, d.subject)) return retype(d, 'AFFECTS');
  return inWords(view, d) ? retype(d, 'CRITICIZES') : d;
}
