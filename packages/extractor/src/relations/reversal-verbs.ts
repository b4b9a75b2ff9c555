// Verbs that undo what their object noun names. "lifted sanctions on X", "severed ties with Y": the noun's
// relation, undone (a negated edge). "cut aid to X" or "eased sanctions on X" may end it or only lessen it, so
// it tells neither the relation nor its end; a verb that only lessens ("reduced aid to X", "lowered restrictions
// on Y") leaves the relation in force, as the noun's own. A verb that keeps an act from happening ("blocked
// Acme's purchase of Beta") undoes the act's noun as well.

/** Verbs that end what their object names. */
const REVERSAL_VERBS = new Set([
  'lift',
  'remove',
  'end',
  'drop',
  'cancel',
  'withdraw',
  'scrap',
  'revoke',
  'reverse',
  'waive',
  'suspend',
  'abandon',
  'renounce',
  'retract',
  'rescind',
  'sever',
  'terminate',
  'dissolve',
]);
/** Phrasal verbs that undo their object ("backed away from his support for X", "called off talks with X",
 * "ruled out a visit to X");
 * their first word alone does not ("backed the sanctions", "called it a fraud"). */
const REVERSAL_PHRASALS = new Set([
  'back away',
  'back off',
  'walk back',
  'give up',
  'pull back',
  'call off',
  'break off',
  'cut off',
  'rule out',
]);
/** Verbs that end a tie ("cut ties with", "broke relations with", "froze contacts with"), and not all else
 * ("broke the record", "froze the assets of"). */
const TIE_BREAKERS = new Set(['cut', 'break', 'freeze']);
const TIES = /^(ties?|links?|relations?|contacts?|relationships?)$/;

/** Whether a verb group's lemma undoes what its object noun names ("lifted sanctions on", "backed away
 * from", "cut ties with"). */
export function undoes(lemma: string, noun?: string): boolean {
  const base = lemma.split(' ')[0];
  if (REVERSAL_VERBS.has(base) || REVERSAL_PHRASALS.has(lemma)) return true;
  return TIE_BREAKERS.has(base) && TIES.test(noun?.toLowerCase() ?? '');
}

/** Verbs that may only lessen what their object names ("eased sanctions on X": some stay in force). */
const EASING_VERBS = new Set(['ease', 'relax', 'loosen']);

/** Whether a verb group's lemma may end or only lessen what its object noun names ("cut aid to", "cut
 * funding for", "eased sanctions on"); "cut a deal" makes one, and "cut ties" ends them. */
export const mayEnd = (lemma: string, noun: string): boolean =>
  EASING_VERBS.has(lemma) || (lemma === 'cut' && !/^deals?$/i.test(noun) && !undoes(lemma, noun));

/** Verbs that keep an act from happening: "regulators blocked Acme's purchase of Beta", "Acme's purchase of
 * Beta was vetoed" tell that the purchase did not happen. */
const BLOCKING_VERBS = new Set([
  'block',
  'veto',
  'thwart',
  'prevent',
  'halt',
  'stop',
  'bar',
  'forbid',
  'prohibit',
  'reject',
]);

/** Whether a verb group's lemma keeps the act its object or subject noun names from happening. */
export const blocks = (lemma: string): boolean => BLOCKING_VERBS.has(lemma);

/** Verbs that put off what their object names ("postponed a trip to Oslo", "delayed sanctions on Dorn"): the act
 * is neither done nor undone. */
const DEFERRING = new Set(['postpone', 'delay', 'defer', 'put off', 'push back', 'reschedule']);

/** Whether a verb group's lemma puts off the act its object noun names. */
export const defers = (lemma: string): boolean => DEFERRING.has(lemma);
