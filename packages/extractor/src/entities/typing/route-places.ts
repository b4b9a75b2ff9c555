// Route cues: "the drive from Stavanger to the capital, Oslo", "flights from Lisbon to Faro": a weakly typed
// one-word name (or a two- or three-word name only guessed, "from Jakarta to Pangkal Pinang", located-names.ts)
// at one end of a "from … to …" whose other end is a place is a place too. A strong type stays ("from Reuters
// to Bloomberg" has no place at either end and changes nothing); with neither end known, a journey word just
// before "from" makes both places.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { guessedName } from './located-names.js';

// Words that may stand between "to" and the place it names: "to the capital of Oslo", "to nearby Faro".
const FILLER = new Set(['the', 'capital', 'city', 'town', 'port', 'of', 'nearby', 'neighbouring', 'neighboring']);

/** Words for a journey, its vehicle or its road, and verbs of people travelling or being moved. */
const JOURNEY =
  /^(?:travel\w*|journey\w*|trips?|fl(?:y|ies|ew|own|ying|ights?|ee|ed|ees|eeing)|dr(?:ive|ives|ove|iven|iving)|r(?:ide|ides|ode|iding)|carr(?:y|ies|ied|ying)|sail\w*|ferr(?:y|ies|ied)|bus(?:es)?|coach(?:es)?|trains?|planes?|airlift\w*|evacuat\w*|deport\w*|walk\w*|commut\w*|migrat\w*|smuggl\w*|routes?|roads?|highways?)$/;

/** A journey word among the few words before "from" at `k`, in its sentence. */
function journeyBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5 && tokens[j].sentence === tokens[k].sentence; j--)
    if (JOURNEY.test(tokens[j].normal)) return true;
  return false;
}

function retypeRouteEnds(groups: NameGroup[], tokens: Token[]): void {
  const groupAt = new Map<number, NameGroup>();
  for (const g of groups) for (const s of g.spans) groupAt.set(s.tokens[0].i, g);
  const isPlace = (g: NameGroup | undefined) => !!g && g.type === 'Place';
  const weak = (g: NameGroup | undefined) =>
    !!g && ((!g.strong && g.type !== 'Concept' && g.type !== 'Place' && g.words === 1) || guessedName(g));
  /** The group of the name after `to` at `k`, over filler words, in the same sentence. */
  const afterTo = (k: number) => {
    for (let j = k + 1; j < tokens.length && j <= k + 5 && tokens[j].sentence === tokens[k].sentence; j++) {
      const g = groupAt.get(j);
      if (g) return g;
      if (!FILLER.has(tokens[j].normal)) return undefined;
    }
    return undefined;
  };
  const retyped = new Set<NameGroup>();
  for (const t of tokens) {
    // "airlifted to nearby Zamboanga", "travelled to Kvitsund": where one travels to is a place.
    const toward = tokens[t.i + 1];
    if (t.tags.has('Verb') && JOURNEY.test(t.normal) && toward?.normal === 'to' && toward.sentence === t.sentence) {
      const end = afterTo(toward.i);
      const span = end?.spans.find((x) => x.tokens[0].i > toward.i);
      // ("flew to Acme's office": the place is the owner's, which may be no place)
      const owned = !!span && /['’]s?$/.test(span.tokens[span.tokens.length - 1].text);
      if (weak(end) && end!.words === 1 && !owned) retyped.add(end!);
    }
    if (t.normal !== 'from') continue;
    const from = groupAt.get(t.i + 1);
    if (!from) continue;
    const last = from.spans.find((s) => s.tokens[0].i === t.i + 1)!.tokens;
    const to = tokens[last[last.length - 1].i + 1];
    if (!to || to.normal !== 'to' || to.sentence !== t.sentence || /\S/.test(last[last.length - 1].post)) continue;
    const end = afterTo(to.i);
    if (weak(from) && isPlace(end)) retyped.add(from);
    if (weak(end) && isPlace(from)) retyped.add(end!);
    // "A bus carrying children from Smolensk to Kaluga": with neither end known, a journey said just before
    // makes both places ("power passed from Hale to Cole" is no journey).
    if (weak(from) && weak(end) && from.words === 1 && end!.words === 1 && journeyBefore(tokens, t.i))
      retyped.add(from).add(end!);
  }
  for (const g of retyped) g.type = 'Place';
}

export const routePlaces: EntityStep = {
  name: 'route-places',
  description: 'a weakly typed one-word name at one end of "from … to …" whose other end is a place is a Place',
  apply(groups, ctx) {
    retypeRouteEnds(groups, ctx.tokens);
    return groups;
  },
};
