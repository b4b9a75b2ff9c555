// What a storm, a quake or an illness "hits" or "strikes" it affects: a natural force attacks no one
// ("Typhoon Halong strikes Luzon", "Ebola hit the region" → AFFECTS, not ATTACKS). Applied to a draft before
// the edge gate, as object-preposition.ts is, so the new type's end signature is checked as any other's.
import { diseaseName } from '../entities/lexicon/diseases.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';

/** Words that make a happening a natural force (in a name, "Hurricane Lorenzo", or a phrase, "the flood"). */
const HAZARD_WORDS = new Set(
  `hurricane typhoon cyclone storm tornado blizzard earthquake quake tsunami flood floods flooding landslide
  mudslide avalanche wildfire bushfire drought heatwave eruption outbreak epidemic pandemic`.split(/\s+/),
);

/** The draft retyped AFFECTS when its ATTACKS subject is a natural force, or the draft itself. */
export function retypedByHazardSubject(view: SentenceView, d: TripleDraft): TripleDraft {
  if (d.predicate.type !== 'ATTACKS') return d;
  const at = view.entityAt.flatMap((e, k) => (e === d.subject ? [k] : []));
  const type = view.types.get(d.subject);
  const hazard =
    (type === 'Event' && at.some((k) => HAZARD_WORDS.has(view.toks[k].normal))) ||
    (type === 'Concept' && at.length > 0 && diseaseName(view.slice(at[0], at[at.length - 1]).trim()));
  return hazard ? { ...d, predicate: { ...d.predicate, type: 'AFFECTS' } } : d;
}
