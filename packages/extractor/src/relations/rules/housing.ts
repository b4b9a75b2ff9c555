// A place that houses something is where that thing is: "an army base housing Russian soldiers", "the
// museum houses the Codex Aureus", "Leeds is home to Acme Corp", "Oslo, home to Acme Corp," → the housed
// thing LOCATED_IN the place. The place is the verb's subject, so the relation runs the other way round,
// and subject-verb-object leaves these verbs alone (it would read "the base RELATED_TO the soldiers").
// Only a Place houses: "the league is home to twelve clubs" is membership, read by no rule here.
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** Verbs whose subject is the place and whose object is what is in it; subject-verb-object skips them. */
export const HOUSING_VERBS = new Set(['house']);
/** Things a place holds: a topic is not located ("Oslo is home to innovation"). */
const HOUSED = new Set(['Person', 'Organization', 'Place', 'Product', 'Event']);

/** "home to" read as a verb group by the tagger ("The base is home to …", "Oslo, home to …"). */
export const homeTo = (view: SentenceView, vg: Chunk, next: Chunk | undefined): boolean =>
  vg.kind === 'VG' &&
  vg.lemma === 'home' &&
  next?.kind === 'PREP' &&
  view.toks[next.from].normal === 'to' &&
  !vg.breakAfter;

export const housing: RelationRule = {
  name: 'housing',
  description: 'a place "housing/houses/is home to" something: that thing LOCATED_IN the place',
  example: 'Leeds is home to the cities Otley and Ilkley.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    const isPlace = (id: string | undefined) => !!id && view.types.get(id) === 'Place';
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || vg.negated) return;
      const verb = HOUSING_VERBS.has(vg.lemma);
      if (!verb && !homeTo(view, vg, ch[c + 1])) return;
      // "a base housing X": the place is the phrase right before the participle, never a clause's subject
      // further back; "the base houses X", "the base is home to X", "Oslo, home to X": the subject.
      const prev = ch[c - 1];
      const placeNp =
        vg.gerund && !vg.finite ? (prev?.kind === 'NP' && !prev.breakAfter ? prev : undefined) : subjectOf(view, c)?.np;
      const apposed = !verb && prev?.kind === 'NP' && prev.breakAfter && /^,/.test(view.toks[prev.to].post);
      const np = apposed ? prev : placeNp;
      const place = npEntity(np);
      if (!np || !isPlace(place)) return;
      // "home to the cities A and B": each of the list after "to".
      const objects = objectsOf(view, c);
      const things = verb ? objects.direct : (objects.preps[0]?.nps ?? []);
      for (const obj of things) {
        const thing = npEntity(obj);
        if (!thing || thing === place || !HOUSED.has(view.types.get(thing) ?? '')) continue;
        out.push({
          subject: thing,
          object: place!,
          // The edge runs from the thing to the place, so its words do too: "houses" under it would read the
          // thing housing the place.
          predicate: { type: 'LOCATED_IN', lemma: verb ? vg.lemma : 'home', text: verb ? 'housed in' : 'in' },
          confidence: 0.7,
          from: Math.min(np.from, vg.from),
          to: obj.to,
          verb: vg,
        });
      }
    });
    return out;
  },
};
