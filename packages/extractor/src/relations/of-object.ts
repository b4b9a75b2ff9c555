// What the "of"-phrase of a verb's object is to the verb ("visited a cemetery of soldiers", "supported the
// government of Hadi", "pursued the prosecution of Trump"). Most often it belongs to the noun, and the verb
// acts on the noun alone: a thing, a place or an event of X's own ("the death of X") gives no edge to X.
import { actsForOwner } from './np-entity.js';

/** Nouns of an act or state, whose "of"-phrase is what the act is done to or the state is of. */
const ACT_NOUN = /(?:ion|ions|ment|ments|ance|ence|ship|ure|ity)$/;
/** Nouns of a group, whose "of"-phrase names its members ("nominated a ticket of Ann Cole and Tom Hale"). */
const MEMBER_NOUNS = new Set(['ticket', 'slate', 'team', 'panel', 'delegation', 'lineup', 'roster', 'duo', 'pair']);
/** Nouns of a phase, whose "of"-phrase is the thing passing through it ("the start of the war"). */
const PHASE_NOUNS = new Set(['outbreak', 'start', 'beginning', 'onset', 'end', 'spread', 'escalation']);

/**
 * 'owner': the noun acts for X or is X and others, so the verb reaches X with its own type ("supported the
 * government of X", "nominated a ticket of X");
 * 'topic': the act noun's X is what the verb phrase is about, an untyped edge ("sought the extradition of X");
 * undefined: the phrase describes the noun, and nothing links the subject to X.
 */
export function ofObject(headWord: string): 'owner' | 'topic' | undefined {
  if (actsForOwner(headWord) || MEMBER_NOUNS.has(headWord)) return 'owner';
  if (ACT_NOUN.test(headWord) || PHASE_NOUNS.has(headWord)) return 'topic';
  return undefined;
}
