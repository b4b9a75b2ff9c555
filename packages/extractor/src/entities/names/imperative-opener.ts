// "Network Rail closed several lines", "Channel Four aired the debate": a clause-initial word the parse reads as
// an imperative ("network", "channel" are verbs too), then capitalised name words and a finite verb, opens the
// name: an imperative takes no subject after it, so the verb after the name is the name's. Not before a comma or
// an object ("Meet Ann Cole, …", "Ask Ann Cole about it").
import type { Token } from '../../tokens.js';
import { clauseInitial, isCap } from './name-tokens.js';

/** Name words after the opener at most: "Network Rail", "Natural Resources Wales". */
const MAX_NAME = 3;

export function imperativeOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const t = row[i];
  if (!t || !clauseInitial(t, row[i - 1]) || !t.tags.has('Verb') || !t.tags.has('Infinitive') || /\S/.test(t.post))
    return false;
  let k = i + 1;
  while (k <= i + MAX_NAME && row[k] && isCap(row[k]) && nameAt(k) && !/\S/.test(row[k].post)) k++;
  const verb = row[k];
  return (
    k > i + 1 &&
    !!verb &&
    /^\p{Ll}/u.test(verb.text) &&
    verb.tags.has('Verb') &&
    (verb.tags.has('PastTense') || (verb.tags.has('PresentTense') && /s$/.test(verb.normal)))
  );
}
