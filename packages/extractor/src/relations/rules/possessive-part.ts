// "X's Y" where both are named and the possessor is a body or place: the possessed is part of it
// ("NASA's Commercial Crew Program" → PART_OF NASA; "Canada's Supreme Court" → PART_OF Canada); a place's
// university, company or team is only located there ("Kenya's Moi University" → LOCATED_IN). A person's
// possessions and products ("Musk's Tesla", "Apple's iPhone") say too little about the relation.
import { givenName, plainWord } from '../../lexicon-tags.js';
import { findRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { STATE_BODY_HEADS } from '../state-body-heads.js';

const WHOLE_TYPES = new Set(['Organization', 'Place']);
const PART_TYPES = new Set(['Organization', 'Place', 'Event', 'Concept']);

/** Whether the possessor's words stand for a body or place a reader would see as the whole: not a person
 * whose given name the lexicon knows ("John Lydon's Public Image Ltd" names the band's founder, not its
 * whole, whatever type the name got), not the tail of a longer name cut before it ("Voice of America's
 * South Sudan in Focus" is a programme of the broadcaster, not of the country), not an ordinary word
 * opening a name ("the People's Liberation Army", "the Women's World Championship"). */
function wholeWords(view: SentenceView, first: number, last: number): boolean {
  const { toks } = view;
  const words = toks.slice(first, last + 1).map((t) => t.text.replace(/['’]s?$/, ''));
  if (words.length >= 2 && givenName(words[0])) return false;
  if (words.length === 1 && plainWord(words[0])) return false;
  // "Voice of America's": an ordinary capitalised word before "of" opens the cut name ("Ann Lowe of
  // Australia's Griffith University" is a person of the university).
  const before = toks[first - 1];
  const opener = toks[first - 2];
  return !(
    before &&
    opener &&
    /^(?:of|for|and|&)$/i.test(before.text) &&
    /^\p{Lu}/u.test(opener.text) &&
    (!view.entityAt[first - 2] || plainWord(opener.text))
  );
}

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
      const first = k;
      while (view.entityAt[k] === whole) k++;
      if (view.entityAt[k] !== part || !wholeWords(view, first, k - 1)) continue;
      // A body's lower-case possession is its act or attribute ("the party's nomination", "Ford's testing
      // practices"), not a part; a place's is in it ("Wisconsin's election", "Tonga's parliament").
      if (!/^\p{Lu}/u.test(view.toks[k].text) && view.types.get(whole) !== 'Place') continue;
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
