// "X's Y" where both are named and the possessor is a body or place: the possessed is part of it
// ("NASA's Commercial Crew Program" → PART_OF NASA; "Canada's Supreme Court" → PART_OF Canada); a place's
// university, company, team or event is only located there ("Kenya's Moi University" → LOCATED_IN). A person's
// possessions and products ("Musk's Tesla", "Apple's iPhone") say too little about the relation; a law is a
// made thing too, but a state's or body's law is part of it ("South Sudan's Transitional Constitution").
import { givenName, plainWord } from '../../lexicon-tags.js';
import { commonAlone } from '../../common-word.js';
import { findRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import type { Chunk } from '../chunks.js';
import { stateBodyName } from '../../entities/lexicon/state-body-heads.js';
import { LAW_HEADS } from '../../entities/lexicon/work-words.js';
import { crossBorder } from '../cross-border.js';

const WHOLE_TYPES = new Set(['Organization', 'Place']);
const PART_TYPES = new Set(['Organization', 'Place', 'Event', 'Concept']);

/** Whether the possessor's words stand for a body or place a reader would see as the whole: not a person
 * whose given name the lexicon knows ("John Lydon's Public Image Ltd" names the band's founder, not its
 * whole, whatever type the name got), not the tail of a longer name cut before it ("Voice of America's
 * South Sudan in Focus" is a programme of the broadcaster, not of the country), not an ordinary word
 * opening a name ("the People's Liberation Army", "the Women's World Championship"). */
export function wholeWords(view: SentenceView, first: number, last: number): boolean {
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

/** Each possessor and the name right after it inside the phrase: the head ("NASA's Commercial Crew Program")
 * and, in a chain, a possessor of its own ("the United Nations' Food and Agriculture Organization's chief" →
 * the FAO of the United Nations). Returns [whole, part, first token of part, first token of whole]. */
function possessedPairs(view: SentenceView, np: Chunk): Array<[string, string, number, number]> {
  const out: Array<[string, string, number, number]> = [];
  for (let k = np.from; k < np.to; k++) {
    const whole = view.entityAt[k];
    const part = view.entityAt[k + 1];
    if (!whole || !part || whole === part || whole === np.head) continue;
    // The possessor's last word carries the possessive; the part is the head or a possessor itself.
    if (np.possessor !== whole && !possessiveAt(view, k)) continue;
    if (part !== np.head && !possessorFollows(view, part, k + 1, np.to)) continue;
    let first = k;
    while (first > np.from && view.entityAt[first - 1] === whole) first--;
    out.push([whole, part, k + 1, first]);
  }
  return out;
}

/** The words of the entity starting at token k, possessives off; a bracketed acronym after the name ("the UK's
 * National Crime Agency (NCA)") is no word of it. */
function nameWords(view: SentenceView, id: string, k: number): string[] {
  const words = [view.toks[k].normal.replace(/['’]s?$/, '')];
  while (view.entityAt[k + 1] === id && !view.toks[k + 1].pre.includes('('))
    words.push(view.toks[++k].normal.replace(/['’]s?$/, ''));
  return words;
}
const lastWord = (view: SentenceView, id: string, k: number): string => nameWords(view, id, k).pop()!;

/** A possessive ends token k: "'s", or a plural's bare apostrophe before a capitalised word ("the United
 * States' Bureau …"; "the United States' power plants" is no part). */
const possessiveAt = (view: SentenceView, k: number) =>
  /['’]s$/.test(view.toks[k].text) ||
  /^['’]s\b/.test(view.toks[k].post) ||
  ((/['’]$/.test(view.toks[k].text) || /^['’]\s*$/.test(view.toks[k].post)) &&
    /^\p{Lu}/u.test(view.toks[k + 1]?.text ?? ''));

/** The entity starting at token k ends on a possessive inside the phrase. */
function possessorFollows(view: SentenceView, id: string, k: number, to: number): boolean {
  while (k < to && view.entityAt[k + 1] === id) k++;
  return k < to && possessiveAt(view, k);
}

export const possessivePart: RelationRule = {
  name: 'possessive-part',
  descriptive: true,
  description: 'a named phrase possessed by a body or place ("<Org/Place>\'s <Name>") is part of it',
  example: "NASA's Commercial Crew Program paid Boeing, and Canada's Supreme Court agreed.",
  apply(view) {
    const out: TripleDraft[] = [];
    for (const np of view.chunks) {
      if (np.kind !== 'NP') continue;
      for (const [whole, part, k, first] of possessedPairs(view, np)) {
        const law = view.types.get(part) === 'Product' && LAW_HEADS.has(lastWord(view, part, k));
        if (!WHOLE_TYPES.has(view.types.get(whole) ?? '') || !(PART_TYPES.has(view.types.get(part) ?? '') || law))
          continue;
        // "South Sudan's Vice Presidents" names people's positions, not a part (the apposition rule reads them).
        if (part === np.head && findRole(view, np.from, np.to)) continue;
        if (!wholeWords(view, first, k - 1)) continue;
        // "Australia's Economy", "America's Virgin": one capitalised ordinary word is no named part (the lexicon
        // lists the word, or a plain word alone parses as a common noun; "Google Chrome's V8" is a name).
        const word = view.toks[k].text.replace(/['’]s?$/, '');
        if (view.entityAt[k + 1] !== part && (plainWord(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && commonAlone(word))))
          continue;
        // A body's lower-case possession is its act or attribute ("the party's nomination", "Ford's testing
        // practices"), not a part; a place's is in it ("Wisconsin's election", "Tonga's parliament").
        if (!/^\p{Lu}/u.test(view.toks[k].text) && view.types.get(whole) !== 'Place') continue;
        // A place's named event happens there ("Toronto's Anime North 2019"), it is no part of the place ("Norway's
        // election", in lower case, is the place's own).
        const located =
          view.types.get(whole) === 'Place' &&
          ((view.types.get(part) === 'Organization' && !stateBodyName(nameWords(view, part, k))) ||
            (view.types.get(part) === 'Event' && /^\p{Lu}/u.test(view.toks[k].text)));
        // "Argentina's Amnesty International": a place's international body is its branch there; the node is
        // the whole body, which is in no one place.
        if (located && crossBorder(view, part, k)) continue;
        out.push({
          subject: part,
          object: whole,
          predicate: { type: located ? 'LOCATED_IN' : 'PART_OF', lemma: "'s", text: view.slice(np.from, np.to) },
          confidence: 0.7,
          from: np.from,
          to: np.to,
        });
      }
    }
    return out;
  },
};
