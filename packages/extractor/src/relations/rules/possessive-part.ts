// "X's Y" where both are named and the possessor is a body or place: the possessed is part of it
// ("NASA's Commercial Crew Program" → PART_OF NASA; "Canada's Supreme Court" → PART_OF Canada); a place's
// university, company or team is only located there ("Kenya's Moi University" → LOCATED_IN). A person's
// possessions and products ("Musk's Tesla", "Apple's iPhone") say too little about the relation.
import { findRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import { STATE_BODY_HEADS } from '../state-body-heads.js';

const WHOLE_TYPES = new Set(['Organization', 'Place']);
const PART_TYPES = new Set(['Organization', 'Place', 'Event', 'Concept']);
export const possessivePart: RelationRule = {
  name: 'possessive-part',
  descriptive: true,
  description: 'a named phrase possessed by a body or place ("<Org/Place>\'s <Name>") is part of it',
  example: "NASA's Commercial Crew Program paid Boeing, and Canada's Supreme Court agreed.",
  apply(view) {
    const out: TripleDraft[] = [];
    for (const np of view.chunks) {
      const whole = np.possessor;
      const part = np.head;
      if (np.kind !== 'NP' || !whole || !part || whole === part) continue;
      if (!WHOLE_TYPES.has(view.types.get(whole) ?? '') || !PART_TYPES.has(view.types.get(part) ?? '')) continue;
      // "South Sudan's Vice Presidents" names people's positions, not a part (the apposition rule reads them).
      if (findRole(view, np.from, np.to)) continue;
      // The possessed name follows the possessor directly: "NASA's Commercial Crew Program", not "NASA's
      // view of Congress".
      let k = np.from;
      while (view.entityAt[k] !== whole) k++;
      while (view.entityAt[k] === whole) k++;
      if (view.entityAt[k] !== part) continue;
      const located =
        view.types.get(whole) === 'Place' &&
        view.types.get(part) === 'Organization' &&
        !STATE_BODY_HEADS.has(np.headWord.toLowerCase());
      out.push({
        subject: part,
        object: whole,
        predicate: { type: located ? 'LOCATED_IN' : 'PART_OF', lemma: "'s", text: view.slice(np.from, np.to) },
        confidence: 0.7,
        from: np.from,
        to: np.to,
      });
    }
    return out;
  },
};
