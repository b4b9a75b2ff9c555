// A toll in a place: "COVID-19 has killed 120 people in Italy", "the outbreak killed at least 813 in China",
// "the earthquake killed 300 in Nepal" → the illness, outbreak or disaster AFFECTS the place. Only a cause
// that is no agent (a topic, an outbreak, an accident or natural disaster): a person, body or attack that
// killed people there attacked them (subject-verb-object reads where it happened), it did not "affect" the
// place. The deaths are counted people, not named ones.
import type { Chunk } from '../chunks.js';
import { ACCIDENT_HEADS } from '../../entities/lexicon/event-heads.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { peopleCount } from '../people-nouns.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { subjectCues, subjectOf } from '../subject-of.js';

/** Event heads of a cause with no agent: the spread of an illness, an accident, a natural disaster. */
const CAUSE_EVENT_HEADS = new Set([
  ...ACCIDENT_HEADS,
  ...'outbreak epidemic pandemic storm hurricane typhoon cyclone tornado tsunami famine drought heatwave avalanche'.split(
    ' ',
  ),
]);

/** The entity is a cause with no agent: a topic node, or an event whose words end in a cause head. */
function agentless(view: SentenceView, id: string): boolean {
  const type = view.types.get(id);
  if (type === 'Concept') return true;
  if (type !== 'Event') return false;
  return view.toks.some(
    (t, k) => view.entityAt[k] === id && view.entityAt[k + 1] !== id && CAUSE_EVENT_HEADS.has(t.normal),
  );
}

const SPREAD_HEADS = new Set(['outbreak', 'epidemic', 'pandemic']);

/** The cause a subject phrase names: its entity, or the illness of "the Ebola outbreak" when the spread
 * is no node of its own. */
function cause(view: SentenceView, np: Chunk): string | undefined {
  const named = npEntity(np);
  if (named && view.types.get(named) !== 'Concept') return named;
  if (!SPREAD_HEADS.has(np.headWord)) return named;
  const illness = np.entities.filter((e) => e !== np.head && view.types.get(e) === 'Concept');
  return illness.length === 1 ? illness[0] : named;
}

export const deathToll: RelationRule = {
  name: 'death-toll',
  description: 'an illness, outbreak or disaster that killed a count of people "in" a place AFFECTS the place',
  example: 'Hospitals filled with COVID-19 patients as COVID-19 killed 120 people in Italy.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || vg.lemma !== 'kill') return;
      const subj = subjectOf(view, c);
      const S = subj && subj.how !== 'participle' ? cause(view, subj.np) : undefined;
      if (!S || !agentless(view, S)) return;
      const obj = objectsOf(view, c);
      if (obj.direct.length !== 1 || !peopleCount(view, obj.direct[0])) return;
      // The place right after the count ("killed 813 in China"), one place only.
      const pp = obj.preps[0];
      if (!pp || view.toks[pp.prep.from].normal !== 'in' || pp.prep.from !== obj.direct[0].to + 1) return;
      const places = pp.nps.map((np) => npEntity(np)).filter((id) => id && view.types.get(id) === 'Place');
      if (places.length !== 1 || pp.nps.length !== 1) return;
      const place = places[0]!;
      out.push({
        subject: S,
        object: place,
        predicate: { type: 'AFFECTS', lemma: 'kill', text: view.slice(vg.from, pp.prep.to) },
        confidence: scoreDraft(0.7, subjectCues(view, subj!)),
        from: Math.min(subj!.np.from, vg.from),
        to: pp.nps[0].to,
        verb: vg,
      });
    });
    return out;
  },
};
