// Where a named thing is, said by its phrase alone: "Sola Airport in Norway", "the embassy office at
// Harvard University", "Dayton, Ohio" → LOCATED_IN. A person "in" a place is an event's place, not a
// location, and a comma list of places ("Spain, Greece and Italy") is no locative.
import { STATE_NOUNS } from '../../entities/lexicon/demonyms.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import { isCountry } from '../country-place.js';
import { countryAfterComma } from '../subject-of.js';
import { verbType } from '../vocabulary.js';
import type { SentenceView } from '../sentence-view.js';
import type { Chunk } from '../chunks.js';

// Topics are not located: "On the campaign trail in Pittsburgh", "the population in Melbourne".
const HOLDERS = new Set(['Place', 'Organization', 'Event']);
const EVENT_PREPS = new Set(['by', 'with', 'against', 'over', 'to', 'for']);
/** A place after these is a landmark the event was close to: in "crashed near San Diego in El Cajon" the
 * "in" phrase places the crash, not San Diego (only a country still contains the landmark). */
const PROXIMITY_PREPS = new Set(['near', 'outside', 'off', 'beyond', 'around', 'toward', 'towards', 'past']);
const isPlace = (view: SentenceView, id: string | undefined) => !!id && view.types.get(id) === 'Place';
/** Words that may open a country's phrase before its name: "in the southeastern United States". */
const PLACE_OPENERS = /^(the|central|(north|south|east|west)(ern)?|(north|south)-?(east|west)(ern)?)$/;
/** The place's name opens its phrase, after at most an article and a compass word. */
const placeOpens = (view: SentenceView, from: number, place: string) => {
  let k = from;
  while (view.entityAt[k] !== place && k - from < 2 && PLACE_OPENERS.test(view.toks[k].normal)) k++;
  return view.entityAt[k] === place;
};
/** Gatherings whose "of"-phrase names their host or members, who are not where the gathering is. */
const GATHERINGS = new Set(
  `meeting meetings summit conference congress convention session sessions gathering rally forum talks
  negotiations festival ceremony games championship championships tournament match concert celebration
  exhibition fair expo hearing trial`.split(/\s+/),
);
/** Nouns that say what kind of place a place is ("Juba, the capital city of South Sudan"). */
const PLACE_NOUNS = new Set(
  'capital city town village state province region district county suburb island port municipality'.split(' '),
);

export const locative: RelationRule = {
  name: 'locative',
  descriptive: true,
  description:
    'a named place, body or event followed by "in/at <Place>"; "<Place>, <Place>" outside a list; "<Body>, <Country>" before its verb',
  example: 'A fire broke out at Stavanger Airport in Norway, near Dayton, Ohio.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    const add = (subject: string, object: string, from: number, to: number, text: string) =>
      out.push({ subject, object, predicate: { type: 'LOCATED_IN', lemma: 'in', text }, confidence: 0.75, from, to });
    ch.forEach((np, i) => {
      if (np.kind !== 'NP' || !np.head || !HOLDERS.has(view.types.get(np.head) ?? '')) return;
      const prep = ch[i + 1];
      const place = ch[i + 2];
      // "<holder> in <Place>": the holder's head is the last word of its phrase.
      // A place in a place is always so; a body or event "in/at" a place after a verb or an agent's "by"
      // is where something happened ("beat Leeds at Elland Road", "sued by Cisco in Texas").
      const before = ch[i - 1];
      // "Mosul, in northern Iraq": a place's own place, set aside by a comma.
      const prepWord = prep?.kind === 'PREP' ? view.toks[prep.from].normal : '';
      const placeAside = isPlace(view, np.head) && /^,\s*$/.test(view.toks[np.to].post) && prepWord === 'in';
      const eventPlace =
        view.types.get(np.head) !== 'Place' &&
        (before?.kind === 'VG' || (before?.kind === 'PREP' && EVENT_PREPS.has(view.toks[before.from].normal)));
      // "the annual meeting of the ASBMB in Orlando": the place is the gathering's, not its host's.
      const gathering =
        before?.kind === 'PREP' &&
        view.toks[before.from].normal === 'of' &&
        ch[i - 2]?.kind === 'NP' &&
        GATHERINGS.has(ch[i - 2].headWord);
      const landmark =
        before?.kind === 'PREP' && PROXIMITY_PREPS.has(view.toks[before.from].normal) && !isCountry(place?.head);
      if (
        !eventPlace &&
        !gathering &&
        !landmark &&
        prep?.kind === 'PREP' &&
        ['in', 'at'].includes(view.toks[prep.from].normal) &&
        (!np.breakAfter || (placeAside && isCountry(place?.head))) &&
        place?.kind === 'NP' &&
        view.entityAt[np.to] === np.head &&
        // "Indian officials in Kerala": the state's people are there, not the country.
        !STATE_NOUNS.has(view.toks[np.to].normal) &&
        isPlace(view, place.head) &&
        (view.entityAt[place.from] === place.head ||
          (isPlace(view, np.head) &&
            isCountry(place.head) &&
            prepWord === 'in' &&
            placeOpens(view, place.from, place.head!)))
      )
        add(np.head, place.head!, np.from, place.to, view.toks[prep.from].normal);
      // "<Place>, <Place>" closing the phrase: "Dayton, Ohio," / "in Wuhan, China.", when the entity stage
      // read the second as the first one's region or country ("near Leeds, Headingley" names no container).
      const next = ch[i + 1];
      const after = ch[i + 2];
      if (
        isPlace(view, np.head) &&
        view.qualifierAt[next?.from ?? -1] === np.head &&
        np.breakAfter &&
        /^,/.test(view.toks[np.to].post) &&
        next?.kind === 'NP' &&
        // ("the Auckland, New Zealand police force": the region may modify the phrase's own head.)
        isPlace(view, view.entityAt[next.from]) &&
        // ("MELBOURNE, Australia (AP) —": a dateline's agency in brackets is no second name of the phrase.)
        next.entities.filter((e) => view.types.get(e) !== 'Concept' && !inBrackets(view, next, e)).length === 1 &&
        np.entities.length === 1 &&
        !(before?.breakAfter && before.kind === 'NP') &&
        !(after && (after.kind === 'CONJ' || (next.breakAfter && after.kind === 'NP' && isPlace(view, after.head))))
      )
        add(np.head, view.entityAt[next.from]!, np.from, next.to, ',');
      // "the Parliament of Tasmania, Australia voted": a country closing a body's or place's phrase right before
      // the clause's verb says where it is (the entity stage reads only a place's qualifier); not after a list
      // of names ("Acme, Beta, Norway signed").
      const listed = (before?.kind === 'NP' && before.breakAfter && !!before.head) || before?.kind === 'CONJ';
      if (
        !isPlace(view, np.head) &&
        next?.kind === 'NP' &&
        after?.kind === 'VG' &&
        after.finite &&
        // ("Acme Corp, Norway said, will close": the country may be a speaker set in the sentence.)
        verbType(after.lemma) !== 'SAYS' &&
        !listed &&
        countryAfterComma(view, i + 1)
      )
        add(np.head, next.head!, np.from, next.to, ',');
      // "Gulu, a town in northern Uganda": the kind of place, then where it is.
      const inPlace = ch[i + 3];
      if (
        isPlace(view, np.head) &&
        /^,\s*$/.test(view.toks[np.to].post) &&
        next?.kind === 'NP' &&
        !next.entities.length &&
        PLACE_NOUNS.has(next.headWord) &&
        !next.breakAfter &&
        after?.kind === 'PREP' &&
        view.toks[after.from].normal === 'in' &&
        inPlace?.kind === 'NP' &&
        isPlace(view, inPlace.head) &&
        placeOpens(view, inPlace.from, inPlace.head!)
      )
        add(np.head, inPlace.head!, np.from, inPlace.to, `${next.headWord} in`);
    });
    return out;
  },
};

/** Entity `e` is named in chunk `np` only inside brackets ("Australia (AP)"). */
function inBrackets(view: SentenceView, np: Chunk, e: string): boolean {
  for (let k = np.from; k <= np.to; k++)
    if (view.entityAt[k] === e) return k > np.from && /\(\s*$/.test(view.toks[k - 1].post + view.toks[k].pre);
  return false;
}
