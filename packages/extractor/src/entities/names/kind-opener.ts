// "Retailer Walmart said …", "Rival Hapag-Lloyd has …", "Neighbour Poland offered …": a clause's first word
// that says what kind of body the name after it is, or how it stands to the story's subject, describes that
// name as its lower-case form would ("the retailer Walmart"); it is capitalised only by the clause start, so
// it opens no name. Kinds that also open firms' names ("Union Pacific", "Network Rail", "Club Med", "Bank
// Leumi", "Carrier Global") are left out.
import type { Token } from '../../tokens.js';
import { ORG_KINDS } from '../lexicon/org-words.js';
import { clauseInitial } from './name-tokens.js';

/** ORG_KINDS words seen opening names of their own. */
const NAME_OPENING = new Set(
  'bank carrier chain charity club company firm group lobby maker network operator party startup union agency'.split(
    ' ',
  ),
);

/** Words for how one party stands to another. */
const RELATIONS = ['rival', 'competitor', 'partner', 'ally', 'neighbour', 'neighbor'];

const KINDS = new Set([...[...ORG_KINDS].filter((w) => !NAME_OPENING.has(w)), ...RELATIONS]);

/** `row[i]` opens its clause and is such a word, right before a capitalised word. */
export function kindOpener(row: Token[], i: number): boolean {
  const [t, next] = [row[i], row[i + 1]];
  return (
    !!next &&
    KINDS.has(t.normal) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !/\S/.test(t.post) &&
    /^\p{Lu}/u.test(next.text) &&
    clauseInitial(t, row[i - 1])
  );
}
