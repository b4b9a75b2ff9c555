// Launches: what is sent up "via/aboard/atop/on" a vehicle uses it, and both were at the site it left "from".
// "The Orion 3 capsule was launched aboard a Titan 4 rocket from Florida" → Orion 3 USES Titan 4, Orion 3
// LOCATED_IN Florida, Titan 4 LOCATED_IN Florida. The payload is the passive's subject or the active
// verb's object ("Acme launched the Kestrel probe aboard …"); the launcher is never the payload.
import type { Chunk } from '../chunks.js';
import { npEntity, npEntityOrModel } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const LAUNCH_VERBS = new Set(['launch', 'send', 'lift', 'loft', 'carry', 'blast']);
/** Prepositions that name the vehicle of a launch ("on" only with a vehicle noun or a product name). */
const VEHICLE_PREPS = new Set(['via', 'aboard', 'atop', 'on']);
const VEHICLE_TYPES = new Set(['Product', 'Organization']);
/** A site that is a facility, not a body: "the Kennedy Space Center", "Baikonur Cosmodrome". */
const SITE_WORDS = /\b(?:center|centre|base|cosmodrome|spaceport|range|pad|complex|launch site|air station|island)$/i;

export const launchVehicle: RelationRule = {
  name: 'launch-vehicle',
  description:
    'what is launched via/aboard/atop a vehicle USES it; the payload and vehicle are LOCATED_IN the site launched "from"',
  example: 'The Orion 3 capsule was launched aboard a Titan 4 rocket from Florida.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || !LAUNCH_VERBS.has(vg.lemma.split(' ')[0]) || vg.negated) return;
      const obj = objectsOf(view, c);
      const subj = vg.passive ? subjectOf(view, c) : undefined;
      const payloadNp = vg.passive ? subj?.np : obj.direct[0];
      const payload = npEntityOrModel(payloadNp, view.types);
      if (!payload || !payloadNp) return;
      const cues = subj ? subjectCues(view, subj) : {};
      const add = (s: string, o: string, type: string, prep: string, to: number, base: number) => {
        if (s === o) return;
        const from = Math.min(payloadNp.from, vg.from);
        // The verb and its preposition: the vehicle's description between them is no part of the predicate.
        const text = `${view.slice(vg.from, vg.to)} ${prep}`;
        out.push({
          subject: s,
          object: o,
          predicate: { type, lemma: vg.lemma, text },
          confidence: scoreDraft(base, cues),
          from,
          to,
          verb: vg,
        });
      };
      const vehicles: string[] = [];
      for (const pp of obj.preps) {
        const prep = view.toks[pp.prep.from].normal;
        const np = pp.nps[0];
        if (!np || pp.via) continue;
        if (VEHICLE_PREPS.has(prep) && !vehicles.length) {
          const V = vehicle(view, np, prep);
          if (V) {
            vehicles.push(V);
            add(payload, V, 'USES', prep, np.to, 0.7);
          }
        } else if (prep === 'from' && vg.lemma === 'launch') {
          const site = launchSite(view, np);
          if (!site) continue;
          for (const who of [payload, ...vehicles]) add(who, site, 'LOCATED_IN', prep, np.to, 0.6);
        }
      }
    });
    return out;
  },
};

/** The vehicle a phrase names: a product or body's name (a craft typed as a body by the name stage), "on" only
 * before a vehicle noun ("on a Soyuz rocket"; "on Monday", "on NASA's behalf" are no vehicles). */
function vehicle(view: SentenceView, np: Chunk, prep: string): string | undefined {
  const V = npEntityOrModel(np, view.types);
  if (!V || !VEHICLE_TYPES.has(view.types.get(V) ?? '') || np.possessor === V) return undefined;
  if (prep === 'on' && np.head) return undefined;
  return V;
}

/** A place, or a facility named as a site ("the Kennedy Space Center"). */
function launchSite(view: SentenceView, np: Chunk): string | undefined {
  const S = npEntity(np);
  if (!S) return undefined;
  const type = view.types.get(S);
  if (type === 'Place') return S;
  const name = view.toks
    .filter((_, k) => view.entityAt[k] === S)
    .map((t) => t.text)
    .join(' ');
  return type === 'Organization' && SITE_WORDS.test(name) ? S : undefined;
}
