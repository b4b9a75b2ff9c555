// "An Airbus A320 jet, belonging to Acme Corp, crashed": the parse reads the kind noun after a name ("jet") as
// the base form of a verb. A phrase opened by "a" or "an" is singular, and a singular subject takes no bare
// present verb ("an Airbus A320 jets" would be the verb), so a base form right after such a phrase's name is
// the noun heading it. Past forms, modals and "-s" forms keep their verb reading.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';

/** Tokens a name may run to after its article. */
const MAX_NAME = 5;

/** Whether token `i`, a base-form verb right after a name, heads the noun phrase "a/an <name> <i>". */
export function singularKindNoun(toks: Token[], entityAt: readonly (string | undefined)[], i: number): boolean {
  const t = toks[i];
  if (!t.tags.has('Infinitive') || t.tags.has('Auxiliary') || t.tags.has('Modal') || entityAt[i]) return false;
  const name = entityAt[i - 1];
  if (!name || hasBreak(toks[i - 1])) return false;
  let k = i - 1;
  while (k > 0 && entityAt[k - 1] === name && i - k < MAX_NAME) k--;
  return /^an?$/.test(toks[k - 1]?.normal ?? '') && !hasBreak(toks[k - 1]);
}
