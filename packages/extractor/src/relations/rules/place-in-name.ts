// An event or unnamed site whose own name opens with the place it is in: "the Cairo summit" → LOCATED_IN
// Cairo, "the Boston Marathon" → Boston, "an Iraqi air base" → Iraq (a demonym, "South Sudanese" whole). Only
// when the article names that place, and never a made thing ("the Paris Agreement" is no place's) or a body,
// nor a place dashed to another ("the Iran–Iraq War": a side, not the site).
// A named site keeps its name's first word to itself ("Kansas City" is not in Kansas): a site needs lower-case
// kind words after the place word.
import { entityId } from '../../entity-id.js';
import { DASHES } from '../../entities/names/number-joins.js';
import { demonymBody } from '../demonym-body.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** The place the words opening a mention name (one or two words), if the article names it. */
function openingPlace(view: SentenceView, from: number, to: number): { place: string; end: number } | undefined {
  for (const end of [from + 1, from]) {
    if (end >= to) continue;
    const demonym =
      end === from || view.toks[from].normal.match(/^(?:north|south|east|west)$/) ? demonymBody(view, end) : undefined;
    if (demonym) return { place: demonym, end };
    const words = view.toks.slice(from, end + 1);
    if (!words.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    const id = entityId(words.map((t) => t.text.replace(/['’]s?$/, '')).join(' '), 'Place');
    if (view.types.has(id)) return { place: id, end };
  }
  return undefined;
}

export const placeInName: RelationRule = {
  name: 'place-in-name',
  descriptive: true,
  description: "an event's or unnamed site's own name opening with a place the article names: it is there",
  example: 'Ann Cole won the Boston Marathon, the first race held in Boston this year.',
  apply(view) {
    const out: TripleDraft[] = [];
    for (let k = 0; k < view.toks.length; k++) {
      const id = view.entityAt[k];
      if (!id || view.entityAt[k - 1] === id || view.kindAt[k] !== 'name') continue;
      const type = view.types.get(id);
      if (type !== 'Event' && type !== 'Place') continue;
      let to = k;
      while (view.entityAt[to + 1] === id) to++;
      const opening = openingPlace(view, k, to);
      if (!opening || opening.place === id) continue;
      // A site named after a place ("Kansas City", "Mexico City") is no site in it; "Iraqi air base" is.
      const rest = view.toks.slice(opening.end + 1, to + 1);
      if (type === 'Place' && !rest.every((t) => /^\p{Ll}/u.test(t.text))) continue;
      // "the Iran–Iraq War", "the Russia-Ukraine War": a place dashed to another names a side, not the site.
      if (DASHES.has(view.toks[opening.end].post)) continue;
      out.push({
        subject: id,
        object: opening.place,
        predicate: { type: 'LOCATED_IN', lemma: 'in', text: view.slice(k, to) },
        confidence: 0.6,
        from: k,
        to,
      });
    }
    return out;
  },
};
